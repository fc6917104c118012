import "server-only";
// The public credibility view's data layer: what anonymous visitors may see, published data
// only (lib/publishing/visibility.ts). Pages call these and render; none of them queries the database itself.
import type { Db } from "@/lib/db";
import { listedClaimWhere } from "./visibility";

export async function publishedClaimCount(db: Db, workspaceId: string): Promise<number> {
  return db.claim.count({ where: { workspaceId, ...listedClaimWhere } });
}

export { cachedPublicWorkspace, cachedPublic, cachedPages } from "./cache";
export { publicWorkspace, type PublicWorkspace, type PublicRating } from "./workspace";
export { scaleBounds } from "@/lib/workspaces/rating-scale";
export { publicHome, publicDocuments, parseDocumentsQuery, type DocumentSummary } from "./home";
export { publicClaim, type PublicClaim } from "./claim";
export { publicDocument, type PublicDocument } from "./document";
export { publicClaimant, type PublicClaimant } from "./claimant";
export {
  publicSearch,
  publicSearchSql,
  publicClaimantSearch,
  searchFacets,
  FACET_LIMIT,
  type FacetSelection,
  searchInput,
  SEARCH_PAGE_SIZE,
  type SearchHit,
  type SearchInput,
  type PublicSearchResult,
} from "./search";
export { feedEntries, atomFeed, correctionFeedEntries, publicFeedResponse, type FeedEntry } from "./feed";
export {
  publicRevisions,
  publicRevision,
  publicCorrections,
  parseCorrectionsQuery,
  CORRECTIONS_PAGE_SIZE,
  type PublicRevisions,
  type PublicRevision,
  type PublicCorrection,
  type PublicCorrectionsPage,
} from "./record";
export {
  publicClaimants,
  parseClaimantsQuery,
  CLAIMANTS_PAGE_SIZE,
  publicVerdicts,
  parseVerdictsQuery,
  VERDICTS_PAGE_SIZE,
  type ClaimantEntry,
  type PublicVerdicts,
  type VerdictsInput,
} from "./indexes";
export { wordDiff, type DiffPart } from "./textdiff";
export type { RawQuery, Parsed } from "./params";
export { publicSitemap, sitemapResponse, sitemapXml, SITEMAP_LIMIT, type SitemapEntry } from "./sitemap";
export { distribution, countRatings, type RatingCount } from "./ratings";
export { renderMarkdown, markdownToText } from "@/lib/markdown";
export { jsonForScript } from "./jsonld";
export { textOn, tint, safeColor, contrastRatio } from "./colors";
export { escapeXml } from "./xml";
export { publicPaths, absoluteUrl } from "./urls";
export { isRetraction, safeHref, PUBLIC_STATUSES } from "./visibility";
export { REVIEW_POLICY, CORRECTIONS_POLICY, DISSENT_POLICY } from "./policies";
export { claimReview, publicClaimReview, webUrl, type ClaimReviewInput } from "./claimreview";
export { publicClaimRedirect, publicClaimantRedirect } from "./merged";
