// What changed between two published revisions, computed from the revisions themselves: the
// public correction note and the revisions page's diff both come from here. Pure.
import { label, sentence } from "@/lib/labels";

export interface EvidenceSnapshot {
  id?: string;
  sourceId: string;
  title: string;
  chapter?: string | null;
  authors?: string[];
  url?: string | null;
  archiveUrl?: string | null;
  publisher?: string | null;
  date?: string | null;
  type?: string | null;
  reliability?: number | null;
  reliabilityRationale?: string | null;
  isPrimary?: boolean | null;
  stance: string;
  strength: string;
  excerpt?: string | null;
  excerptKind?: string | null;
  locator?: string | null;
  createdAt?: string;
}

export interface RelationSnapshot {
  id?: string;
  type: string;
  direction: "outgoing" | "incoming";
  claimId: string;
}

/** The parts of a revision a diff reads. Labels are resolved by the caller (ratings by id). */
export interface RevisionView {
  verdict: string | null;
  confidence: string | null;
  rationale: string | null;
  headline: string | null;
  text: string | null;
  claimantName: string | null;
  tags: string[];
  anchorExact: string | null;
  evidence: EvidenceSnapshot[];
}

export type RevisionChange =
  | {
      field: "verdict" | "confidence" | "headline" | "statement" | "claimant" | "quote";
      from: string | null;
      to: string | null;
    }
  | { field: "rationale"; from: string | null; to: string | null }
  | { field: "tags"; added: string[]; removed: string[] }
  | { field: "evidence"; change: "added" | "removed"; source: string; stance: string }
  | {
      field: "evidence";
      change: "changed";
      source: string;
      stance: string;
      what: { part: string; from: string | null; to: string | null }[];
    };

const EVIDENCE_PARTS = ["stance", "strength", "excerpt", "excerptKind", "locator"] as const;
const evidenceKey = (e: EvidenceSnapshot) => e.id ?? `${e.sourceId}:${e.stance}`;

export function revisionChanges(prev: RevisionView, next: RevisionView): RevisionChange[] {
  const out: RevisionChange[] = [];
  const scalar = (
    field: "verdict" | "confidence" | "headline" | "statement" | "claimant" | "quote",
    a: string | null,
    b: string | null,
  ) => {
    if ((a ?? null) !== (b ?? null)) out.push({ field, from: a ?? null, to: b ?? null });
  };
  scalar("verdict", prev.verdict, next.verdict);
  scalar("confidence", prev.confidence, next.confidence);
  if ((prev.rationale ?? "").trim() !== (next.rationale ?? "").trim())
    out.push({ field: "rationale", from: prev.rationale, to: next.rationale });
  scalar("statement", prev.text, next.text);
  scalar("headline", prev.headline, next.headline);
  scalar("claimant", prev.claimantName, next.claimantName);
  scalar("quote", prev.anchorExact, next.anchorExact);
  const addedTags = next.tags.filter((t) => !prev.tags.includes(t));
  const removedTags = prev.tags.filter((t) => !next.tags.includes(t));
  if (addedTags.length || removedTags.length) out.push({ field: "tags", added: addedTags, removed: removedTags });

  const before = new Map(prev.evidence.map((e) => [evidenceKey(e), e]));
  const after = new Map(next.evidence.map((e) => [evidenceKey(e), e]));
  for (const [key, e] of after) {
    const old = before.get(key);
    if (!old) {
      out.push({ field: "evidence", change: "added", source: e.title, stance: e.stance });
      continue;
    }
    const what = EVIDENCE_PARTS.filter((p) => (old[p] ?? null) !== (e[p] ?? null)).map((p) => ({
      part: p,
      from: old[p] ?? null,
      to: e[p] ?? null,
    }));
    if (what.length) out.push({ field: "evidence", change: "changed", source: e.title, stance: e.stance, what });
  }
  for (const [key, e] of before)
    if (!after.has(key)) out.push({ field: "evidence", change: "removed", source: e.title, stance: e.stance });
  return out;
}

const q = (s: string | null) => (s === null ? "none" : s);

/** One sentence per change, for the public correction note. */
export function describeChanges(changes: RevisionChange[]): string {
  return changes
    .map((c) => {
      switch (c.field) {
        case "verdict":
          return `Verdict changed from ${q(c.from)} to ${q(c.to)}.`;
        case "confidence":
          return `Confidence changed from ${q(c.from)} to ${q(c.to)}.`;
        case "rationale":
          return "Rationale revised.";
        case "statement":
          return "Statement revised.";
        case "headline":
          return `Headline changed to “${q(c.to)}”.`;
        case "claimant":
          return `Claimant changed from ${q(c.from)} to ${q(c.to)}.`;
        case "quote":
          return "Quoted passage changed.";
        case "tags":
          return [
            c.added.length ? `Topics added: ${c.added.join(", ")}.` : "",
            c.removed.length ? `Topics removed: ${c.removed.join(", ")}.` : "",
          ]
            .filter(Boolean)
            .join(" ");
        case "evidence":
          if (c.change === "added") return `Evidence added: ${c.source} (${label("Stance", c.stance)}).`;
          if (c.change === "removed") return `Evidence removed: ${c.source} (${label("Stance", c.stance)}).`;
          if (!("what" in c)) return "";
          return `Evidence changed: ${c.source} (${c.what.map((w) => (w.part === "stance" ? `now ${label("Stance", w.to).toLowerCase()}` : sentence(w.part).toLowerCase())).join(", ")}).`;
      }
    })
    .join(" ");
}
