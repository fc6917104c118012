// Which rows an export may read. The publication model lives here, once, as Prisma filters:
// every writer reads through these (rows hanging off claims or documents are read only for the
// claims and documents these filters let through), so a public export cannot reach a draft.
import type { Prisma } from "@/lib/db";

/** Claim statuses the public sees (retracted ones stay visible, marked as retracted). */
export const PUBLIC_STATUSES = ["published", "retracted"] as const;

export interface ExportScope {
  workspaceId: string;
  /** true: only what anonymous visitors may see; false: everything of the workspace. */
  public: boolean;
}

export function claimWhere(s: ExportScope): Prisma.ClaimWhereInput {
  return s.public
    ? { workspaceId: s.workspaceId, status: { in: [...PUBLIC_STATUSES] } }
    : { workspaceId: s.workspaceId };
}

export function documentWhere(s: ExportScope): Prisma.DocumentWhereInput {
  return s.public
    ? { workspaceId: s.workspaceId, claims: { some: { status: { in: [...PUBLIC_STATUSES] } } } }
    : { workspaceId: s.workspaceId };
}

export function sourceWhere(s: ExportScope): Prisma.SourceWhereInput {
  if (!s.public) return { workspaceId: s.workspaceId };
  return {
    workspaceId: s.workspaceId,
    OR: [
      { evidence: { some: { claim: claimWhere(s) } } },
      { citations: { some: { documentVersion: { publishedOf: { some: documentWhere(s) } } } } },
    ],
  };
}

export function claimantWhere(s: ExportScope): Prisma.ClaimantWhereInput {
  if (!s.public) return { workspaceId: s.workspaceId };
  const pub = { some: { status: { in: [...PUBLIC_STATUSES] } } };
  return { workspaceId: s.workspaceId, OR: [{ claims: pub }, { reportedClaims: pub }] };
}
