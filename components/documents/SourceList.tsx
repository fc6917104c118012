import { SourceCitation, type CitedSource } from "@/components/ui/SourceCitation";

/** Numbered list of cited sources; ids match the reader's citation markers. */
export function SourceList({ sources }: { sources: (CitedSource & { id: string })[] }) {
  if (!sources.length) return <p className="mt-2 text-sm">This document cites no sources.</p>;
  return (
    <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} className="target:bg-yellow-100">
          <SourceCitation source={s} />
        </li>
      ))}
    </ol>
  );
}
