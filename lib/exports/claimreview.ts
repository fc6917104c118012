import "server-only";
// schema.org ClaimReview JSON-LD: one object per published claim, built by the same function as
// the public claim page's markup. Retracted and unpublished claims have no ClaimReview.
import { claimReview } from "@/lib/publishing/claimreview";
import { readClaims, type ClaimRow } from "./entities";
import type { ExportContext } from "./types";
import { scaleBounds } from "@/lib/workspaces/rating-scale";

/** Bounds of the scale a rating belongs to: the active scale, or (for a verdict given on an
 * earlier scale) that scale's own, so ratingValue always lies within worstRating..bestRating. */
function boundsOf(ctx: ExportContext) {
  const cache = new Map<string, Promise<{ best: number; worst: number }>>();
  const active = ctx.workspace.ratingScale;
  if (active) cache.set(active.id, Promise.resolve(scaleBounds(active.ratings)));
  return (scaleId: string) => {
    let b = cache.get(scaleId);
    if (!b) {
      b = ctx.db.rating.findMany({ where: { scaleId }, select: { value: true } }).then((rs) => scaleBounds(rs));
      cache.set(scaleId, b);
    }
    return b;
  };
}

export function claimReviewFor(
  ctx: ExportContext,
  c: ClaimRow,
  scale: { best: number; worst: number },
): Record<string, unknown> {
  return claimReview({
    origin: ctx.origin,
    workspace: { slug: ctx.workspace.slug, name: ctx.workspace.name },
    claim: {
      id: c.id,
      headline: c.headline,
      claimedAt: c.claimedAt,
      publishedAt: c.publishedAt ?? c.dateModified ?? c.updatedAt,
      dateModified: c.dateModified,
      rationale: c.rationale,
    },
    rating: c.rating,
    scale,
    claimant: c.claimant,
    document: c.documentId && c.document ? { id: c.documentId, ...c.document } : null,
  });
}

export async function* claimReviewExport(ctx: ExportContext): AsyncGenerator<string> {
  const bounds = boundsOf(ctx);
  yield "[";
  let first = true;
  for await (const rows of readClaims(ctx, { status: "published" })) {
    const parts: string[] = [];
    for (const c of rows) {
      // reviewRating is required; a published claim always has a verdict, but never emit an invalid review.
      if (!c.rating) continue;
      parts.push(JSON.stringify(claimReviewFor(ctx, c, await bounds(c.rating.scaleId))));
    }
    if (!parts.length) continue;
    yield (first ? "\n" : ",\n") + parts.join(",\n");
    first = false;
  }
  yield "\n]\n";
}
