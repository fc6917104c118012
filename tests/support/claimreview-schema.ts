// Google's required and recommended ClaimReview properties as a JSON Schema (draft 2020-12, ajv),
// after "Fact check (ClaimReview) structured data", section "Structured data type definitions":
// https://developers.google.com/search/docs/appearance/structured-data/factcheck#structured-data-type-definitions
// Recommended properties are required here too: the export promises all of them where the data
// exists. Where the data may be missing (a claim without claimant, date or document; a verdict
// without a value) the property is checked when present.
//   ClaimReview — required: claimReviewed, reviewRating, url; recommended: author, itemReviewed.
//   Claim (itemReviewed) — recommended: appearance, author, datePublished, firstAppearance.
//   Rating (reviewRating) — required: alternateName; recommended: bestRating, name, ratingValue, worstRating.
//   "author" — Organization or Person, with a name.

const nonEmpty = { type: "string", minLength: 1, pattern: "\\S" };
const url = { type: "string", format: "uri", pattern: "^https?://" };
const date = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?([T ].*)?$" };
const agent = {
  type: "object",
  required: ["@type", "name"],
  properties: { "@type": { enum: ["Organization", "Person"] }, name: nonEmpty, url },
};
const creativeWork = {
  anyOf: [
    url,
    {
      type: "object",
      required: ["@type", "url"],
      properties: {
        "@type": { const: "CreativeWork" },
        url,
        name: nonEmpty,
        author: agent,
        publisher: agent,
        datePublished: date,
      },
    },
  ],
};

export const claimReviewSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["@context", "@type", "claimReviewed", "reviewRating", "url", "author", "itemReviewed", "datePublished"],
  properties: {
    "@context": { enum: ["https://schema.org", "http://schema.org", "https://schema.org/"] },
    "@type": { const: "ClaimReview" },
    url,
    claimReviewed: nonEmpty,
    datePublished: date,
    dateModified: date,
    author: agent,
    reviewRating: {
      type: "object",
      required: ["@type", "alternateName"],
      properties: {
        "@type": { const: "Rating" },
        alternateName: nonEmpty,
        ratingValue: { type: "number" },
        bestRating: { type: "number" },
        worstRating: { type: "number" },
        ratingExplanation: { type: "string" },
      },
      // A numeric verdict carries its scale's bounds with it (Google: best/worst when ratingValue is given).
      dependentRequired: { ratingValue: ["bestRating", "worstRating"] },
    },
    itemReviewed: {
      type: "object",
      required: ["@type"],
      properties: {
        "@type": { const: "Claim" },
        author: agent,
        datePublished: date,
        appearance: { anyOf: [creativeWork, { type: "array", minItems: 1, items: creativeWork }] },
        firstAppearance: creativeWork,
      },
      dependentRequired: { appearance: ["firstAppearance"], firstAppearance: ["appearance"] },
    },
  },
} as const;

/** ratingValue within worstRating..bestRating (a JSON Schema cannot compare two properties). */
export function ratingInBounds(review: {
  reviewRating?: { ratingValue?: number; bestRating?: number; worstRating?: number };
}): boolean {
  const r = review.reviewRating;
  if (!r || r.ratingValue === undefined) return true;
  return r.worstRating! <= r.ratingValue && r.ratingValue <= r.bestRating!;
}
