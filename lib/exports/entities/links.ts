import "server-only";
// Evidence, relations and corrections (public for public claims); reviews and comments (members only).
import { Prisma, readRows } from "@/lib/db";
import { ExcerptKind } from "@/lib/db/generated/enums";
import { children, fullOnly, iso } from "../paginate";
import { liveCommentWhere, liveSourceWhere } from "@/lib/trash/live";
import type { EntitySpec } from "../types";
import type { RelationSnapshot } from "@/lib/review/revision-diff";
import { claimWhereSql } from "./claims-sql";
import { idsOf, publishedEvidence, publishedRelations, scopedClaims } from "./parents";
import { keptSourceIds } from "@/lib/sources/merged";

// Ordered by claim, then creation: parents come in id order, so the whole output is deterministic.
const byClaim = [{ claimId: "asc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }];

const evidenceSelect = {
  id: true,
  claimId: true,
  sourceId: true,
  stance: true,
  excerpt: true,
  excerptKind: true,
  locator: true,
  strength: true,
  note: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.EvidenceSelect;
type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

export const evidence: EntitySpec<EvidenceRow> = {
  name: "evidence",
  type: "evidence",
  description:
    "Links between claims and sources: stance, excerpt (a verbatim quote or a summary), locator and strength.",
  read: (ctx) => {
    // Merged sources' ids, resolved once for the whole export on its first public batch.
    let kept: Promise<Map<string, string>> | undefined;
    const merged = () => (kept ??= keptSourceIds(ctx.db, ctx.scope.workspaceId));
    return children(scopedClaims(ctx), async (claims) => {
      if (!ctx.scope.public)
        return ctx.db.evidence.findMany({
          where: { claimId: { in: idsOf(claims) }, source: liveSourceWhere },
          orderBy: byClaim,
          select: evidenceSelect,
        });
      // Public: the evidence as published in each claim's latest revision, not the working copy.
      const [rows, into] = await Promise.all([publishedEvidence(ctx, idsOf(claims)), merged()]);
      return rows.map((e): EvidenceRow => ({
        id: e.id ?? `${e.claimId}-${e.position}`,
        claimId: e.claimId,
        sourceId: into.get(e.sourceId) ?? e.sourceId,
        stance: e.stance as EvidenceRow["stance"],
        excerpt: e.excerpt,
        // Snapshots from before excerpts had a kind held quotes (the column's default).
        excerptKind: e.excerptKind === "summary" ? "summary" : "quote",
        locator: e.locator,
        strength: e.strength as EvidenceRow["strength"],
        note: null,
        createdById: null,
        createdAt: e.createdAt ? new Date(e.createdAt) : e.publishedAt,
        updatedAt: e.publishedAt,
      }));
    });
  },
  json: (e, ctx) => ({
    id: e.id,
    claimId: e.claimId,
    sourceId: e.sourceId,
    stance: e.stance,
    excerpt: e.excerpt,
    excerptKind: e.excerptKind,
    locator: e.locator,
    strength: e.strength,
    note: fullOnly(ctx.scope.public, e.note),
    createdById: fullOnly(ctx.scope.public, e.createdById),
    createdAt: iso(e.createdAt),
    updatedAt: iso(e.updatedAt),
  }),
  columns: [
    { name: "id", type: "string", get: (e) => e.id },
    { name: "claimId", type: "string", get: (e) => e.claimId },
    { name: "sourceId", type: "string", get: (e) => e.sourceId },
    { name: "stance", type: "string", get: (e) => e.stance },
    { name: "excerpt", type: "string", get: (e) => e.excerpt },
    {
      name: "excerptKind",
      type: "string",
      get: (e) => e.excerptKind,
      description: "quote: the excerpt is the source's words verbatim; summary: it is a paraphrase",
      enum: Object.values(ExcerptKind),
    },
    { name: "locator", type: "string", get: (e) => e.locator },
    { name: "strength", type: "string", get: (e) => e.strength },
    { name: "note", type: "string", get: (e) => e.note, fullOnly: true },
    { name: "createdById", type: "string", get: (e) => e.createdById, fullOnly: true },
    { name: "createdAt", type: "datetime", get: (e) => e.createdAt },
    { name: "updatedAt", type: "datetime", get: (e) => e.updatedAt },
  ],
  foreignKeys: [
    { fields: "claimId", reference: { resource: "claims", fields: "id" } },
    { fields: "sourceId", reference: { resource: "sources", fields: "id" } },
  ],
};

// The columns read in SQL below, in Prisma's terms.
type RelationRow = Prisma.ClaimRelationGetPayload<{
  select: { id: true; fromClaimId: true; toClaimId: true; type: true; note: true; createdById: true; createdAt: true };
}>;

export const relations: EntitySpec<RelationRow> = {
  name: "relations",
  type: "relation",
  description: "Claim-to-claim relations: supports, contradicts, refines, duplicates.",
  read: (ctx) =>
    children(scopedClaims(ctx), async (claims) => {
      // The far end must be in scope too (live; public when the export is): a relation to a claim
      // in the trash or to a draft is not exported. One query a batch, in SQL (see parents.ts).
      // Public: the relations as published with the claim's latest revision, read beside the
      // relations themselves (one after the other, the export waited on both in turn).
      const [rows, snapshots] = await Promise.all([
        readRows<RelationRow>(
          ctx.db,
          Prisma.sql`
        SELECT cr.id, cr."fromClaimId", cr."toClaimId", cr.type::text AS type, cr.note, cr."createdById", cr."createdAt"
        FROM "ClaimRelation" cr
        WHERE cr."workspaceId" = ${ctx.scope.workspaceId} AND cr."fromClaimId" IN (${Prisma.join(idsOf(claims))})
          AND EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = cr."toClaimId" AND ${claimWhereSql(ctx.scope, {})})
        ORDER BY cr."fromClaimId", cr.id`,
        ),
        ctx.scope.public ? publishedRelations(ctx, idsOf(claims)) : [],
      ]);
      if (!ctx.scope.public || !rows.length) return rows;
      const published = new Set(
        snapshots.flatMap((r) =>
          ((r.snapshot ?? []) as unknown as RelationSnapshot[])
            .filter((x) => x.direction === "outgoing")
            .map((x) => `${r.claimId} ${x.type} ${x.claimId}`),
        ),
      );
      return rows.filter((r) => published.has(`${r.fromClaimId} ${r.type} ${r.toClaimId}`));
    }),
  json: (r, ctx) => ({
    id: r.id,
    fromClaimId: r.fromClaimId,
    toClaimId: r.toClaimId,
    type: r.type,
    note: fullOnly(ctx.scope.public, r.note),
    createdById: fullOnly(ctx.scope.public, r.createdById),
    createdAt: iso(r.createdAt),
  }),
  columns: [
    { name: "id", type: "string", get: (r) => r.id },
    { name: "fromClaimId", type: "string", get: (r) => r.fromClaimId },
    { name: "toClaimId", type: "string", get: (r) => r.toClaimId },
    { name: "type", type: "string", get: (r) => r.type },
    { name: "note", type: "string", get: (r) => r.note, fullOnly: true },
    { name: "createdAt", type: "datetime", get: (r) => r.createdAt },
  ],
  foreignKeys: [
    { fields: "fromClaimId", reference: { resource: "claims", fields: "id" } },
    { fields: "toClaimId", reference: { resource: "claims", fields: "id" } },
  ],
};

// The columns read in SQL below, in Prisma's terms.
type CorrectionRow = Prisma.CorrectionGetPayload<{
  select: {
    id: true;
    claimId: true;
    revisionId: true;
    whatChanged: true;
    why: true;
    createdById: true;
    createdAt: true;
  };
}>;

export const corrections: EntitySpec<CorrectionRow> = {
  name: "corrections",
  type: "correction",
  description: "Public notes recording a change to a published verdict.",
  read: (ctx) =>
    children(scopedClaims(ctx), (claims) =>
      readRows<CorrectionRow>(
        ctx.db,
        Prisma.sql`
        SELECT id, "claimId", "revisionId", "whatChanged", why, "createdById", "createdAt" FROM "Correction"
        WHERE "claimId" IN (${Prisma.join(idsOf(claims))}) ORDER BY "claimId", "createdAt", id`,
      ),
    ),
  json: (c, ctx) => ({
    id: c.id,
    claimId: c.claimId,
    revisionId: c.revisionId,
    whatChanged: c.whatChanged,
    why: c.why,
    createdById: fullOnly(ctx.scope.public, c.createdById),
    createdAt: iso(c.createdAt),
  }),
  columns: [
    { name: "id", type: "string", get: (c) => c.id },
    { name: "claimId", type: "string", get: (c) => c.claimId },
    { name: "whatChanged", type: "string", get: (c) => c.whatChanged },
    { name: "why", type: "string", get: (c) => c.why },
    { name: "createdAt", type: "datetime", get: (c) => c.createdAt },
  ],
  foreignKeys: [{ fields: "claimId", reference: { resource: "claims", fields: "id" } }],
};

const reviewSelect = {
  id: true,
  claimId: true,
  reviewerId: true,
  decision: true,
  confidence: true,
  rationale: true,
  isDissent: true,
  createdAt: true,
  rating: { select: { label: true, value: true } },
} satisfies Prisma.ReviewSelect;
type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

export const reviews: EntitySpec<ReviewRow> = {
  name: "reviews",
  type: "review",
  description: "Reviewers' decisions on claims (members only).",
  internal: true,
  // Never read in a public scope, whatever asks.
  read: (ctx) =>
    ctx.scope.public
      ? none()
      : children(scopedClaims(ctx), (claims) =>
          ctx.db.review.findMany({ where: { claimId: { in: idsOf(claims) } }, orderBy: byClaim, select: reviewSelect }),
        ),
  json: (r) => ({
    id: r.id,
    claimId: r.claimId,
    reviewerId: r.reviewerId,
    decision: r.decision,
    verdict: r.rating?.label ?? null,
    verdictValue: r.rating?.value ?? null,
    confidence: r.confidence,
    rationale: r.rationale,
    isDissent: r.isDissent,
    createdAt: iso(r.createdAt),
  }),
  columns: [
    { name: "id", type: "string", get: (r) => r.id },
    { name: "claimId", type: "string", get: (r) => r.claimId },
    { name: "reviewerId", type: "string", get: (r) => r.reviewerId },
    { name: "decision", type: "string", get: (r) => r.decision },
    { name: "verdictLabel", type: "string", get: (r) => r.rating?.label },
    { name: "verdictValue", type: "integer", get: (r) => r.rating?.value },
    { name: "confidence", type: "string", get: (r) => r.confidence },
    { name: "rationale", type: "string", get: (r) => r.rationale },
    { name: "isDissent", type: "boolean", get: (r) => r.isDissent },
    { name: "createdAt", type: "datetime", get: (r) => r.createdAt },
  ],
  foreignKeys: [{ fields: "claimId", reference: { resource: "claims", fields: "id" } }],
};

const commentSelect = {
  id: true,
  claimId: true,
  parentId: true,
  authorId: true,
  body: true,
  createdAt: true,
} satisfies Prisma.CommentSelect;
type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

export const comments: EntitySpec<CommentRow> = {
  name: "comments",
  type: "comment",
  description: "Discussion on claims (members only).",
  internal: true,
  read: (ctx) =>
    ctx.scope.public
      ? none()
      : children(scopedClaims(ctx), (claims) =>
          ctx.db.comment.findMany({
            where: { claimId: { in: idsOf(claims) }, ...liveCommentWhere },
            orderBy: byClaim,
            select: commentSelect,
          }),
        ),
  json: (c) => ({
    id: c.id,
    claimId: c.claimId,
    parentId: c.parentId,
    authorId: c.authorId,
    body: c.body,
    createdAt: iso(c.createdAt),
  }),
  columns: [
    { name: "id", type: "string", get: (c) => c.id },
    { name: "claimId", type: "string", get: (c) => c.claimId },
    { name: "parentId", type: "string", get: (c) => c.parentId },
    { name: "authorId", type: "string", get: (c) => c.authorId },
    { name: "body", type: "string", get: (c) => c.body },
    { name: "createdAt", type: "datetime", get: (c) => c.createdAt },
  ],
  foreignKeys: [{ fields: "claimId", reference: { resource: "claims", fields: "id" } }],
};

async function* none<T>(): AsyncGenerator<T[]> {}
