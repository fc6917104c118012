// Which rows an export may read. The publication model lives here, once, as Prisma filters:
// every writer reads through these (rows hanging off claims or documents are read only for the
// claims and documents these filters let through), so a public export cannot reach a draft.
import type { Prisma } from "@/lib/db";
import { liveClaimantWhere, liveClaimWhere } from "@/lib/claims/live";
import { liveSourceWhere } from "@/lib/sources/live";

/** Claim statuses the public sees (retracted ones stay visible, marked as retracted). */
export const PUBLIC_STATUSES = ["published", "retracted"] as const;

export interface ExportScope {
  workspaceId: string;
  /** true: only what anonymous visitors may see; false: everything of the workspace. */
  public: boolean;
}

export function claimWhere(s: ExportScope): Prisma.ClaimWhereInput {
  return s.public
    ? { workspaceId: s.workspaceId, status: { in: [...PUBLIC_STATUSES] }, ...liveClaimWhere }
    : { workspaceId: s.workspaceId, ...liveClaimWhere };
}

export function documentWhere(s: ExportScope): Prisma.DocumentWhereInput {
  return s.public
    ? { workspaceId: s.workspaceId, claims: { some: { status: { in: [...PUBLIC_STATUSES] }, ...liveClaimWhere } } }
    : { workspaceId: s.workspaceId };
}

export function sourceWhere(s: ExportScope): Prisma.SourceWhereInput {
  if (!s.public) return { workspaceId: s.workspaceId, ...liveSourceWhere };
  return {
    workspaceId: s.workspaceId,
    ...liveSourceWhere,
    OR: [
      { evidence: { some: { claim: claimWhere(s) } } },
      { citations: { some: { documentVersion: { publishedOf: { some: documentWhere(s) } } } } },
    ],
  };
}

export function claimantWhere(s: ExportScope): Prisma.ClaimantWhereInput {
  if (!s.public) return { workspaceId: s.workspaceId, ...liveClaimantWhere };
  const pub = { some: { status: { in: [...PUBLIC_STATUSES] }, ...liveClaimWhere } };
  return { workspaceId: s.workspaceId, ...liveClaimantWhere, OR: [{ claims: pub }, { reportedClaims: pub }] };
}
