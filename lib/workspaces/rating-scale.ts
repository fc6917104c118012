// The default rating scale (docs/ARCHITECTURE.md). Each rating maps to ClaimReview: ratingValue (null = no value,
// carried only as alternateName), bestRating 5, worstRating 1.
export const DEFAULT_SCALE_NAME = "Default";

export const DEFAULT_RATINGS = [
  {
    value: 5,
    label: "Supported",
    alternateName: "Supported",
    color: "#1a7f37",
    description: "The evidence, taken together, supports the claim.",
  },
  {
    value: 4,
    label: "Mostly supported",
    alternateName: "Mostly supported",
    color: "#4d9a3f",
    description: "Supported in substance; details are missing, imprecise or disputed.",
  },
  {
    value: 3,
    label: "Contested",
    alternateName: "Contested",
    color: "#b58100",
    description: "Credible evidence points both ways; reasonable sources disagree.",
  },
  {
    value: 2,
    label: "Mostly unsupported",
    alternateName: "Mostly unsupported",
    color: "#c4511a",
    description: "Some element may be true, but the evidence largely fails to support the claim.",
  },
  {
    value: 1,
    label: "Refuted",
    alternateName: "Refuted",
    color: "#b3261e",
    description: "Reliable evidence contradicts the claim.",
  },
  {
    value: null,
    label: "Unverifiable",
    alternateName: "Unverifiable",
    color: "#6b7280",
    description: "The available evidence cannot settle the claim either way.",
  },
] as const;

/** bestRating / worstRating of a scale: its highest and lowest valued rating; a scale without
 * values falls back to the default scale's 5 and 1. */
export function scaleBounds(ratings: readonly { value: number | null }[]): { best: number; worst: number } {
  const values = ratings.map((r) => r.value).filter((v): v is number => v !== null);
  return values.length ? { best: Math.max(...values), worst: Math.min(...values) } : { best: 5, worst: 1 };
}
