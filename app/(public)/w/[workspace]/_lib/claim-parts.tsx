// Pieces the claim page and its revision pages render alike: the quoted passage, the evidence as
// linked (or as published in a revision) and a correction's note.
import { isRetraction } from "@/lib/publishing";
import { EvidenceList, type PublicEvidence } from "@/components/public/EvidenceList";
import { DateText } from "@/components/public/format";

type Anchor = { anchorPrefix: string | null; anchorExact: string | null; anchorSuffix: string | null };

/** The claim's passage as quoted from its document, the quote marked; `children` follow it. */
export function QuotedPassage({
  anchor,
  caption,
  children,
}: {
  anchor: Anchor;
  caption: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <figure className="mt-4 text-sm">
      <figcaption className="text-stone-700">{caption}</figcaption>
      <blockquote className="mt-1 rounded bg-white p-3">
        …{anchor.anchorPrefix}
        <mark className="bg-yellow-200 text-stone-900">{anchor.anchorExact}</mark>
        {anchor.anchorSuffix}…
      </blockquote>
      {children}
    </figure>
  );
}

type Evidence = { supports: PublicEvidence[]; contests: PublicEvidence[]; context: PublicEvidence[] };

/** Supporting, contesting and (when any) context evidence; `past` words the empty lists for a revision. */
export function EvidenceGroups({ evidence, past = false }: { evidence: Evidence; past?: boolean }) {
  const h3 = `${past ? "mt-4" : "mt-6"} text-lg font-semibold`;
  const was = past ? "was" : "is";
  return (
    <>
      <h3 className={h3}>Supporting evidence ({evidence.supports.length})</h3>
      <EvidenceList items={evidence.supports} empty={`No supporting evidence ${was} linked.`} />
      <h3 className={h3}>Contesting evidence ({evidence.contests.length})</h3>
      <EvidenceList items={evidence.contests} empty={`No contesting evidence ${was} linked.`} />
      {evidence.context.length > 0 && (
        <>
          <h3 className={h3}>Context ({evidence.context.length})</h3>
          <EvidenceList items={evidence.context} empty="" />
        </>
      )}
    </>
  );
}

type Note = { id: string; kind: string; createdAt: Date; whatChanged: string; why: string };

/** A correction or retraction published with a revision. */
export function RevisionNote({ note, className }: { note: Note; className: string }) {
  return (
    <p className={className} data-testid="revision-note">
      <strong>{isRetraction(note) ? "Retraction" : "Correction"}</strong>, <DateText date={note.createdAt} />:{" "}
      {note.whatChanged} <span className="text-stone-700">Why: {note.why}</span>
    </p>
  );
}
