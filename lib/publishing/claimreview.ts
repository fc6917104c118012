// schema.org ClaimReview for one published claim (Google's fact-check markup), shared by the
// public claim page's JSON-LD and the ClaimReview export.
import { markdownToText } from "@/lib/markdown";

export interface ClaimReviewInput {
  origin: string; // public origin, no trailing slash (PUBLIC_URL)
  workspace: { slug: string; name: string };
  claim: {
    id: string;
    headline: string;
    claimedAt: Date | null;
    publishedAt: Date;
    dateModified: Date | null;
    rationale: string | null;
  };
  rating: { value: number | null; label: string; alternateName: string } | null;
  scale: { best: number; worst: number };
  claimant: { name: string; kind: "person" | "organization" } | null;
  document: { id: string; title: string } | null;
}


const day = (d: Date) => d.toISOString().slice(0, 10);

export function claimReview(input: ClaimReviewInput): Record<string, unknown> {
  const { origin, workspace, claim, rating, scale, claimant, document } = input;
  const wsUrl = `${origin}/w/${workspace.slug}`;
  const docUrl = document ? `${wsUrl}/documents/${document.id}` : undefined;
  const appearance = docUrl ? { "@type": "CreativeWork", url: docUrl, name: document!.title } : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${wsUrl}/claims/${claim.id}`,
    claimReviewed: claim.headline,
    datePublished: day(claim.publishedAt),
    dateModified: (claim.dateModified ?? claim.publishedAt).toISOString(),
    author: { "@type": "Organization", name: workspace.name, url: wsUrl },
    reviewRating: rating
      ? {
          "@type": "Rating",
          // A rating without a value (Unverifiable) carries only its name, as Google asks.
          ...(rating.value !== null ? { ratingValue: rating.value, bestRating: scale.best, worstRating: scale.worst } : {}),
          alternateName: rating.alternateName,
          ...(claim.rationale ? { ratingExplanation: markdownToText(claim.rationale, 500) } : {}),
        }
      : undefined,
    itemReviewed: {
      "@type": "Claim",
      ...(claimant ? { author: { "@type": claimant.kind === "organization" ? "Organization" : "Person", name: claimant.name } } : {}),
      ...(claim.claimedAt ? { datePublished: day(claim.claimedAt) } : {}),
      ...(appearance ? { appearance, firstAppearance: appearance } : {}),
    },
  };
}
