// Verdict distributions (home, documents, claimants): pure, so every page counts the same way.
import type { PublicRating } from "./workspace";

export interface RatingCount {
  /** null: published without a verdict (should not happen, but is counted, not hidden). */
  rating: PublicRating | null;
  count: number;
}

/**
 * The active scale's ratings in order, each with its count (zeros kept so charts compare),
 * then any other rating that was counted (from a scale no longer active), then "not rated".
 */
export function distribution(scale: PublicRating[], counted: RatingCount[]): RatingCount[] {
  const byId = new Map<string | null, RatingCount>();
  for (const c of counted) {
    const key = c.rating?.id ?? null;
    const prev = byId.get(key);
    byId.set(key, { rating: c.rating, count: (prev?.count ?? 0) + c.count });
  }
  const out: RatingCount[] = scale.map((r) => ({ rating: r, count: byId.get(r.id)?.count ?? 0 }));
  const inScale = new Set(scale.map((r) => r.id));
  for (const [key, c] of byId) if (key !== null && !inScale.has(key)) out.push(c);
  const unrated = byId.get(null);
  if (unrated) out.push(unrated);
  return out;
}

/** Counts the ratings of a list of claims. */
export function countRatings(claims: { rating: PublicRating | null }[]): RatingCount[] {
  const m = new Map<string | null, RatingCount>();
  for (const c of claims) {
    const key = c.rating?.id ?? null;
    const prev = m.get(key);
    if (prev) prev.count++;
    else m.set(key, { rating: c.rating, count: 1 });
  }
  return [...m.values()];
}
