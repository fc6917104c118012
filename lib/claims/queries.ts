import "server-only";
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { relationsOf } from "./relations";
import { liveClaimWhere } from "./live";

/** Where a span "ends" for citation purposes: past closing punctuation and spaces, so a ref
 * placed right after the sentence ("…in 1985.[12]") counts as cited by it. */
export function citationReach(text: string, end: number): number {
  let j = end;
  while (j < text.length && /[\s.,;:!?"'’”)\]]/.test(text[j]) && text[j] !== "\n") j++;
  return j;
}

export async function getClaimForDesk(db: Db, actor: Actor, slug: string, claimId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: workspace.id },
    include: {
      claimant: true,
      reportedBy: true,
      reportingSource: { select: { id: true, title: true } },
      document: { select: { id: true, title: true, currentVersionId: true } },
      documentVersion: { select: { id: true, number: true, text: true } },
      rating: true,
    },
  });
  if (!claim) throw notFound("claim");
  const relations = await relationsOf(db, workspace.id, claim.id);
  let suggestedSources: { id: string; title: string; url: string | null; position: number }[] = [];
  if (claim.documentVersion && claim.anchorStart !== null && claim.anchorEnd !== null) {
    const reach = citationReach(claim.documentVersion.text, claim.anchorEnd);
    const cites = await db.citation.findMany({
      where: { documentVersionId: claim.documentVersion.id, start: { gte: claim.anchorStart, lte: reach } },
      orderBy: { start: "asc" },
      select: { start: true, source: { select: { id: true, title: true, url: true } } },
    });
    const seen = new Set<string>();
    suggestedSources = cites
      .filter((c) => !seen.has(c.source.id) && seen.add(c.source.id))
      .map((c) => ({ ...c.source, position: c.start }));
  }
  const { documentVersion, ...rest } = claim;
  return {
    ...rest,
    documentVersion: documentVersion ? { id: documentVersion.id, number: documentVersion.number } : null,
    isCurrentVersion: !!documentVersion && documentVersion.id === claim.document?.currentVersionId,
    relations,
    suggestedSources,
  };
}

/** The reader's claims: those anchored in the current version, and orphans the editor must re-attach. */
export async function documentClaims(db: Db, actor: Actor, slug: string, documentId: string, currentVersionId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const rows = await db.claim.findMany({
    where: { workspaceId: workspace.id, documentId, ...liveClaimWhere },
    orderBy: { anchorStart: "asc" },
    select: {
      id: true,
      headline: true,
      status: true,
      version: true,
      anchorStart: true,
      anchorEnd: true,
      anchorStatus: true,
      anchorExact: true,
      anchorPrefix: true,
      anchorSuffix: true,
      documentVersionId: true,
      claimant: { select: { name: true } },
    },
  });
  const anchored = rows.filter(
    (r) => r.documentVersionId === currentVersionId && r.anchorStatus !== "orphaned" && r.anchorStart !== null,
  );
  const orphaned = rows.filter((r) => r.anchorStatus === "orphaned");
  return { anchored, orphaned };
}
