import "server-only";
// Every table a workspace backup holds, in the order a restore inserts them (parents first), with
// how to find the workspace's rows, how to insert them, and which columns point at other rows.
import type { Prisma } from "@/lib/db";

type Tx = Prisma.TransactionClient;
export type Row = Record<string, unknown>;

export const TABLES = [
  "workspace",
  "ratingScale",
  "rating",
  "user",
  "membership",
  "document",
  "documentVersion",
  "source",
  "sourceCapture",
  "citation",
  "claimant",
  "claim",
  "claimRelation",
  "evidence",
  "review",
  "claimRevision",
  "correction",
  "comment",
  "suggestionDismissal",
  "auditEvent",
  "apiToken",
] as const;
export type TableName = (typeof TABLES)[number];
export const isTable = (t: unknown): t is TableName =>
  typeof t === "string" && (TABLES as readonly string[]).includes(t);

/** The rows of `table` that belong to the workspace. Users: its members only (never other accounts). */
export function scopeWhere(table: TableName, workspaceId: string): object {
  const ws = { workspaceId };
  const viaClaim = { claim: ws };
  const viaDocument = { document: ws };
  switch (table) {
    case "workspace":
      return { id: workspaceId };
    case "rating":
      return { scale: ws };
    case "user":
      return { memberships: { some: ws } };
    case "documentVersion":
    case "suggestionDismissal":
      return viaDocument;
    case "citation":
      return { documentVersion: viaDocument };
    case "evidence":
    case "review":
    case "claimRevision":
    case "correction":
    case "comment":
      return viaClaim;
    default:
      return ws;
  }
}

/**
 * Columns holding ids of rows in the backup (foreign keys). A restore checks each against the ids
 * seen so far, so a file that points outside itself is refused before the database is touched.
 * Users' ids in createdById, reviewerId… are plain strings (not keys) and may name former members.
 */
export const REFS: Partial<Record<TableName, Record<string, TableName>>> = {
  workspace: { ratingScaleId: "ratingScale" },
  ratingScale: { workspaceId: "workspace" },
  rating: { scaleId: "ratingScale" },
  membership: { workspaceId: "workspace", userId: "user" },
  document: { workspaceId: "workspace", currentVersionId: "documentVersion", publishedVersionId: "documentVersion" },
  documentVersion: { documentId: "document" },
  source: { workspaceId: "workspace" },
  sourceCapture: { workspaceId: "workspace", sourceId: "source" },
  citation: { documentVersionId: "documentVersion", sourceId: "source" },
  claimant: { workspaceId: "workspace" },
  claim: {
    workspaceId: "workspace",
    documentId: "document",
    documentVersionId: "documentVersion",
    claimantId: "claimant",
    reportedById: "claimant",
    reportingSourceId: "source",
    ratingId: "rating",
    proposedRatingId: "rating",
  },
  claimRelation: { workspaceId: "workspace", fromClaimId: "claim", toClaimId: "claim" },
  evidence: { claimId: "claim", sourceId: "source" },
  review: { claimId: "claim", ratingId: "rating" },
  claimRevision: { claimId: "claim", ratingId: "rating" },
  correction: { claimId: "claim", revisionId: "claimRevision" },
  comment: { claimId: "claim", parentId: "comment" },
  suggestionDismissal: { documentId: "document" },
  auditEvent: { workspaceId: "workspace" },
  apiToken: { workspaceId: "workspace" },
};

export interface TableAccess {
  find(args: { where: object; select?: { id: true }; omit?: object }): Promise<Row[]>;
  insert(rows: Row[]): Promise<unknown>;
}

