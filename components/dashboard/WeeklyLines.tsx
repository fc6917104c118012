// Weekly counts as lines, drawn on the server: d3-scale places the points and d3-shape writes the
// paths, so the page ships SVG and no script. An accessible name and a data table go with it.
import { scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { ChartFrame, countScale, weekRange, type ChartProps } from "./frame";

export interface Series {
  name: string;
  /** A Tailwind stroke class; presentation attributes and classes keep to the desk's CSP. */
  strokeClass: string;
  dashed?: boolean;
  values: number[];
}

export function WeeklyLines({ series, ...chart }: ChartProps & { series: Series[] }) {
  const { weeks } = chart;
  const x = scalePoint<string>().domain(weeks).range(weekRange).padding(0.3);
  const y = countScale(Math.max(...series.flatMap((s) => s.values)));
  const path = line<number>()
    .x((_, i) => x(weeks[i]) ?? 0)
    .y((v) => y(v));
  return (
    <ChartFrame
      {...chart}
      y={y}
      x={(w) => x(w) ?? 0}
      table={{ columns: series.map((s) => s.name), cells: weeks.map((_, i) => series.map((s) => s.values[i])) }}
      legend={series.map((s) => ({
        name: s.name,
        swatch: (
          <line
            x1={0}
            x2={16}
            y1={6}
            y2={6}
            className={s.strokeClass}
            strokeWidth={2}
            strokeDasharray={s.dashed ? "4 3" : undefined}
          />
        ),
      }))}
    >
      {series.map((s) => (
        <g key={s.name}>
          <path
            d={path(s.values) ?? ""}
            fill="none"
            strokeWidth={2}
            className={s.strokeClass}
            strokeDasharray={s.dashed ? "4 3" : undefined}
          />
          {s.values.map((v, i) => (
            <circle
              key={weeks[i]}
              cx={x(weeks[i])}
              cy={y(v)}
              r={3}
              className={s.strokeClass}
              fill="white"
              strokeWidth={2}
            />
          ))}
        </g>
      ))}
    </ChartFrame>
  );
}
