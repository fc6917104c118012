import "server-only";
// W3C Web Annotation JSON-LD: an AnnotationCollection whose first (and only, so also last)
// AnnotationPage holds one "assessing" annotation per anchored claim, targeting the quote in its
// document with the same TextQuote + TextPosition selectors the desk anchors with. The page's id
// (`…&page=1`) answers with that AnnotationPage alone.
import { countClaims, readClaims, type ClaimRow } from "./entities";
import { iso } from "./paginate";
import type { ExportContext } from "./types";
import { AppError } from "@/lib/errors";
import { webUrl } from "@/lib/publishing/claimreview";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

// Orphaned anchors no longer point at the text: no selector would be truthful.
const anchored = { anchored: true };

export function annotationFor(ctx: ExportContext, c: ClaimRow): Record<string, unknown> {
  const ws = `${ctx.origin}/w/${ctx.workspace.slug}`;
  const copy = `${ws}/documents/${c.documentId}`;
  const original = webUrl(c.document?.originalUrl);
  const body: Record<string, unknown>[] = [
    { type: "TextualBody", purpose: "describing", value: c.text, format: "text/plain" },
  ];
  if (c.rating) body.push({ type: "TextualBody", purpose: "assessing", value: c.rating.label, format: "text/plain" });
  return {
    id: `${ws}/claims/${c.id}#annotation`,
    type: "Annotation",
    motivation: "assessing",
    created: iso(c.publishedAt ?? c.createdAt),
    modified: iso(c.dateModified ?? c.updatedAt),
    body,
    target: {
      // The original publication when known; the selectors count in our copy's normalized text,
      // which the TimeState's `cached` names (W3C Web Annotation model, 4.2.5 States).
      source: original ?? copy,
      ...(original ? { state: { type: "TimeState", cached: copy } } : {}),
      selector: [
        { type: "TextQuoteSelector", exact: c.anchorExact, prefix: c.anchorPrefix ?? "", suffix: c.anchorSuffix ?? "" },
        { type: "TextPositionSelector", start: c.anchorStart, end: c.anchorEnd },
      ],
    },
  };
}

/** The collection's id; its one page is `${id}&page=1`. */
function collectionId(ctx: ExportContext): string {
  return `${ctx.origin}/api/v1/workspaces/${ctx.workspace.slug}/export?format=annotations${ctx.scope.public ? "&public=1" : ""}`;
}

async function* items(ctx: ExportContext): AsyncGenerator<string> {
  let first = true;
  for await (const rows of readClaims(ctx, anchored)) {
    yield (first ? "\n" : ",\n") + rows.map((c) => JSON.stringify(annotationFor(ctx, c))).join(",\n");
    first = false;
  }
}

/** Refused before the body streams, so the caller still gets a 404. */
export function checkAnnotationPage(page: number | undefined): void {
  if (page !== undefined && page !== 1)
    throw new AppError("not_found", `annotation page ${page} does not exist: the collection has one page`, {
      field: "page",
    });
}

/** The collection, or with `page` its AnnotationPage on its own (there is one page: 1). */
export async function* annotationsExport(ctx: ExportContext, page?: number): AsyncGenerator<string> {
  const { name } = ctx.workspace;
  const id = collectionId(ctx);
  const pageId = `${id}&page=1`;
  // `total` comes first in the object, so it is counted before the items stream.
  const total = await countClaims(ctx.db, ctx.scope, anchored);
  const label = `${name}: ${ctx.scope.public ? "published claims" : "claims"}`;
  if (page === 1) {
    const head = {
      "@context": ANNO_CONTEXT,
      id: pageId,
      type: "AnnotationPage",
      partOf: { id, type: "AnnotationCollection", label, total },
      startIndex: 0,
    };
    yield `${JSON.stringify(head).slice(0, -1)},"items":[`;
    yield* items(ctx);
    yield "\n]}\n";
    return;
  }
  const head = { "@context": ANNO_CONTEXT, id, type: "AnnotationCollection", label, total, last: pageId };
  const first = { id: pageId, type: "AnnotationPage", partOf: id, startIndex: 0 };
  yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(first).slice(0, -1)},"items":[`;
  yield* items(ctx);
  yield "\n]}}\n";
}
