import "server-only";
// The API's record reads for an anonymous caller of a public workspace: the claim as its public page
// shows it (its latest published revision, lib/publishing/claim.ts), and a source as public exports
// show it (public fields, evidence of public claims, citations in published versions). Members and
// tokens get the desk's records; the where-builders in ./visibility decide what is public.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getClaimForDesk } from "@/lib/claims/queries";
import { claimRelations } from "@/lib/claims/relations";
import { claimEvidence } from "@/lib/evidence/links";
import { getSource } from "@/lib/sources/read";
import { notFound } from "@/lib/errors";
import { PUBLIC_SOURCE_SELECT, publicClaim } from "./claim";
import { SOURCE_EVIDENCE_SELECT } from "@/lib/sources/select";
import { readAccess } from "./read-scope";
import { visibleClaimWhere, visibleDocumentWhere, visibleSourceWhere } from "./visibility";

async function publishedClaim(db: Db, actor: Actor, slug: string, claimId: string) {
  const { workspace } = await readAccess(db, actor, slug);
  const claim = typeof claimId === "string" ? await publicClaim(db, workspace, claimId) : null;
  if (!claim) throw notFound("claim");
  return claim;
}

/** GET …/claims/{id}. */
export async function readClaim(db: Db, actor: Actor, slug: string, claimId: string) {
  if (actor.kind !== "anonymous") return getClaimForDesk(db, actor, slug, claimId);
  const claim = await publishedClaim(db, actor, slug, claimId);
  // Who works on a claim, and by when, is desk business: the public shape names nobody.
  const unassigned = { writerId: null, writerDueAt: null, reviewerId: null, reviewerDueAt: null };
  return { ...claim, ...unassigned, version: claim.revision?.number ?? 1 };
}

/** GET …/evidence?claimId=…: anonymous callers get the evidence as published with the claim. */
export async function readClaimEvidence(db: Db, actor: Actor, slug: string, claimId: string) {
  if (actor.kind !== "anonymous") return claimEvidence(db, actor, slug, claimId);
  const claim = await publishedClaim(db, actor, slug, claimId);
  return { balance: claim.balance, ...claim.evidence };
}

/** GET …/claims/{id}/relations: anonymous callers get the relations published with the claim, to public claims. */
export async function readClaimRelations(db: Db, actor: Actor, slug: string, claimId: string) {
  if (actor.kind !== "anonymous") return claimRelations(db, actor, slug, claimId);
  const claim = await publishedClaim(db, actor, slug, claimId);
  return claim.related.map((r) => ({
    id: r.id ?? `${claim.id}:${r.direction}:${r.type}:${r.claim.id}`,
    type: r.type,
    note: null,
    direction: r.direction,
    other: { id: r.claim.id, headline: r.claim.headline, status: r.claim.status },
  }));
}

/** GET …/sources/{id}. */
export async function readSource(db: Db, actor: Actor, slug: string, sourceId: string) {
  if (actor.kind !== "anonymous") return getSource(db, actor, slug, sourceId);
  const { scope } = await readAccess(db, actor, slug);
  const source = await db.source.findFirst({
    where: { AND: [visibleSourceWhere(scope), { id: typeof sourceId === "string" ? sourceId : "" }] },
    select: {
      ...PUBLIC_SOURCE_SELECT,
      version: true,
      evidence: {
        where: { claim: visibleClaimWhere(scope) },
        orderBy: { createdAt: "asc" },
        select: { ...SOURCE_EVIDENCE_SELECT, excerptKind: true },
      },
    },
  });
  if (!source) throw notFound("source");
  const docs = await db.document.findMany({
    where: {
      AND: [visibleDocumentWhere(scope), { publishedVersion: { citations: { some: { sourceId: source.id } } } }],
    },
    orderBy: { title: "asc" },
    select: {
      id: true,
      title: true,
      publishedVersion: { select: { _count: { select: { citations: { where: { sourceId: source.id } } } } } },
    },
  });
  return {
    ...source,
    documents: docs.map((d) => ({ id: d.id, title: d.title, citations: d.publishedVersion?._count.citations ?? 0 })),
  };
}
