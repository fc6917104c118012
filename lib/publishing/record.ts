import "server-only";
// The public record of a claim and of a workspace: every published revision as it was, what
// changed between consecutive revisions, and the log of corrections and retractions. Everything
// here reads ClaimRevision and Correction rows of public claims (visibility.ts) only.
import { z } from "zod";
import type { Db, Prisma } from "@/lib/db";
import { revisionChanges, type EvidenceSnapshot, type RevisionChange } from "@/lib/review/revision-diff";
import { revisionView } from "@/lib/review/snapshot";
import { publicEvidence, REVISION_SELECT } from "./claim";
import { pageParam, parseQuery, type RawQuery } from "./params";
import { wordDiff, type DiffPart } from "./textdiff";
import { publicClaimWhere } from "./visibility";
import { RATING_SELECT, type PublicWorkspace } from "./workspace";

export const CORRECTIONS_PAGE_SIZE = 50;

const VERDICT_FIELDS = new Set<RevisionChange["field"]>(["verdict", "confidence", "rationale"]);

const NOTE_SELECT = {
  id: true,
  kind: true,
  whatChanged: true,
  why: true,
  createdAt: true,
} satisfies Prisma.CorrectionSelect;
const notes = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: NOTE_SELECT,
} satisfies Prisma.ClaimRevision$correctionsArgs;

/** The public claim `claimId` of the workspace, and what both record pages show of it besides revisions. */
const publicClaimOf = (ws: PublicWorkspace, claimId: string) =>
  ({ id: claimId, workspaceId: ws.id, ...publicClaimWhere }) satisfies Prisma.ClaimWhereInput;
const CLAIM_HEAD = { id: true, headline: true, status: true } as const satisfies Prisma.ClaimSelect;

/** Every published revision of a public claim, newest first, each with the notes that came with it. */
export async function publicRevisions(db: Db, ws: PublicWorkspace, claimId: string) {
  const claim = await db.claim.findFirst({
    where: publicClaimOf(ws, claimId),
    select: {
      ...CLAIM_HEAD,
      revisions: {
        orderBy: { number: "desc" },
        select: {
          number: true,
          publishedAt: true,
          authorName: true,
          reviewerName: true,
          confidence: true,
          headline: true,
          rating: { select: RATING_SELECT },
          corrections: notes,
        },
      },
    },
  });
  if (!claim) return null;
  const { revisions, ...rest } = claim;
  // The headline the public sees is the latest revision's (the desk may hold a newer draft).
  return {
    ...rest,
    headline: revisions[0]?.headline ?? claim.headline,
    retracted: claim.status === "retracted",
    revisions,
  };
}

export type PublicRevisions = NonNullable<Awaited<ReturnType<typeof publicRevisions>>>;

/** Revision `n` of a public claim as it was published, with its changes from revision n-1. */
export async function publicRevision(db: Db, ws: PublicWorkspace, claimId: string, n: number) {
  if (!Number.isSafeInteger(n) || n < 1) return null;
  const claim = await db.claim.findFirst({
    where: publicClaimOf(ws, claimId),
    select: {
      ...CLAIM_HEAD,
      claimant: { select: { id: true } },
      document: { select: { id: true, title: true } },
      revisions: { where: { number: { in: [n - 1, n] } }, select: { ...REVISION_SELECT, corrections: notes } },
      _count: { select: { revisions: true } },
    },
  });
  const rev = claim?.revisions.find((r) => r.number === n);
  if (!claim || !rev) return null;
  const prev = claim.revisions.find((r) => r.number === n - 1) ?? null;
  const evidence = publicEvidence((rev.evidence ?? []) as unknown as EvidenceSnapshot[]);
  // A revision from before snapshots recorded only its verdict: comparing its empty statement,
  // claimant and evidence would report them all as "added", so only the verdict is compared.
  const snapshotted = prev?.text != null;
  const changes: RevisionChange[] = prev
    ? revisionChanges(revisionView(prev), revisionView(rev)).filter((c) => snapshotted || VERDICT_FIELDS.has(c.field))
    : [];
  const textDiff: { statement: DiffPart[]; rationale: DiffPart[] } | null = prev
    ? {
        statement: snapshotted && prev.text !== rev.text ? wordDiff(prev.text, rev.text) : [],
        rationale:
          (prev.rationale ?? "").trim() !== (rev.rationale ?? "").trim() ? wordDiff(prev.rationale, rev.rationale) : [],
      }
    : null;
  const { relations: _relations, evidence: _evidence, corrections, ...shown } = rev;
  return {
    claim: {
      id: claim.id,
      headline: claim.headline,
      retracted: claim.status === "retracted",
      claimantId: claim.claimant?.id ?? null,
      document: claim.document,
    },
    revision: { ...shown, headline: rev.headline ?? claim.headline },
    latest: claim._count.revisions,
    notes: corrections,
    evidence: {
      supports: evidence.filter((e) => e.stance === "supports"),
      contests: evidence.filter((e) => e.stance === "contests"),
      context: evidence.filter((e) => e.stance === "context"),
    },
    previous: prev ? { number: prev.number, publishedAt: prev.publishedAt, snapshotted } : null,
    changes,
    textDiff,
  };
}

export type PublicRevision = NonNullable<Awaited<ReturnType<typeof publicRevision>>>;

export const correctionsQuery = z.object({ page: pageParam });

const CORRECTION_ROW = {
  ...NOTE_SELECT,
  claim: { select: { id: true, headline: true } },
  revision: { select: { number: true, headline: true } },
} satisfies Prisma.CorrectionSelect;

/** Corrections and retractions of public claims only: a draft's or an unpublished claim's never show. */
const correctionWhere = (ws: PublicWorkspace) =>
  ({ workspaceId: ws.id, claim: publicClaimWhere }) satisfies Prisma.CorrectionWhereInput;

export async function latestCorrections(db: Db, ws: PublicWorkspace, take: number, skip = 0) {
  const rows = await db.correction.findMany({
    where: correctionWhere(ws),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    skip,
    select: CORRECTION_ROW,
  });
  // The headline as published with the revision, not the desk's working copy.
  return rows.map(({ revision, claim, ...c }) => ({
    ...c,
    claim: { id: claim.id, headline: revision?.headline ?? claim.headline },
    revisionNumber: revision?.number ?? null,
  }));
}

export type PublicCorrection = Awaited<ReturnType<typeof latestCorrections>>[number];

/** The workspace's corrections log, newest first, CORRECTIONS_PAGE_SIZE a page. */
export async function publicCorrections(db: Db, ws: PublicWorkspace, page: number) {
  const [total, items] = await Promise.all([
    db.correction.count({ where: correctionWhere(ws) }),
    latestCorrections(db, ws, CORRECTIONS_PAGE_SIZE, (page - 1) * CORRECTIONS_PAGE_SIZE),
  ]);
  return { page, total, pages: Math.ceil(total / CORRECTIONS_PAGE_SIZE), items };
}

export type PublicCorrectionsPage = Awaited<ReturnType<typeof publicCorrections>>;

export const parseCorrectionsQuery = (raw: RawQuery) => parseQuery(correctionsQuery, raw);
