import "server-only";
// Request-scoped loaders: generateMetadata, the layout and the page share one query each (React
// cache), and the database is opened only when a request arrives, never during `next build`.
// Across requests, lib/publishing's cache keeps results until the workspace changes.
import { cache } from "react";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/server";
import { cachedPages, cachedPublicWorkspace, publicClaimantRedirect, publicClaimRedirect } from "@/lib/publishing";

export const loadWorkspace = cache(async (slug: string) => cachedPublicWorkspace(await getDb(), slug));

/** The public workspace, or the 404 page: private and unknown workspaces look the same. */
export async function requireWorkspace(slug: string) {
  const ws = await loadWorkspace(slug);
  if (!ws) notFound();
  return ws;
}

export const loadClaim = cache(async (slug: string, id: string) => {
  const ws = await loadWorkspace(slug);
  return ws ? cachedPages.claim(await getDb(), ws, id) : null;
});

export const loadDocument = cache(async (slug: string, id: string) => {
  const ws = await loadWorkspace(slug);
  return ws ? cachedPages.document(await getDb(), ws, id) : null;
});

export const loadClaimant = cache(async (slug: string, id: string) => {
  const ws = await loadWorkspace(slug);
  return ws ? cachedPages.claimant(await getDb(), ws, id) : null;
});

export const loadRevisions = cache(async (slug: string, id: string) => {
  const ws = await loadWorkspace(slug);
  return ws ? cachedPages.revisions(await getDb(), ws, id) : null;
});

/** Revision `n` of a claim; `n` comes from the URL, so anything but a plain number is a 404. */
export const loadRevision = cache(async (slug: string, id: string, n: string) => {
  const ws = await loadWorkspace(slug);
  if (!ws || !/^[1-9]\d{0,8}$/.test(n)) return null;
  return cachedPages.revision(await getDb(), ws, id, Number(n));
});

/** Where a merged claim's or claimant's URL leads now (a 308), or null for a plain 404. */
export async function loadMergeRedirect(slug: string, entity: "claim" | "claimant", id: string) {
  const ws = await loadWorkspace(slug);
  if (!ws) return null;
  const db = await getDb();
  return entity === "claim" ? publicClaimRedirect(db, ws, id) : publicClaimantRedirect(db, ws, id);
}
