import type { RevisionChange } from "@/lib/review/revision-diff";

const q = (s: string | null) => (s === null || s === "" ? "none" : s);

/** One line per change between two revisions (verdict, confidence, evidence…), as plain text. */
export function changeText(c: RevisionChange): string {
  switch (c.field) {
    case "verdict":
      return `Verdict: ${q(c.from)} → ${q(c.to)}`;
    case "confidence":
      return `Confidence: ${q(c.from)} → ${q(c.to)}`;
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
      if (!("what" in c)) return `Evidence ${c.change}: ${c.source} (${c.stance})`;
      return `Evidence changed: ${c.source} (${c.stance}) — ${c.what.map((w) => `${w.part}: ${q(w.from)} → ${q(w.to)}`).join("; ")}`;
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
