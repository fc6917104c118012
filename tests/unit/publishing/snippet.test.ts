import { describe, expect, it } from "vitest";
import { markCuts } from "@/lib/publishing/snippet";

const TEXT =
  "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking, " +
  "according to testimony gathered over two years from pilots, officials and traffickers themselves.";

describe("markCuts", () => {
  it("leaves a snippet that is the whole text alone", () => {
    expect(markCuts("The ⟦Kerry⟧ report.", "The Kerry  report.")).toBe("The ⟦Kerry⟧ report.");
  });
  it("ends a snippet cut from the start of the text with an ellipsis", () => {
    expect(markCuts("The Kerry Committee report found that individuals", TEXT)).toBe(
      "The Kerry Committee report found that individuals …",
    );
  });
  it("marks both ends of a window from the middle, with matches kept", () => {
    expect(markCuts("individuals in the ⟦Contra⟧ movement", TEXT)).toBe("… individuals in the ⟦Contra⟧ movement …");
  });
  it("puts back a short remainder that ts_headline dropped at an edge", () => {
    expect(markCuts("Kerry ⟦Committee⟧ report found", "The Kerry Committee report found.")).toBe(
      "The Kerry ⟦Committee⟧ report found.",
    );
  });
  it("handles fragments joined by either delimiter", () => {
    expect(markCuts("The Kerry Committee … from ⟦pilots⟧, officials", TEXT)).toBe(
      "The Kerry Committee … from ⟦pilots⟧, officials …",
    );
    expect(markCuts("Contra movement ... two ⟦years⟧", TEXT)).toBe("… Contra movement ... two ⟦years⟧ …");
  });
});
