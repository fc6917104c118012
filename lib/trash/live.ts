// "Not in the trash" as Prisma filters, one per entity: every reader (desk lists and pages,
// search, exports, public pages, sitemap) builds on these, so a deleted record disappears in
// one place. Backups read the tables whole (deletedAt included) so a restore round-trips.
import type { Prisma } from "@/lib/db";

export const liveDocumentWhere = { deletedAt: null } satisfies Prisma.DocumentWhereInput;
export const liveClaimWhere = { deletedAt: null } satisfies Prisma.ClaimWhereInput;
export const liveSourceWhere = { deletedAt: null } satisfies Prisma.SourceWhereInput;
export const liveClaimantWhere = { deletedAt: null } satisfies Prisma.ClaimantWhereInput;
export const liveCommentWhere = { deletedAt: null } satisfies Prisma.CommentWhereInput;
