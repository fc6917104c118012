import type { Block } from "@/lib/documents/blocks";
import { AnnotatedText } from "./AnnotatedText";

/** The document's text as blocks, with citation markers that jump to the sources panel. */
export function DocumentText({ blocks, sourceHref }: { blocks: Block[]; sourceHref: (sourceId: string) => string }) {
  return (
    <div className="space-y-3 leading-relaxed" data-testid="document-text">
      <AnnotatedText blocks={blocks} citationHref={sourceHref} />
    </div>
  );
}
