import "server-only";
// The workspace header every export starts from: identity, licence and the active rating scale.
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { WORKSPACE_IDENTITY_SELECT } from "@/lib/publishing/workspace";
import type { ExportContext, ExportWorkspace } from "./types";

export async function loadExportWorkspace(db: Db, workspaceId: string): Promise<ExportWorkspace> {
  const ws = await db.workspace.findUnique({
    where: { id: workspaceId },
    select: {
      ...WORKSPACE_IDENTITY_SELECT,
      ratingScale: {
        select: {
          id: true,
          name: true,
          ratings: {
            orderBy: { position: "asc" },
            select: { id: true, value: true, label: true, alternateName: true, description: true, color: true },
          },
        },
      },
    },
  });
  if (!ws) throw notFound("workspace");
  return ws;
}

export function workspaceRecord(ctx: ExportContext): Record<string, unknown> {
  const { workspace: ws, origin, scope } = ctx;
  return {
    id: ws.id,
    slug: ws.slug,
    name: ws.name,
    description: ws.description,
    licence: ws.licence,
    url: `${origin}/w/${ws.slug}`,
    scope: scope.public ? "public" : "full",
    exportedAt: new Date().toISOString(),
    ratingScale: ws.ratingScale && {
      name: ws.ratingScale.name,
      ratings: ws.ratingScale.ratings.map(({ value, label, alternateName, description, color }) => ({
        value,
        label,
        alternateName,
        description,
        color,
      })),
    },
  };
}
