// The publication model in one place (docs/ARCHITECTURE.md, Contracts): what anonymous visitors may see. Every public
// query builds on these filters, so "published data only" is decided here and nowhere else: the public pages, the
// public export (lib/exports/scope.ts) and the API's anonymous reads (lib/publishing/read-scope.ts) all use them.
// One where-builder per entity, so a later rule (trash, merges) is added once per entity, here.
import type { ClaimStatus, Prisma } from "@/lib/db";
import { liveClaimantWhere, liveClaimWhere, liveDocumentWhere, liveSourceWhere } from "@/lib/trash/live";

/** Claims with a public page: published ones, and retracted ones (kept, with a notice). */
export const PUBLIC_STATUSES: ClaimStatus[] = ["published", "retracted"];

/** Claims whose page exists (never one in the trash). */
export const publicClaimWhere = {
  ...liveClaimWhere,
  status: { in: PUBLIC_STATUSES },
} satisfies Prisma.ClaimWhereInput;

/** Claims that count: listings, counts, search and highlights leave retracted ones out. */
export const listedClaimWhere = { ...liveClaimWhere, status: "published" } satisfies Prisma.ClaimWhereInput;

/** Whose rows a read may see: a workspace, in full (members, tokens, the CLI) or as the public sees it; never the trash. */
export interface ReadScope {
  workspaceId: string;
  /** true: only what anonymous visitors may see; false: everything of the workspace. */
  public: boolean;
}

export function visibleClaimWhere(s: ReadScope): Prisma.ClaimWhereInput {
  return s.public
    ? { workspaceId: s.workspaceId, ...publicClaimWhere }
    : { workspaceId: s.workspaceId, ...liveClaimWhere };
}

/** A document is public once one of its claims is. */
export function visibleDocumentWhere(s: ReadScope): Prisma.DocumentWhereInput {
  return s.public
    ? { workspaceId: s.workspaceId, ...liveDocumentWhere, claims: { some: publicClaimWhere } }
    : { workspaceId: s.workspaceId, ...liveDocumentWhere };
}

/** A source is public when a public claim uses it as evidence, or a public document's published version cites it. */
export function visibleSourceWhere(s: ReadScope): Prisma.SourceWhereInput {
  if (!s.public) return { workspaceId: s.workspaceId, ...liveSourceWhere };
  return {
    workspaceId: s.workspaceId,
    ...liveSourceWhere,
    OR: [
      { evidence: { some: { claim: visibleClaimWhere(s) } } },
      { citations: { some: { documentVersion: { publishedOf: { some: visibleDocumentWhere(s) } } } } },
    ],
  };
}

/** A claimant is public when a public claim is theirs or reported by them. */
export function visibleClaimantWhere(s: ReadScope): Prisma.ClaimantWhereInput {
  if (!s.public) return { workspaceId: s.workspaceId, ...liveClaimantWhere };
  return {
    workspaceId: s.workspaceId,
    ...liveClaimantWhere,
    OR: [{ claims: { some: publicClaimWhere } }, { reportedClaims: { some: publicClaimWhere } }],
  };
}

/** Evidence hangs off its claim. */
export function visibleEvidenceWhere(s: ReadScope): Prisma.EvidenceWhereInput {
  return { claim: visibleClaimWhere(s) };
}

/** A relation is public when both its claims are. */
export function visibleRelationWhere(s: ReadScope): Prisma.ClaimRelationWhereInput {
  return s.public
    ? { workspaceId: s.workspaceId, fromClaim: visibleClaimWhere(s), toClaim: visibleClaimWhere(s) }
    : { workspaceId: s.workspaceId };
}

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
