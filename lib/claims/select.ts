// Shared Prisma selects of claims and claimants, so the readers that show the same thing read
// the same fields: the claimant search, the public claimant page and the export; the desk list
// and the public claim page.
import type { Prisma } from "@/lib/db";

export const CLAIMANT_SELECT = {
  id: true,
  name: true,
  kind: true,
  description: true,
  aliases: true,
} as const satisfies Prisma.ClaimantSelect;

/** A claim's statement and where it stands: the first fields of the desk list and the public page. */
export const CLAIM_STATEMENT_SELECT = {
  id: true,
  headline: true,
  text: true,
  status: true,
  claimType: true,
  tags: true,
} as const satisfies Prisma.ClaimSelect;
