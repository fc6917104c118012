import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Timeline } from "@/components/review/Timeline";
import type { TimelineEntry } from "@/lib/review";

const entry = (over: Partial<TimelineEntry>): TimelineEntry => ({
  id: "e1",
  at: new Date("2026-01-02T03:04:00Z"),
  who: "Ana",
  kind: "edited",
  summary: "Edited statement",
  changes: [],
  ...over,
});

describe("Timeline", () => {
  it("renders diffs as <ins>/<del> of escaped text", () => {
    const html = renderToStaticMarkup(
      <Timeline
        slug="ws"
        claimId="c1"
        canRestore={false}
        entries={[
          entry({
            changes: [
              {
                kind: "text",
                label: "Statement",
                parts: [
                  { op: "equal", text: "Aid " },
                  { op: "delete", text: "<script>x()</script>" },
                  { op: "insert", text: "rose" },
                ],
              },
            ],
          }),
        ]}
      />,
    );
    expect(html).toContain('<del class="bg-red-100">&lt;script&gt;x()&lt;/script&gt;</del>');
    expect(html).toContain(">rose</ins>");
    expect(html).not.toContain("<script>");
  });

  it("sanitizes a rationale and marks superseded approvals", () => {
    const html = renderToStaticMarkup(
      <Timeline
        slug="ws"
        claimId="c1"
        canRestore={false}
        entries={[
          entry({
            kind: "approved",
            summary: "Approved as Supported",
            superseded: true,
            note: "**Yes**<img src=x onerror=alert(1)>",
          }),
        ]}
      />,
    );
    expect(html).toContain("<strong>Yes</strong>");
    expect(html).not.toContain("onerror");
    expect(html).toContain(">superseded</span>");
  });
});
