// Evidence balance: how the linked evidence weighs for and against a claim. Pure, so the desk,
// the public claim page, exports and tests compute it the same way. METHODOLOGY explains it to
// readers in the same terms.

export type Stance = "supports" | "contests" | "context";
export type Strength = "weak" | "moderate" | "strong";

export interface EvidenceItem {
  stance: Stance;
  strength: Strength;
  /** Source reliability on the 1–5 scale; null when the source is not yet rated. */
  reliability: number | null;
  isPrimary: boolean | null;
  sourceId: string;
}

export const STRENGTH_WEIGHT: Record<Strength, number> = { weak: 1, moderate: 2, strong: 3 };

/** Reliability 1–5 → weight. Unrated counts as the middle of the scale, never as zero or full. */
export const RELIABILITY_WEIGHT: Record<number, number> = { 1: 0.1, 2: 0.3, 3: 0.5, 4: 0.8, 5: 1 };
export const UNRATED_WEIGHT = 0.5;

export type BalanceLabel =
  | "no directional evidence"
  | "strongly supported"
  | "leans supported"
  | "mixed"
  | "leans contested"
  | "strongly contested";

export interface EvidenceBalance {
  supporting: number;
  contesting: number;
  /** (supporting − contesting) / (supporting + contesting), in [−1, 1]; null without directional evidence. */
  balance: number | null;
  label: BalanceLabel;
  counts: Record<Stance, number>;
  /** Share of the distinct sources cited as evidence that are primary; null when there are none. */
  primaryShare: number | null;
}

export function itemWeight(item: Pick<EvidenceItem, "strength" | "reliability">): number {
  const r = item.reliability === null ? UNRATED_WEIGHT : (RELIABILITY_WEIGHT[item.reliability] ?? UNRATED_WEIGHT);
  return STRENGTH_WEIGHT[item.strength] * r;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function evidenceBalance(items: readonly EvidenceItem[]): EvidenceBalance {
  let supporting = 0;
  let contesting = 0;
  const counts: Record<Stance, number> = { supports: 0, contests: 0, context: 0 };
  for (const e of items) {
    counts[e.stance]++;
    if (e.stance === "supports") supporting += itemWeight(e);
    else if (e.stance === "contests") contesting += itemWeight(e);
  }
  const total = supporting + contesting;
  const balance = total > 0 ? round((supporting - contesting) / total) : null;
  const sources = new Map<string, boolean | null>();
  for (const e of items) if (!sources.has(e.sourceId) || e.isPrimary) sources.set(e.sourceId, e.isPrimary);
  const primaryShare = sources.size ? round([...sources.values()].filter(Boolean).length / sources.size) : null;
  return {
    supporting: round(supporting),
    contesting: round(contesting),
    balance,
    label: labelOf(balance),
    counts,
    primaryShare,
  };
}

function labelOf(balance: number | null): BalanceLabel {
  if (balance === null) return "no directional evidence";
  if (balance >= 0.6) return "strongly supported";
  if (balance >= 0.2) return "leans supported";
  if (balance > -0.2) return "mixed";
  if (balance > -0.6) return "leans contested";
  return "strongly contested";
}

export const METHODOLOGY = `## How we weigh the evidence

Every piece of evidence linked to a claim has a **stance** (it supports the claim, contests it, or only gives context), a **strength** (weak, moderate or strong: how directly it bears on the claim) and comes from a **source** we rate for reliability on a five-point scale:

| rating | meaning | weight |
| --- | --- | --- |
| 5 | Primary official record (court records, official reports, sworn testimony) | 1.0 |
| 4 | Reputable secondary source (established news organisations, peer-reviewed work) | 0.8 |
| 3 | Mixed or unestablished reliability (also used while a source is unrated) | 0.5 |
| 2 | Contested source (partisan, disputed or self-interested) | 0.3 |
| 1 | Unreliable source (discredited, fabricated or anonymous) | 0.1 |

Each piece of evidence weighs **strength × reliability**, with weak = 1, moderate = 2 and strong = 3. We add up the weights of the supporting evidence and of the contesting evidence; context counts toward neither. The **balance** is (supporting − contesting) ÷ (supporting + contesting), from −1 (everything contests the claim) to +1 (everything supports it). We describe it as strongly supported (≥ 0.6), leaning supported (≥ 0.2), mixed (between −0.2 and 0.2), leaning contested (≤ −0.2) or strongly contested (≤ −0.6). With no supporting or contesting evidence there is no balance to show.

We also show how many pieces of evidence take each stance and what share of the sources are primary. The balance is an aid for readers, not the verdict: reviewers weigh what the numbers cannot — how good the evidence is, and what is still missing — and explain their verdict in the rationale.`;
