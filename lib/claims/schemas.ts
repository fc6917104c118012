import { z } from "zod";
import { ClaimStatus } from "@/lib/db/generated/enums";
import { boundedDate } from "@/lib/validation";

export const CLAIM_TYPES = ["factual", "allegation", "statistic", "quotation", "opinion", "prediction"] as const;
export const RELATION_TYPES = ["supports", "contradicts", "refines", "duplicates"] as const;
export { STATES as CLAIM_STATUSES } from "@/lib/review/workflow";
export const HEADLINE_MAX = 75;

const id = z.string().trim().min(1).max(64);
const name = z.string().trim().min(1, "name must not be empty").max(200);

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "tags are 1–40 lowercase letters, digits and hyphens, e.g. 'drug-trade'");

export const claimantInput = z.object({
  name,
  kind: z.enum(["person", "organization"]).default("person"),
  description: z.string().trim().max(2000).optional(),
  aliases: z.array(name).max(20).default([]),
});

/** A Wikidata item: "Q42", also given as its URL (https://www.wikidata.org/wiki/Q42). */
export const wikidataId = z
  .string()
  .trim()
  .transform((v) => v.replace(/^https?:\/\/(www\.)?wikidata\.org\/(wiki|entity)\//i, "").toUpperCase())
  .pipe(z.string().regex(/^Q[1-9][0-9]{0,11}$/, "the Wikidata identifier is a Q-number such as Q42"));

/** Editing a claimant: every field optional; `version` is the one the editor saw (409 when stale). */
export const claimantUpdate = z.object({
  version: z.number().int().min(1),
  name: name.optional(),
  kind: z.enum(["person", "organization"], { error: "kind must be person or organization" }).optional(),
  description: z.string().trim().max(2000).nullable().optional(),
  aliases: z.array(name).max(20).optional(),
  wikidataId: z.union([wikidataId, z.literal("").transform(() => null), z.null()]).optional(),
});

/** A claimant given by id or by name (created when no claimant or alias has that name). */
export const claimantRef = z.union([z.object({ id }), claimantInput]);

const statement = z.string().trim().min(1, "the claim statement must not be empty").max(5000);

export const createClaimInput = z
  .object({
    documentId: id.optional(),
    /** The version the selection was made on; must still be the document's current version. */
    documentVersionId: id.optional(),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    text: statement.optional(),
    headline: z
      .string()
      .trim()
      .min(1)
      .max(HEADLINE_MAX, `the headline is at most ${HEADLINE_MAX} characters`)
      .optional(),
    claimant: claimantRef.optional(),
    reportedBy: claimantRef.optional(),
    reportingSourceId: id.optional(),
    claimedAt: boundedDate("claimedAt must be a date (YYYY-MM-DD)").optional(),
    claimType: z.enum(CLAIM_TYPES).default("factual"),
    tags: z.array(tagSchema).max(30).default([]),
    /** An existing claim this one repeats: recorded as a `duplicates` relation in the same transaction. */
    duplicateOf: id.optional(),
  })
  .refine((v) => (v.start === undefined) === (v.end === undefined), {
    message: "start and end come together",
    path: ["end"],
  })
  .refine((v) => v.start === undefined || v.documentId, {
    message: "a selection needs documentId",
    path: ["documentId"],
  })
  .refine((v) => v.start === undefined || v.end! > v.start, {
    message: "the selection is empty (end must be after start)",
    path: ["end"],
  })
  .refine((v) => v.text !== undefined || v.start !== undefined, {
    message: "give a statement or select text",
    path: ["text"],
  });
export type CreateClaimInput = z.input<typeof createClaimInput>;

export const updateClaimInput = z.object({
  version: z.number().int().min(1, "version is required for updates"),
  text: statement.optional(),
  headline: z.string().trim().min(1).max(HEADLINE_MAX, `the headline is at most ${HEADLINE_MAX} characters`).optional(),
  claimant: claimantRef.nullable().optional(),
  reportedBy: claimantRef.nullable().optional(),
  reportingSourceId: id.nullable().optional(),
  claimedAt: boundedDate().nullable().optional(),
  claimType: z.enum(CLAIM_TYPES).optional(),
  tags: z.array(tagSchema).max(30).optional(),
  reviewerId: id.nullable().optional(),
  /** The proposed verdict (by rating id or label), confidence and rationale (Markdown). */
  proposedRatingId: id.nullable().optional(),
  proposedVerdict: z.string().trim().min(1).max(60).optional(),
  proposedConfidence: z
    .enum(["low", "medium", "high"], { error: "confidence must be low, medium or high" })
    .nullable()
    .optional(),
  proposedRationale: z.string().trim().max(20_000, "the rationale is at most 20,000 characters").nullable().optional(),
});
export type UpdateClaimInput = z.input<typeof updateClaimInput>;

export const relationInput = z.object({
  fromClaimId: id,
  toClaimId: id,
  type: z.enum(RELATION_TYPES, { error: `type must be one of ${RELATION_TYPES.join(", ")}` }),
  note: z.string().trim().max(2000).optional(),
});

/** When a claim's current step is due (lib/claims/filters.ts): past it, within 7 days, or no date. */
export const DUE_FILTERS = ["overdue", "week", "none"] as const;

/**
 * The claims list's filters: one schema for the desk page, `GET …/claims` and saved views. Strict,
 * so a saved view with a key this list does not know is refused naming it.
 */
export const claimFilters = z.strictObject({
  documentId: id.optional(),
  claimantId: id.optional(),
  status: z.enum(ClaimStatus).optional(),
  /** The published verdict: a rating's id. */
  verdict: id.optional(),
  /** Writer or reviewer. */
  assigneeId: id.optional(),
  due: z.enum(DUE_FILTERS).optional(),
  claimType: z.enum(CLAIM_TYPES).optional(),
  tag: tagSchema.optional(),
  anchorStatus: z.enum(["anchored", "reanchored", "fuzzy", "orphaned"]).optional(),
  q: z.string().trim().max(300).optional(),
});
export type ClaimFilters = z.output<typeof claimFilters>;

// The filters plus paging; unknown query parameters are ignored here as elsewhere in the API.
export const listClaimsInput = z.object({
  ...claimFilters.shape,
  sort: z.enum(["updated", "created", "worthiness", "relevance"]).default("updated"),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListClaimsInput = z.input<typeof listClaimsInput>;

/** The list and ClaimReview's claimReviewed show at most 75 characters: cut at a word. */
export function headlineOf(statement: string): string {
  const s = statement.replace(/\s+/g, " ").trim();
  if (s.length <= HEADLINE_MAX) return s;
  const cut = s.slice(0, HEADLINE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return (space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "") + "…";
}
