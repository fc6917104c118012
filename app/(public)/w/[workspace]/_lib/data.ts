import "server-only";
// Request-scoped loaders: generateMetadata, the layout and the page share one query each (React
// cache), and the database is opened only when a request arrives, never during `next build`.
// Across requests, lib/publishing's cache keeps results until the workspace changes.
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getDb } from "@/lib/db/server";
import {
  cachedPages,
  cachedPublicWorkspace,
  publicClaimantRedirect,
  publicClaimRedirect,
  publicPaths,
} from "@/lib/publishing";

export const loadWorkspace = cache(async (slug: string) => cachedPublicWorkspace(await getDb(), slug));

/** The public workspace, or the 404 page: private and unknown workspaces look the same. */
export async function requireWorkspace(slug: string) {
  const ws = await loadWorkspace(slug);
  if (!ws) notFound();
  return ws;
}

type Db = Awaited<ReturnType<typeof getDb>>;
export type PublicWs = NonNullable<Awaited<ReturnType<typeof loadWorkspace>>>;
/** A record page's params: the workspace and the record's id. */
export type RecordParams = { workspace: string; id: string };

/** A loader of one record of the public workspace by id: null when the workspace or record is not public. */
function recordLoader<T>(read: (db: Db, ws: PublicWs, id: string) => Promise<T | null>) {
  const load = cache(async (slug: string, id: string) => {
    const ws = await loadWorkspace(slug);
    return ws ? read(await getDb(), ws, id) : null;
  });
  return (q: RecordParams) => load(q.workspace, q.id);
}

export const loadClaim = recordLoader(cachedPages.claim);
export const loadDocument = recordLoader(cachedPages.document);
export const loadClaimant = recordLoader(cachedPages.claimant);
export const loadRevisions = recordLoader(cachedPages.revisions);

/** Revision `n` of a claim; `n` comes from the URL, so anything but a plain number is a 404. */
const revision = cache(async (slug: string, id: string, n: string) => {
  const ws = await loadWorkspace(slug);
  if (!ws || !/^[1-9]\d{0,8}$/.test(n)) return null;
  return cachedPages.revision(await getDb(), ws, id, Number(n));
});
export const loadRevision = (q: RecordParams & { n: string }) => revision(q.workspace, q.id, q.n);

/**
 * A record page's workspace and record, or the 404 page. With `merged`, the URL of a claim or
 * claimant merged into another leads to that one (a 308, lib/publishing/merged.ts).
 */
export async function requireRecord<P extends RecordParams, T>(
  params: Promise<P>,
  load: (q: P) => Promise<T | null>,
  merged?: "claim" | "claimant",
): Promise<{ ws: PublicWs; record: T }> {
  const q = await params;
  const ws = await requireWorkspace(q.workspace);
  const record = await load(q);
  if (record) return { ws, record };
  if (merged) {
    const to = await mergeRedirect(ws, merged, q.id);
    if (to) permanentRedirect(publicPaths(ws.slug)[merged](to));
  }
  notFound();
}

async function mergeRedirect(ws: PublicWs, entity: "claim" | "claimant", id: string) {
  const db = await getDb();
  return entity === "claim" ? publicClaimRedirect(db, ws, id) : publicClaimantRedirect(db, ws, id);
}
