import { describe, expect, it } from "vitest";
import { evidenceBalance, itemWeight, type EvidenceItem } from "@/lib/evidence";

const e = (
  stance: EvidenceItem["stance"],
  strength: EvidenceItem["strength"],
  reliability: number | null,
  sourceId = "s",
  isPrimary: boolean | null = false,
): EvidenceItem => ({ stance, strength, reliability, sourceId, isPrimary });

describe("evidenceBalance (hand-worked examples)", () => {
  it("no evidence: no balance, all counts zero", () => {
    expect(evidenceBalance([])).toEqual({
      supporting: 0,
      contesting: 0,
      balance: null,
      label: "no directional evidence",
      counts: { supports: 0, contests: 0, context: 0 },
      primaryShare: null,
    });
  });
  it("only context: counted, but no directional balance", () => {
    const b = evidenceBalance([e("context", "strong", 5, "a", true), e("context", "weak", 2, "b")]);
    expect(b).toMatchObject({
      supporting: 0,
      contesting: 0,
      balance: null,
      label: "no directional evidence",
      counts: { context: 2 },
      primaryShare: 0.5,
    });
  });
  it("one unreliable source against many reputable ones", () => {
    // supports: 3 × moderate(2) × reputable(0.8) = 4.8; contests: strong(3) × unreliable(0.1) = 0.3
    const b = evidenceBalance([
      e("supports", "moderate", 4, "a"),
      e("supports", "moderate", 4, "b"),
      e("supports", "moderate", 4, "c"),
      e("contests", "strong", 1, "d"),
    ]);
    expect(b.supporting).toBe(4.8);
    expect(b.contesting).toBe(0.3);
    expect(b.balance).toBe(0.882); // 4.5 / 5.1
    expect(b.label).toBe("strongly supported");
  });
  it("a primary record against a secondary report: leans contested", () => {
    // supports: moderate × 0.8 = 1.6; contests: strong × 1.0 = 3 → (1.6 − 3) / 4.6 = −0.304
    const b = evidenceBalance([e("supports", "moderate", 4, "news"), e("contests", "strong", 5, "court", true)]);
    expect(b.balance).toBe(-0.304);
    expect(b.label).toBe("leans contested");
    expect(b.primaryShare).toBe(0.5);
  });
  it("equal weights are mixed; unrated sources weigh as the middle of the scale", () => {
    expect(itemWeight({ strength: "strong", reliability: null })).toBe(1.5);
    const b = evidenceBalance([e("supports", "strong", null, "a"), e("contests", "strong", 3, "b")]);
    expect(b).toMatchObject({ supporting: 1.5, contesting: 1.5, balance: 0, label: "mixed" });
  });
  it("labels at the thresholds", () => {
    // 0.6 exactly: S=4, C=1 (moderate×1.0×2 vs weak×1.0) → 0.6
    expect(
      evidenceBalance([e("supports", "moderate", 5), e("supports", "moderate", 5), e("contests", "weak", 5)]).label,
    ).toBe("strongly supported");
    // −1: only contesting evidence
    expect(evidenceBalance([e("contests", "weak", 2)])).toMatchObject({ balance: -1, label: "strongly contested" });
  });
  it("counts a source once for the primary share, primary if any link says so", () => {
    const b = evidenceBalance([
      e("supports", "weak", 5, "a", true),
      e("context", "weak", 5, "a", false),
      e("supports", "weak", 4, "b", false),
    ]);
    expect(b.primaryShare).toBe(0.5);
  });
});
