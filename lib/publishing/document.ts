import "server-only";
// The document credibility view: the published version's text (a newer import stays in the desk
// until someone publishes it) with every published claim highlighted,
// the sources it cites, and a summary of its claims by rating and claimant.
import type { Db } from "@/lib/db";
import { layoutBlocks, type Block, type TextMark } from "@/lib/documents/blocks";
import { PUBLIC_SOURCE_SELECT } from "./claim";
import { countRatings, distribution } from "./ratings";
import { listedClaimWhere, publicClaimWhere } from "./visibility";
import { RATING_SELECT, type PublicWorkspace } from "./workspace";
import { liveDocumentWhere, liveSourceWhere } from "@/lib/trash/live";

type Span = { start: number; end: number };

export async function publicDocument(db: Db, ws: PublicWorkspace, documentId: string) {
  // A document is public when it has at least one public claim; its listed claims come along.
  const doc = await db.document.findFirst({
    where: { id: documentId, workspaceId: ws.id, ...liveDocumentWhere, claims: { some: publicClaimWhere } },
    select: {
      id: true,
      title: true,
      format: true,
      updatedAt: true,
      publishedVersion: {
        select: {
          id: true,
          number: true,
          text: true,
          sections: true,
          quotations: true,
          marks: true,
          createdAt: true,
          citations: { orderBy: { start: "asc" }, select: { id: true, start: true, sourceId: true, label: true } },
        },
      },
      claims: {
        where: listedClaimWhere,
        orderBy: [{ anchorStart: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          headline: true,
          anchorStart: true,
          anchorEnd: true,
          anchorStatus: true,
          documentVersionId: true,
          publishedAt: true,
          rating: { select: RATING_SELECT },
          claimant: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!doc?.publishedVersion) return null;
  const v = doc.publishedVersion;
  // Sources cited by a public document are public; only their public fields are read.
  const order = [...new Set(v.citations.map((c) => c.sourceId))];
  const rows = order.length
    ? await db.source.findMany({
        where: { id: { in: order }, workspaceId: ws.id, ...liveSourceWhere },
        select: PUBLIC_SOURCE_SELECT,
      })
    : [];
  const byId = new Map(rows.map((s) => [s.id, s]));
  const sources = order.map((id) => byId.get(id)).filter((s) => s !== undefined);

  const isLocated = (c: (typeof doc.claims)[number]) =>
    c.documentVersionId === v.id &&
    c.anchorStart !== null &&
    c.anchorEnd !== null &&
    c.anchorEnd > c.anchorStart &&
    c.anchorStatus !== "orphaned";
  const located = doc.claims.filter(isLocated);
  const unlocated = doc.claims.filter((c) => !isLocated(c));
  const blocks: Block[] = layoutBlocks(
    v.text,
    v.sections as unknown as (Span & { level: number; title: string })[],
    v.quotations as unknown as Span[],
    v.citations.map((c) => ({ id: c.id, position: c.start, sourceId: c.sourceId, label: c.label })),
    located.map((c) => ({ id: c.id, start: c.anchorStart!, end: c.anchorEnd! })),
    undefined,
    v.marks as unknown as TextMark[],
  );
  return {
    id: doc.id,
    title: doc.title,
    format: doc.format,
    version: v.number,
    versionDate: v.createdAt,
    updatedAt: doc.updatedAt,
    blocks,
    claims: doc.claims,
    located,
    unlocated,
    sources,
    byRating: distribution(ws.ratings, countRatings(doc.claims)),
    claimants: claimantCounts(doc.claims),
    excerpt: v.text.slice(0, 300),
  };
}

export type PublicDocument = NonNullable<Awaited<ReturnType<typeof publicDocument>>>;

function claimantCounts(claims: { claimant: { id: string; name: string } | null }[]) {
  const m = new Map<string, { id: string; name: string; claims: number }>();
  for (const c of claims) {
    if (!c.claimant) continue;
    const e = m.get(c.claimant.id) ?? { ...c.claimant, claims: 0 };
    e.claims++;
    m.set(e.id, e);
  }
  return [...m.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
