// Which claims and claimants are live: not merged into another record. Every reader that lists
// or opens claims or claimants builds on these (desk, public pages, exports, search), so
// "hidden once merged" is decided here once. Soft delete (issue 15 part A) adds its filter here too.
import type { Prisma } from "@/lib/db";

export const liveClaimWhere = { mergedIntoId: null } satisfies Prisma.ClaimWhereInput;

export const liveClaimantWhere = { mergedIntoId: null } satisfies Prisma.ClaimantWhereInput;
