import "server-only";
// W3C Web Annotation JSON-LD: an AnnotationCollection whose first (and only) AnnotationPage holds
// one "assessing" annotation per anchored claim, targeting the quote in its document with the
// same TextQuote + TextPosition selectors the desk anchors with.
import { countClaims, readClaims, type ClaimRow } from "./entities";
import { iso } from "./paginate";
import type { ExportContext } from "./types";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

// Orphaned anchors no longer point at the text: no selector would be truthful.
const anchored = { anchored: true };

export function annotationFor(ctx: ExportContext, c: ClaimRow): Record<string, unknown> {
  const ws = `${ctx.origin}/w/${ctx.workspace.slug}`;
  const body: Record<string, unknown>[] = [{ type: "TextualBody", purpose: "describing", value: c.text, format: "text/plain" }];
  if (c.rating) body.push({ type: "TextualBody", purpose: "assessing", value: c.rating.label, format: "text/plain" });
  return {
    id: `${ws}/claims/${c.id}#annotation`,
    type: "Annotation",
    motivation: "assessing",
    created: iso(c.publishedAt ?? c.createdAt),
    modified: iso(c.dateModified ?? c.updatedAt),
    body,
    target: {
      source: `${ws}/documents/${c.documentId}`,
      selector: [
        { type: "TextQuoteSelector", exact: c.anchorExact, prefix: c.anchorPrefix ?? "", suffix: c.anchorSuffix ?? "" },
        { type: "TextPositionSelector", start: c.anchorStart, end: c.anchorEnd },
      ],
    },
  };
}

export async function* annotationsExport(ctx: ExportContext): AsyncGenerator<string> {
  const { slug, name } = ctx.workspace;
  // `total` comes first in the object, so it is counted before the items stream.
  const total = await countClaims(ctx.db, ctx.scope, anchored);
  const id = `${ctx.origin}/api/v1/workspaces/${slug}/export?format=annotations${ctx.scope.public ? "&public=1" : ""}`;
  const head = {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `${name}: ${ctx.scope.public ? "published claims" : "claims"}`,
    total,
  };
  const page = { id: `${id}&page=1`, type: "AnnotationPage", partOf: id, startIndex: 0 };
  yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(page).slice(0, -1)},"items":[`;
  let first = true;
  for await (const rows of readClaims(ctx, anchored)) {
    yield (first ? "\n" : ",\n") + rows.map((c) => JSON.stringify(annotationFor(ctx, c))).join(",\n");
    first = false;
  }
  yield "\n]}}\n";
}
