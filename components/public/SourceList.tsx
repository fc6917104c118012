import { SourceCitation } from "@/components/ui/SourceCitation";
import { reliabilityText, type PublicEvidence } from "./EvidenceList";

/** The document's cited sources in citation-number order; ids match the citation markers. */
export function SourceList({ sources }: { sources: (PublicEvidence["source"] & { page: string | null })[] }) {
  if (!sources.length) return <p className="mt-2 text-sm">This document cites no sources.</p>;
  return (
    <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} className="scroll-mt-4 target:bg-yellow-100">
          <SourceCitation source={s} linkClassName="underline" />
          <span className="block text-stone-600">{reliabilityText(s.reliability)}</span>
        </li>
      ))}
    </ol>
  );
}
