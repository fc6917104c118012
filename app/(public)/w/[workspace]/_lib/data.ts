import "server-only";
// Request-scoped loaders: generateMetadata, the layout and the page share one query each (React
// cache), and the database is opened only when a request arrives, never during `next build`.
import { cache } from "react";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/server";
import { publicClaim, publicClaimant, publicDocument, publicWorkspace } from "@/lib/publishing";

export const loadWorkspace = cache(async (slug: string) => publicWorkspace(await getDb(), slug));

/** The public workspace, or the 404 page: private and unknown workspaces look the same. */
export async function requireWorkspace(slug: string) {
  const ws = await loadWorkspace(slug);
  if (!ws) notFound();
  return ws;
}

export const loadClaim = cache(async (slug: string, id: string) => {
  const ws = await loadWorkspace(slug);
  return ws ? publicClaim(await getDb(), ws, id) : null;
});

export const loadDocument = cache(async (slug: string, id: string) => {
  const ws = await loadWorkspace(slug);
  return ws ? publicDocument(await getDb(), ws, id) : null;
});

export const loadClaimant = cache(async (slug: string, id: string) => {
  const ws = await loadWorkspace(slug);
  return ws ? publicClaimant(await getDb(), ws, id) : null;
});
