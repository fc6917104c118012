import type { RevisionChange } from "@/lib/review/revision-diff";
import { label, sentence } from "@/lib/labels";

const q = (s: string | null) => (s === null || s === "" ? "none" : s);
// An evidence part's value in words: stance, strength and excerpt kind are stored values.
const PART_KIND = { stance: "Stance", strength: "Strength", excerptKind: "ExcerptKind" } as const;
const partValue = (part: string, v: string | null) =>
  part in PART_KIND && v ? label(PART_KIND[part as keyof typeof PART_KIND], v) : q(v);

/** One line per change between two revisions (verdict, confidence, evidence…), as plain text. */
export function changeText(c: RevisionChange): string {
  switch (c.field) {
    case "verdict":
      return `Verdict: ${q(c.from)} → ${q(c.to)}`;
    case "confidence":
      return `Confidence: ${c.from ? label("Confidence", c.from) : "none"} → ${c.to ? label("Confidence", c.to) : "none"}`;
    case "rationale":
      return "Rationale revised (see below)";
    case "statement":
      return "Statement revised (see below)";
    case "headline":
      return `Headline: “${q(c.from)}” → “${q(c.to)}”`;
    case "claimant":
      return `Claimant: ${q(c.from)} → ${q(c.to)}`;
    case "quote":
      return `Quoted passage: “${q(c.from)}” → “${q(c.to)}”`;
    case "tags":
      return [
        c.added.length ? `Topics added: ${c.added.join(", ")}` : "",
        c.removed.length ? `Topics removed: ${c.removed.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ");
    case "evidence":
      if (!("what" in c)) return `Evidence ${c.change}: ${c.source} (${label("Stance", c.stance)})`;
      return `Evidence changed: ${c.source} (${label("Stance", c.stance)}) — ${c.what.map((w) => `${sentence(w.part)}: ${partValue(w.part, w.from)} → ${partValue(w.part, w.to)}`).join("; ")}`;
  }
}

export function RevisionChanges({ changes }: { changes: RevisionChange[] }) {
  if (!changes.length) return <p className="text-sm">Nothing the public sees changed in this revision.</p>;
  return (
    <ul className="list-disc space-y-1 pl-6 text-sm" data-testid="revision-changes">
      {changes.map((c, i) => (
        <li key={i} data-field={c.field}>
          {changeText(c)}
        </li>
      ))}
    </ul>
  );
}
