import "server-only";
// A claimant's public page: their published claims and how the verdicts on them fall. The
// distribution describes the claims we checked, not the person (the page says so).
import type { Db } from "@/lib/db";
import { CLAIM_SUMMARY_SELECT } from "./home";
import { countRatings, distribution } from "./ratings";
import { publicClaimWhere } from "./visibility";
import type { PublicWorkspace } from "./workspace";
import { liveClaimantWhere } from "@/lib/trash/live";
import { CLAIMANT_SELECT } from "@/lib/claims/select";

export async function publicClaimant(db: Db, ws: PublicWorkspace, claimantId: string) {
  const row = await db.claimant.findFirst({
    where: { id: claimantId, workspaceId: ws.id, ...liveClaimantWhere, claims: { some: publicClaimWhere } },
    select: {
      ...CLAIMANT_SELECT,
      claims: {
        where: publicClaimWhere,
        orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
        select: CLAIM_SUMMARY_SELECT,
      },
    },
  });
  if (!row) return null;
  const { claims, ...claimant } = row;
  const published = claims.filter((c) => c.status === "published");
  return {
    ...claimant,
    claims: published,
    retracted: claims.filter((c) => c.status === "retracted"),
    byRating: distribution(ws.ratings, countRatings(published)),
  };
}

export type PublicClaimant = NonNullable<Awaited<ReturnType<typeof publicClaimant>>>;
