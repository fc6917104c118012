import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { StackedBars } from "@/components/dashboard/StackedBars";
import { WeeklyLines } from "@/components/dashboard/WeeklyLines";

const weeks = ["2026-11-02", "2026-11-09", "2026-11-16"];

describe("dashboard charts", () => {
  it("draws lines as an accessible SVG with d3-shape paths, a data table and no style attributes", () => {
    const html = renderToStaticMarkup(
      <WeeklyLines
        id="t"
        title="Created per week"
        desc="4 claims"
        weeks={weeks}
        series={[{ name: "Created", strokeClass: "stroke-sky-700", values: [1, 0, 3] }]}
      />,
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="t-title t-desc"');
    expect(html).toMatch(/<title id="t-title">Created per week<\/title><desc id="t-desc">4 claims<\/desc>/);
    const d = html.match(/<path d="([^"]+)" fill="none"/)![1];
    expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(html).toContain('<th scope="row" class="pr-4 text-left font-normal">16 Nov</th>');
    expect(html).not.toContain("style=");
    expect(html).not.toContain("<script");
  });

  it("stacks bars per week in each kind's colour, heights proportional to the counts", () => {
    const html = renderToStaticMarkup(
      <StackedBars
        id="v"
        title="Verdicts"
        desc="d"
        weeks={weeks}
        kinds={[
          { label: "Supported", color: "#15803d" },
          { label: "Refuted", color: "#b91c1c" },
        ]}
        counts={[
          [2, 0],
          [0, 0],
          [1, 1],
        ]}
      />,
    );
    const heights = [...html.matchAll(/<rect x="[\d.]+" width="[\d.]+" y="[\d.]+" height="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(heights).toHaveLength(3);
    expect(heights[0]).toBeCloseTo(2 * heights[1], 5);
    expect(heights[1]).toBeCloseTo(heights[2], 5);
    expect(html).toContain('<g fill="#15803d">');
    expect(html).not.toContain("style=");
  });
});
