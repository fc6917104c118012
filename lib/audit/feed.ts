import "server-only";
// The workspace activity feed (owners and editors): every audited change, newest first, with the
// action in words and the record by its name ("Document cmx5cq2x" told nobody anything).
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { auditActionLabel, label } from "@/lib/labels";

/** The record an event touched: its kind and name, and which desk page shows it (if any). */
export interface ActivityRecord {
  kind: string;
  name: string;
  link: { area: "claims" | "documents" | "sources" | "claimants"; id: string } | null;
}

export async function workspaceActivity(
  db: Db,
  actor: Actor,
  slug: string,
  page: { cursor?: string; limit?: number } = {},
) {
  const { workspace } = await authorize(db, actor, slug, "audit.read");
  const limit = Math.min(page.limit ?? 100, 500);
  const rows = await db.auditEvent.findMany({
    where: { workspaceId: workspace.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    select: { id: true, action: true, actorLabel: true, entityType: true, entityId: true, at: true },
  });
  const items = rows.slice(0, limit);
  const names = await recordNames(db, workspace.id, items);
  return {
    items: items.map((e) => ({ ...e, what: auditActionLabel(e.action), record: record(e, names) })),
    nextCursor: rows.length > limit ? items[items.length - 1].id : null,
  };
}

type Event = { entityType: string; entityId: string };
const AREAS = { Claim: "claims", Document: "documents", Source: "sources", Claimant: "claimants" } as const;

function record(e: Event, names: Map<string, string>): ActivityRecord {
  const kind = label("Entity", e.entityType === "ClaimRelation" ? "relation" : e.entityType.toLowerCase());
  const name = names.get(`${e.entityType}:${e.entityId}`);
  const area = AREAS[e.entityType as keyof typeof AREAS];
  // A purged record has no name left; say so rather than show its id.
  if (!name) return { kind, name: "(no longer exists)", link: null };
  return { kind, name, link: area ? { area, id: e.entityId } : null };
}

/** Names of the page's records, one query per kind, scoped to the workspace. */
async function recordNames(db: Db, workspaceId: string, events: Event[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const where = (type: string) => ({ workspaceId, id: { in: ids(type) } });
  const onClaim = (type: string) => ({ id: { in: ids(type) }, claim: { workspaceId } });
  const [claims, documents, sources, claimants, views, tokens, ratings, evidence, comments, members] =
    await Promise.all([
      db.claim.findMany({ where: where("Claim"), select: { id: true, headline: true } }),
      db.document.findMany({ where: where("Document"), select: { id: true, title: true } }),
      db.source.findMany({ where: where("Source"), select: { id: true, title: true } }),
      db.claimant.findMany({ where: where("Claimant"), select: { id: true, name: true } }),
      db.savedView.findMany({ where: where("SavedView"), select: { id: true, name: true } }),
      db.apiToken.findMany({ where: where("ApiToken"), select: { id: true, name: true } }),
      db.rating.findMany({
        where: { id: { in: ids("Rating") }, scale: { workspaceId } },
        select: { id: true, label: true },
      }),
      db.evidence.findMany({ where: onClaim("Evidence"), select: { id: true, source: { select: { title: true } } } }),
      db.comment.findMany({ where: onClaim("Comment"), select: { id: true, claim: { select: { headline: true } } } }),
      db.membership.findMany({ where: where("Membership"), select: { id: true, user: { select: { email: true } } } }),
    ]);
  const out = new Map<string, string>();
  for (const c of claims) out.set(`Claim:${c.id}`, c.headline);
  for (const d of documents) out.set(`Document:${d.id}`, d.title);
  for (const s of sources) out.set(`Source:${s.id}`, s.title);
  for (const c of claimants) out.set(`Claimant:${c.id}`, c.name);
  for (const v of views) out.set(`SavedView:${v.id}`, v.name);
  for (const t of tokens) out.set(`ApiToken:${t.id}`, t.name);
  for (const r of ratings) out.set(`Rating:${r.id}`, r.label);
  for (const e of evidence) out.set(`Evidence:${e.id}`, e.source.title);
  for (const c of comments) out.set(`Comment:${c.id}`, `on “${c.claim.headline}”`);
  for (const m of members) out.set(`Membership:${m.id}`, m.user.email);
  return out;
}
