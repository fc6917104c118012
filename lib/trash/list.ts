import "server-only";
// The trash: every deleted record of a workspace, newest deletion first, with who deleted it.
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { listTrashInput, type TrashType } from "./schemas";

export interface TrashItem {
  type: TrashType;
  id: string;
  label: string;
  deletedAt: Date;
  deletedById: string | null;
  deletedByName: string | null;
}

const DELETED = { deletedAt: { not: null } } as const;
const PER_TYPE = 500;

export async function listTrash(db: Db, actor: Actor, slug: string, raw: unknown = {}): Promise<TrashItem[]> {
  const input = listTrashInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const ws = { workspaceId: workspace.id, ...DELETED };
  const want = (t: TrashType) => !input.type || input.type === t;
  const order = { deletedAt: "desc" } as const;
  const sel = { id: true, deletedAt: true, deletedById: true } as const;
  const [documents, claims, sources, claimants, comments] = await Promise.all([
    want("document")
      ? db.document.findMany({ where: ws, orderBy: order, take: PER_TYPE, select: { ...sel, title: true } })
      : [],
    want("claim")
      ? db.claim.findMany({ where: ws, orderBy: order, take: PER_TYPE, select: { ...sel, headline: true } })
      : [],
    want("source")
      ? db.source.findMany({ where: ws, orderBy: order, take: PER_TYPE, select: { ...sel, title: true } })
      : [],
    want("claimant")
      ? db.claimant.findMany({ where: ws, orderBy: order, take: PER_TYPE, select: { ...sel, name: true } })
      : [],
    want("comment")
      ? db.comment.findMany({
          where: { ...DELETED, claim: { workspaceId: workspace.id } },
          orderBy: order,
          take: PER_TYPE,
          select: { ...sel, body: true },
        })
      : [],
  ]);
  const rows = [
    ...documents.map((r) => ({ type: "document" as const, label: r.title, ...r })),
    ...claims.map((r) => ({ type: "claim" as const, label: r.headline, ...r })),
    ...sources.map((r) => ({ type: "source" as const, label: r.title, ...r })),
    ...claimants.map((r) => ({ type: "claimant" as const, label: r.name, ...r })),
    ...comments.map((r) => ({ type: "comment" as const, label: r.body.slice(0, 120), ...r })),
  ];
  const userIds = [...new Set(rows.map((r) => r.deletedById).filter((x): x is string => !!x))];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
    : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  return rows
    .map((r) => ({
      type: r.type,
      id: r.id,
      label: r.label,
      deletedAt: r.deletedAt!,
      deletedById: r.deletedById,
      deletedByName: r.deletedById ? (nameOf.get(r.deletedById) ?? null) : null,
    }))
    .sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}
