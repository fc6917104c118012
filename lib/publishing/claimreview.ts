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
  /** originalUrl and the publication metadata, when known, describe where the claim first appeared. */
  document: {
    id: string;
    title: string;
    originalUrl?: string | null;
    author?: string | null;
    publisher?: string | null;
    datePublished?: string | null;
    language?: string | null;
  } | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** An http(s) URL as a valid URI (the URL parser percent-encodes what a URI may not hold), else null. */
export function webUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** Where the claim appeared: the original publication when its URL is known, else our copy. */
function creativeWork(document: NonNullable<ClaimReviewInput["document"]>, wsUrl: string): Record<string, unknown> {
  return {
    "@type": "CreativeWork",
    url: webUrl(document.originalUrl) ?? `${wsUrl}/documents/${document.id}`,
    name: document.title,
    ...(document.author ? { author: { "@type": "Person", name: document.author } } : {}),
    ...(document.publisher ? { publisher: { "@type": "Organization", name: document.publisher } } : {}),
    ...(document.datePublished ? { datePublished: document.datePublished } : {}),
    ...(document.language ? { inLanguage: document.language } : {}),
  };
}

export function claimReview(input: ClaimReviewInput): Record<string, unknown> {
  const { origin, workspace, claim, rating, scale, claimant, document } = input;
  const wsUrl = `${origin}/w/${workspace.slug}`;
  const appearance = document ? creativeWork(document, wsUrl) : undefined;
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
          ...(rating.value !== null
            ? { ratingValue: rating.value, bestRating: scale.best, worstRating: scale.worst }
            : {}),
          alternateName: rating.alternateName,
          ...(claim.rationale ? { ratingExplanation: markdownToText(claim.rationale, 500) } : {}),
        }
      : undefined,
    itemReviewed: {
      "@type": "Claim",
      ...(claimant
        ? { author: { "@type": claimant.kind === "organization" ? "Organization" : "Person", name: claimant.name } }
        : {}),
      ...(claim.claimedAt ? { datePublished: day(claim.claimedAt) } : {}),
      ...(appearance ? { appearance, firstAppearance: appearance } : {}),
    },
  };
}

/** The public claim page's JSON-LD: null for a retracted claim (a retraction has no ClaimReview). */
export function publicClaimReview(
  origin: string,
  ws: { slug: string; name: string; scale: { best: number; worst: number } },
  claim: ClaimReviewInput["claim"] & {
    retracted: boolean;
    rating: ClaimReviewInput["rating"];
    claimant: ClaimReviewInput["claimant"];
    document: ClaimReviewInput["document"];
  },
): Record<string, unknown> | null {
  if (claim.retracted) return null;
  return claimReview({
    origin,
    workspace: { slug: ws.slug, name: ws.name },
    scale: ws.scale,
    claim: {
      id: claim.id,
      headline: claim.headline,
      claimedAt: claim.claimedAt,
      publishedAt: claim.publishedAt,
      dateModified: claim.dateModified,
      rationale: claim.rationale,
    },
    rating: claim.rating,
    claimant: claim.claimant,
    document: claim.document,
  });
}
