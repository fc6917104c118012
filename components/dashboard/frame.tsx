// What every dashboard chart shares: the SVG with role="img", <title> and <desc> naming it, a y
// axis from the scale's own ticks, week labels, a legend, and the same figures as a table.
import { scaleLinear, type ScaleLinear } from "d3-scale";
import type { ReactNode } from "react";

export const chartBox = { width: 640, height: 220, m: { top: 12, right: 12, bottom: 28, left: 36 } };

/** Where the weeks go across the plot, left margin to right margin. */
export const weekRange: [number, number] = [chartBox.m.left, chartBox.width - chartBox.m.right];

/** The count axis: 0 up to the largest count (at least 1), rounded to nice ticks. */
export function countScale(max: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(1, max)])
    .nice()
    .range([chartBox.height - chartBox.m.bottom, chartBox.m.top]);
}

/** "2026-11-23" → "23 Nov" (the week's Monday). */
export function weekLabel(week: string): string {
  return new Date(`${week}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

/** What a page gives every chart: its id (for the SVG's title and description), texts and weeks. */
export interface ChartProps {
  id: string;
  title: string;
  desc: string;
  weeks: string[];
}

export function ChartFrame({
  id,
  title,
  desc,
  y,
  x,
  weeks,
  table,
  legend,
  children,
}: {
  id: string;
  title: string;
  desc: string;
  y: ScaleLinear<number, number>;
  x: (week: string) => number;
  weeks: string[];
  /** The data table: a column per series, cells[week][column]. */
  table: { columns: string[]; cells: number[][] };
  legend: { name: string; swatch: ReactNode }[];
  children: ReactNode;
}) {
  const { width, height, m } = chartBox;
  // Every other week label when there are many, so they do not overlap.
  const step = weeks.length > 8 ? 2 : 1;
  return (
    <figure className="mt-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="w-full max-w-3xl text-stone-700"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g aria-hidden="true" className="fill-stone-600 text-[10px]">
          {y.ticks(4).map((t) => (
            <g key={t}>
              <line x1={m.left} x2={width - m.right} y1={y(t)} y2={y(t)} className="stroke-stone-200" />
              <text x={m.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle">
                {t}
              </text>
            </g>
          ))}
          {weeks.map((w, i) =>
            i % step === 0 ? (
              <text key={w} x={x(w)} y={height - 8} textAnchor="middle">
                {weekLabel(w)}
              </text>
            ) : null,
          )}
        </g>
        <g aria-hidden="true">{children}</g>
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-sm">
        {legend.map((l) => (
          <span key={l.name} className="inline-flex items-center gap-1">
            <svg width={16} height={12} aria-hidden="true">
              {l.swatch}
            </svg>
            {l.name}
          </span>
        ))}
      </figcaption>
      <details className="mt-1 text-sm">
        <summary>{title}: data table</summary>
        <table className="mt-1 border-collapse">
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                Week of
              </th>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="pr-4 text-right">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={week}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {weekLabel(week)}
                </th>
                {table.cells[w].map((c, i) => (
                  <td key={i} className="pr-4 text-right">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
