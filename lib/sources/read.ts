import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import { linkStatus } from "@/lib/capture/captures";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { readAccess } from "@/lib/publishing/read-scope";
import {
  visibleDocumentWhere,
  visibleEvidenceWhere,
  visibleSourceWhere,
  type ReadScope,
} from "@/lib/publishing/visibility";
import { listSourcesInput } from "./schemas";
import { liveClaimWhere, liveSourceWhere } from "@/lib/trash/live";
import { liveSourceSql } from "./live-sql";
import { SOURCE_CITATION_SELECT, SOURCE_EVIDENCE_SELECT } from "./select";

const SELECT = {
  ...SOURCE_CITATION_SELECT,
  type: true,
  reliability: true,
  isPrimary: true,
  // The newest finished capture gives the link's state (live, changed, failing).
  captures: {
    where: { status: { in: ["done", "failed"] } },
    orderBy: { capturedAt: "desc" },
    take: 1,
    select: { id: true, status: true, changed: true, error: true, capturedAt: true },
  },
} satisfies Prisma.SourceSelect;

/**
 * How often each listed source is cited and used as evidence: members count every use, anonymous
 * callers only the uses the public sees. Counted for the page's sources only (a relation _count
 * in the list's select grouped every citation and evidence row of the workspace first: 323 ms at
 * 100,000 claims).
 */
async function sourceUseCounts(db: Db, scope: ReadScope, ids: string[]) {
  const [citations, evidence] = await Promise.all([
    db.citation.groupBy({
      by: ["sourceId"],
      where: {
        sourceId: { in: ids },
        ...(scope.public ? { documentVersion: { publishedOf: { some: visibleDocumentWhere(scope) } } } : {}),
      },
      _count: { _all: true },
    }),
    db.evidence.groupBy({
      by: ["sourceId"],
      where: { sourceId: { in: ids }, ...(scope.public ? visibleEvidenceWhere(scope) : {}) },
      _count: { _all: true },
    }),
  ]);
  const count = (rows: { sourceId: string; _count: { _all: number } }[]) =>
    new Map(rows.map((r) => [r.sourceId, r._count._all]));
  const c = count(citations);
  const e = count(evidence);
  return (id: string) => ({ citations: c.get(id) ?? 0, evidence: e.get(id) ?? 0 });
}

/** The source library: filter by type and reliability, full-text over title, authors, publisher. */
export async function listSources(db: Db, actor: Actor, slug: string, raw: unknown = {}) {
  const input = listSourcesInput.parse(raw);
  const { scope } = await readAccess(db, actor, slug);
  const filters: Prisma.SourceWhereInput = {
    ...(input.type && { type: input.type }),
    ...(input.reliability && { reliability: input.reliability }),
    ...(input.unrated && { reliability: null }),
  };
  if (input.q) {
    const hits = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Source", websearch_to_tsquery('english', ${input.q}) q
      WHERE "workspaceId" = ${scope.workspaceId} AND search @@ q AND ${liveSourceSql('"Source"')}
      ORDER BY ts_rank(search, q) DESC LIMIT 500`;
    filters.id = { in: hits.map((h) => h.id) };
  }
  const rows = await db.source.findMany({
    where: { AND: [visibleSourceWhere(scope), filters] },
    select: SELECT,
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  const uses = await sourceUseCounts(
    db,
    scope,
    page.map((s) => s.id),
  );
  const items = page.map(({ captures, ...s }) => ({ ...s, _count: uses(s.id), link: linkStatus(captures).state }));
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}

/** A source with every claim it is evidence for and every document that cites it. */
export async function getSource(db: Db, actor: Actor, slug: string, sourceId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const source = await db.source.findFirst({
    where: { id: sourceId, workspaceId: workspace.id, ...liveSourceWhere },
    include: {
      evidence: {
        where: { claim: liveClaimWhere },
        orderBy: { createdAt: "asc" },
        select: SOURCE_EVIDENCE_SELECT,
      },
    },
  });
  if (!source) throw notFound("source");
  const docs = await db.$queryRaw<{ id: string; title: string; citations: number }[]>`
    SELECT d.id, d.title, count(*)::int AS citations
    FROM "Citation" c JOIN "DocumentVersion" v ON v.id = c."documentVersionId" JOIN "Document" d ON d."currentVersionId" = v.id
    WHERE c."sourceId" = ${source.id} AND d."deletedAt" IS NULL GROUP BY d.id, d.title ORDER BY d.title`;
  return { ...source, documents: docs };
}
