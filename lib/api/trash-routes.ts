import "server-only";
// The handlers of `DELETE …/<entity>/<id>` (204) and `POST …/<entity>/<id>/restore` (200), one
// shape for documents, claims, sources and claimants (lib/trash does the work).
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { restoreRecord, type TrashType } from "@/lib/trash";
import { apiHandler } from "./handler";
import { problem } from "./problem";

type Params = { slug: string; id: string };
type Deleter = (db: Db, actor: Actor, slug: string, raw: unknown) => Promise<unknown>;

/** The base version comes from `If-Match` (an ETag like "3") or `?version=`. */
export function deleteRoute(remove: Deleter) {
  return apiHandler<Params>(async ({ req, db, actor, params }) => {
    const ifMatch = req.headers.get("if-match");
    const fromHeader = ifMatch?.match(/^(?:W\/)?"(\d+)"$/);
    if (ifMatch && !fromHeader) return problem(400, 'If-Match must be an ETag from this API, like "3"');
    const version = fromHeader?.[1] ?? new URL(req.url).searchParams.get("version") ?? undefined;
    await remove(db, actor, params.slug, { id: params.id, version });
    return new Response(null, { status: 204 });
  });
}

export function restoreRoute(type: TrashType) {
  return apiHandler<Params>(async ({ db, actor, params }) =>
    Response.json(await restoreRecord(db, actor, params.slug, { type, id: params.id })),
  );
}
