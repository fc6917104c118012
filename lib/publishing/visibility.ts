// The publication model in one place (docs/ARCHITECTURE.md, Contracts): what anonymous visitors may see. Every public
// query builds on these filters, so "published data only" is decided here and nowhere else.
import type { ClaimStatus, Prisma } from "@/lib/db";
import { liveClaimWhere } from "@/lib/claims/live";

/** Claims with a public page: published ones, and retracted ones (kept, with a notice). */
export const PUBLIC_STATUSES: ClaimStatus[] = ["published", "retracted"];

/** Claims whose page exists. */
export const publicClaimWhere = { status: { in: PUBLIC_STATUSES }, ...liveClaimWhere } satisfies Prisma.ClaimWhereInput;

/** Claims that count: listings, counts, search and highlights leave retracted ones out. */
export const listedClaimWhere = { status: "published", ...liveClaimWhere } satisfies Prisma.ClaimWhereInput;

/** A retraction is stored as a Correction of kind retraction. */
export function isRetraction(correction: { kind: string }): boolean {
  return correction.kind === "retraction";
}

/** Only http(s) links leave a public page; javascript:, data: and the like render inert. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}
