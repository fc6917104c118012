// Which records are live: not in the trash (issue 15, soft delete) and not merged into another
// record (issue 15, merges), as Prisma filters, one per entity. Every reader (desk lists and pages,
// search, exports, public pages, sitemap) builds on these, so a deleted or merged record
// disappears in one place. Backups read the tables whole (deletedAt and mergedIntoId included) so a
// restore round-trips. lib/claims/live.ts and lib/sources/live.ts re-export them beside their SQL form.
import type { Prisma } from "@/lib/db";

export const liveDocumentWhere = { deletedAt: null } satisfies Prisma.DocumentWhereInput;
export const liveClaimWhere = { deletedAt: null, mergedIntoId: null } satisfies Prisma.ClaimWhereInput;
export const liveSourceWhere = { deletedAt: null, mergedIntoId: null } satisfies Prisma.SourceWhereInput;
export const liveClaimantWhere = { deletedAt: null, mergedIntoId: null } satisfies Prisma.ClaimantWhereInput;
export const liveCommentWhere = { deletedAt: null } satisfies Prisma.CommentWhereInput;
