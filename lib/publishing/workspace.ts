import "server-only";
// The public face of a workspace: only public workspaces exist for anonymous visitors.
import type { Db } from "@/lib/db";
import { scaleBounds } from "@/lib/workspaces/rating-scale";

export interface PublicRating {
  id: string;
  value: number | null;
  label: string;
  alternateName: string;
  description: string;
  color: string;
  position: number;
}

export interface PublicWorkspace {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  licence: string;
  publishDissent: boolean;
  updatedAt: Date;
  /** The active scale's ratings in scale order (empty when none is set). */
  ratings: PublicRating[];
  /** bestRating / worstRating for ClaimReview, from the active scale's values. */
  scale: { best: number; worst: number };
}

/** What identifies a workspace to its readers, in public pages and in exports alike. */
export const WORKSPACE_IDENTITY_SELECT = {
  id: true,
  slug: true,
  name: true,
  description: true,
  licence: true,
} as const;

export const RATING_SELECT = {
  id: true,
  value: true,
  label: true,
  alternateName: true,
  description: true,
  color: true,
  position: true,
} as const;

/** One query: the workspace with its active rating scale; null when missing or not public. */
export async function publicWorkspace(db: Db, slug: string): Promise<PublicWorkspace | null> {
  const ws = await db.workspace.findFirst({
    where: { slug, isPublic: true },
    select: {
      ...WORKSPACE_IDENTITY_SELECT,
      publishDissent: true,
      updatedAt: true,
      ratingScale: { select: { ratings: { select: RATING_SELECT, orderBy: { position: "asc" } } } },
    },
  });
  if (!ws) return null;
  const { ratingScale, ...rest } = ws;
  const ratings = ratingScale?.ratings ?? [];
  return { ...rest, ratings, scale: scaleBounds(ratings) };
}
