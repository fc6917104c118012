// The claim's history in the desk: newest first, who and when, and what changed as readable
// diffs. User text is rendered as text (React escapes it); only rationales go through the
// sanitizing Markdown renderer.
import type { TimelineChange, TimelineEntry } from "@/lib/review";
import { renderMarkdown } from "@/lib/markdown";
import { RestoreEvidenceButton } from "@/components/evidence/RestoreEvidenceButton";

function Change({ c }: { c: TimelineChange }) {
  if (c.kind === "text") {
    return (
      <div>
        <span className="font-medium">{c.label}:</span>{" "}
        {c.parts.map((p, i) =>
          p.op === "insert" ? (
            <ins key={i} className="bg-green-100 no-underline">
              {p.text}
            </ins>
          ) : p.op === "delete" ? (
            <del key={i} className="bg-red-100">
              {p.text}
            </del>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
    );
  }
  if (c.kind === "list") {
    return (
      <div>
        <span className="font-medium">{c.label}:</span>
        {c.added.map((t) => (
          <ins key={`+${t}`} className="ml-1 bg-green-100 no-underline">
            +{t}
          </ins>
        ))}
        {c.removed.map((t) => (
          <del key={`-${t}`} className="ml-1 bg-red-100">
            −{t}
          </del>
        ))}
      </div>
    );
  }
  if (c.from === null && c.to === null) return <div className="font-medium">{c.label}</div>;
  return (
    <div>
      <span className="font-medium">{c.label}:</span> {c.from !== null && <del className="bg-red-100">{c.from}</del>}
      {c.from !== null && c.to !== null && " → "}
      {c.to !== null ? (
        <ins className="bg-green-100 no-underline">{c.to}</ins>
      ) : (
        <span className="text-stone-500"> (none)</span>
      )}
    </div>
  );
}

export function Timeline({
  slug,
  claimId,
  entries,
  canRestore,
}: {
  slug: string;
  claimId: string;
  entries: TimelineEntry[];
  canRestore: boolean;
}) {
  if (!entries.length) return <p className="text-sm text-stone-600">Nothing has happened to this claim yet.</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="history">
      {entries.map((e) => (
        <li
          key={e.id}
          data-kind={e.kind}
          className={`rounded border p-2 ${e.superseded ? "border-stone-200 text-stone-500" : "border-stone-200 bg-white"}`}
        >
          <div>
            <strong>{e.summary}</strong>
            {e.superseded && <span className="ml-1 rounded bg-stone-200 px-1 text-xs">superseded</span>}
          </div>
          <div className="text-xs text-stone-600">
            {e.who} · <time dateTime={e.at.toISOString()}>{e.at.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
          </div>
          {e.changes.length > 0 && (
            <div className="mt-1 space-y-0.5 break-words">
              {e.changes.map((c, i) => (
                <Change key={i} c={c} />
              ))}
            </div>
          )}
          {e.note && <div className="prose-sm mt-1" dangerouslySetInnerHTML={{ __html: renderMarkdown(e.note) }} />}
          {canRestore && e.restorable && <RestoreEvidenceButton slug={slug} claimId={claimId} auditEventId={e.id} />}
        </li>
      ))}
    </ol>
  );
}
