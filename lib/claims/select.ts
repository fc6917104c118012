// Who a claimant is (name, kind, description, aliases) as one Prisma select: the claimant search,
// the public claimant page and the export read the same fields.
import type { Prisma } from "@/lib/db";

export const CLAIMANT_SELECT = {
  id: true,
  name: true,
  kind: true,
  description: true,
  aliases: true,
} as const satisfies Prisma.ClaimantSelect;
