// Counts per week stacked by kind (verdicts), drawn on the server with d3-shape's stack and
// d3-scale's band scale; colours are the workspace's verdict colours, as SVG fill attributes.
import { scaleBand } from "d3-scale";
import { stack } from "d3-shape";
import { ChartFrame, countScale, weekRange, type ChartProps } from "./frame";

export function StackedBars({
  kinds,
  counts,
  ...chart
}: ChartProps & {
  kinds: { label: string; color: string }[];
  /** counts[week][kind] */
  counts: number[][];
}) {
  const { weeks } = chart;
  const cells = weeks.map((_, w) => kinds.map((_, k) => counts[w]?.[k] ?? 0));
  const rows = cells.map((row) => Object.fromEntries(row.map((n, k) => [String(k), n])));
  const layers = stack<Record<string, number>>().keys(kinds.map((_, k) => String(k)))(rows);
  const x = scaleBand<string>().domain(weeks).range(weekRange).padding(0.25);
  const y = countScale(Math.max(...cells.map((row) => row.reduce((a, b) => a + b, 0))));
  return (
    <ChartFrame
      {...chart}
      y={y}
      x={(w) => (x(w) ?? 0) + x.bandwidth() / 2}
      table={{ columns: kinds.map((k) => k.label), cells }}
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