// One entry per model: Prisma's delegates share no common callable type, so each is spelled out.
export function tableAccess(tx: Tx): Record<TableName, TableAccess> {
  return {
    workspace: {
      find: (a) => tx.workspace.findMany(a as Prisma.WorkspaceFindManyArgs),
      insert: (d) => tx.workspace.createMany({ data: d as Prisma.WorkspaceCreateManyInput[] }),
    },
    ratingScale: {
      find: (a) => tx.ratingScale.findMany(a as Prisma.RatingScaleFindManyArgs),
      insert: (d) => tx.ratingScale.createMany({ data: d as Prisma.RatingScaleCreateManyInput[] }),
    },
    rating: {
      find: (a) => tx.rating.findMany(a as Prisma.RatingFindManyArgs),
      insert: (d) => tx.rating.createMany({ data: d as Prisma.RatingCreateManyInput[] }),
    },
    user: {
      find: (a) => tx.user.findMany(a as Prisma.UserFindManyArgs),
      insert: (d) => tx.user.createMany({ data: d as Prisma.UserCreateManyInput[] }),
    },
    membership: {
      find: (a) => tx.membership.findMany(a as Prisma.MembershipFindManyArgs),
      insert: (d) => tx.membership.createMany({ data: d as Prisma.MembershipCreateManyInput[] }),
    },
    document: {
      find: (a) => tx.document.findMany(a as Prisma.DocumentFindManyArgs),
      insert: (d) => tx.document.createMany({ data: d as Prisma.DocumentCreateManyInput[] }),
    },
    documentVersion: {
      find: (a) => tx.documentVersion.findMany(a as Prisma.DocumentVersionFindManyArgs),
      insert: (d) => tx.documentVersion.createMany({ data: d as Prisma.DocumentVersionCreateManyInput[] }),
    },
    source: {
      find: (a) => tx.source.findMany(a as Prisma.SourceFindManyArgs),
      insert: (d) => tx.source.createMany({ data: d as Prisma.SourceCreateManyInput[] }),
    },
    sourceCapture: {
      find: (a) => tx.sourceCapture.findMany(a as Prisma.SourceCaptureFindManyArgs),
      insert: (d) => tx.sourceCapture.createMany({ data: d as Prisma.SourceCaptureCreateManyInput[] }),
    },
    citation: {
      find: (a) => tx.citation.findMany(a as Prisma.CitationFindManyArgs),
      insert: (d) => tx.citation.createMany({ data: d as Prisma.CitationCreateManyInput[] }),
    },
    claimant: {
      find: (a) => tx.claimant.findMany(a as Prisma.ClaimantFindManyArgs),
      insert: (d) => tx.claimant.createMany({ data: d as Prisma.ClaimantCreateManyInput[] }),
    },
    claim: {
      find: (a) => tx.claim.findMany(a as Prisma.ClaimFindManyArgs),
      insert: (d) => tx.claim.createMany({ data: d as Prisma.ClaimCreateManyInput[] }),
    },
    claimRelation: {
      find: (a) => tx.claimRelation.findMany(a as Prisma.ClaimRelationFindManyArgs),
      insert: (d) => tx.claimRelation.createMany({ data: d as Prisma.ClaimRelationCreateManyInput[] }),
    },
    evidence: {
      find: (a) => tx.evidence.findMany(a as Prisma.EvidenceFindManyArgs),
      insert: (d) => tx.evidence.createMany({ data: d as Prisma.EvidenceCreateManyInput[] }),
    },
    review: {
      find: (a) => tx.review.findMany(a as Prisma.ReviewFindManyArgs),
      insert: (d) => tx.review.createMany({ data: d as Prisma.ReviewCreateManyInput[] }),
    },
    claimRevision: {
      find: (a) => tx.claimRevision.findMany(a as Prisma.ClaimRevisionFindManyArgs),
      insert: (d) => tx.claimRevision.createMany({ data: d as Prisma.ClaimRevisionCreateManyInput[] }),
    },
    correction: {
      find: (a) => tx.correction.findMany(a as Prisma.CorrectionFindManyArgs),
      insert: (d) => tx.correction.createMany({ data: d as Prisma.CorrectionCreateManyInput[] }),
    },
    comment: {
      find: (a) => tx.comment.findMany(a as Prisma.CommentFindManyArgs),
      insert: (d) => tx.comment.createMany({ data: d as Prisma.CommentCreateManyInput[] }),
    },
    suggestionDismissal: {
      find: (a) => tx.suggestionDismissal.findMany(a as Prisma.SuggestionDismissalFindManyArgs),
      insert: (d) => tx.suggestionDismissal.createMany({ data: d as Prisma.SuggestionDismissalCreateManyInput[] }),
    },
    auditEvent: {
      find: (a) => tx.auditEvent.findMany(a as Prisma.AuditEventFindManyArgs),
      insert: (d) => tx.auditEvent.createMany({ data: d as Prisma.AuditEventCreateManyInput[] }),
    },
    apiToken: {
      find: (a) => tx.apiToken.findMany(a as Prisma.ApiTokenFindManyArgs),
      insert: (d) => tx.apiToken.createMany({ data: d as Prisma.ApiTokenCreateManyInput[] }),
    },
  };
}

/** Ids compared by UTF-16 code units: the same order on every database, whatever its collation. */
export const byId = (a: Row, b: Row) =>
  (a.id as string) < (b.id as string) ? -1 : (a.id as string) > (b.id as string) ? 1 : 0;
