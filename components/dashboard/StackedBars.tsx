// Counts per week stacked by kind (verdicts), drawn on the server with d3-shape's stack and
// d3-scale's band scale; colours are the workspace's verdict colours, as SVG fill attributes.
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { ChartFrame, chartBox, weekLabel } from "./frame";

export function StackedBars({
  id,
  title,
  desc,
  weeks,
  kinds,
  counts,
}: {
  id: string;
  title: string;
  desc: string;
  weeks: string[];
  kinds: { label: string; color: string }[];
  /** counts[week][kind] */
  counts: number[][];
}) {
  const { width, height, m } = chartBox;
  const rows = weeks.map((_, w) => Object.fromEntries(kinds.map((_, k) => [String(k), counts[w]?.[k] ?? 0])));
  const layers = stack<Record<string, number>>().keys(kinds.map((_, k) => String(k)))(rows);
  const max = Math.max(1, ...rows.map((r) => Object.values(r).reduce((a, b) => a + b, 0)));
  const x = scaleBand<string>()
    .domain(weeks)
    .range([m.left, width - m.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - m.bottom, m.top]);
  return (
    <ChartFrame
      id={id}
      title={title}
      desc={desc}
      y={y}
      x={(w) => (x(w) ?? 0) + x.bandwidth() / 2}
      weeks={weeks}
      table={{
        columns: kinds.map((k) => k.label),
        rows: weeks.map((w, i) => [weekLabel(w), ...kinds.map((_, k) => counts[i]?.[k] ?? 0)]),
      }}
      legend={kinds.map((k) => ({ name: k.label, swatch: <rect width={12} height={12} fill={k.color} /> }))}
    >
      {layers.map((layer, k) => (
        <g key={layer.key} fill={kinds[k].color}>
          {layer.map((d, w) =>
            d[1] > d[0] ? (
              <rect key={weeks[w]} x={x(weeks[w])} width={x.bandwidth()} y={y(d[1])} height={y(d[0]) - y(d[1])} />
            ) : null,
          )}
        </g>
      ))}
    </ChartFrame>
  );
}
