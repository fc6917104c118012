import "server-only";
// Public pages are read far more often than anything changes (a viral verdict), so what they read
// is kept in memory under the workspace's change counter (Workspace.changeSeq, bumped at the
// commit of every audited change by a trigger): each request costs one indexed lookup of the
// counter, and any change anywhere in the workspace retires every entry at once, on every app
// instance. Only public data goes in: entries are the results of the public loaders themselves.
import { LRUCache } from "lru-cache";
import type { Db } from "@/lib/db";
import { publicClaim } from "./claim";
import { publicClaimant } from "./claimant";
import { publicDocument } from "./document";
import { publicDocuments, publicHome } from "./home";
import { publicClaimants, publicVerdicts, type VerdictsInput } from "./indexes";
import { publicCorrections, publicRevision, publicRevisions } from "./record";
import { publicSearch, searchFacets, searchInput, type FacetSelection, type SearchInput } from "./search";
import { publicWorkspace, type PublicWorkspace } from "./workspace";

const MAX_BYTES = Number(process.env.PUBLIC_CACHE_MB ?? 64) * 2 ** 20;

// Sizes are estimated once, when an entry is stored, from its JSON (dates and all).
const entries = new LRUCache<string, { value: unknown }>({
  maxSize: Math.max(1, MAX_BYTES),
  sizeCalculation: (e) => Math.max(1, JSON.stringify(e.value)?.length ?? 1),
});
// One load per key at a time: a burst of requests for a cold page waits for the same query.
const pending = new Map<string, Promise<unknown>>();
const stamps = new WeakMap<PublicWorkspace, string>();

async function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (MAX_BYTES <= 0) return load();
  const hit = entries.get(key);
  if (hit) return hit.value as T;
  const inflight = pending.get(key);
  if (inflight) return inflight as Promise<T>;
  const p = load().then(
    (value) => {
      entries.set(key, { value });
      pending.delete(key);
      return value;
    },
    (err) => {
      pending.delete(key);
      throw err;
    },
  );
  pending.set(key, p);
  return p;
}

/** The public workspace (null when missing or private), from memory unless something changed. */
export async function cachedPublicWorkspace(db: Db, slug: string): Promise<PublicWorkspace | null> {
  const [row] = await db.$queryRaw<
    { id: string; changeSeq: number }[]
  >`SELECT id, "changeSeq" FROM "Workspace" WHERE slug = ${slug} AND "isPublic"`;
  if (!row) return null;
  const stamp = `${row.id}:${row.changeSeq}`;
  const ws = await remember(`${stamp}|workspace`, () => publicWorkspace(db, slug));
  if (ws) stamps.set(ws, stamp);
  return ws;
}

/** A public loader's result for this workspace state; `key` names the loader and its arguments. */
export function cachedPublic<T>(ws: PublicWorkspace, key: string, load: () => Promise<T>): Promise<T> {
  const stamp = stamps.get(ws);
  return stamp ? remember(`${stamp}|${key}`, load) : load();
}

/** The public loaders behind the pages, each through the cache. */
export const cachedPages = {
  claim: (db: Db, ws: PublicWorkspace, id: string) => cachedPublic(ws, `claim:${id}`, () => publicClaim(db, ws, id)),
  document: (db: Db, ws: PublicWorkspace, id: string) =>
    cachedPublic(ws, `document:${id}`, () => publicDocument(db, ws, id)),
  claimant: (db: Db, ws: PublicWorkspace, id: string) =>
    cachedPublic(ws, `claimant:${id}`, () => publicClaimant(db, ws, id)),
  home: (db: Db, ws: PublicWorkspace) => cachedPublic(ws, "home", () => publicHome(db, ws)),
  documents: (db: Db, ws: PublicWorkspace, page: number) =>
    cachedPublic(ws, `documents:${page}`, () => publicDocuments(db, ws, page)),
  // Keyed by the selection only (not the rest of the query), so most pages share one entry.
  facets: (db: Db, ws: PublicWorkspace, selected: FacetSelection = {}) => {
    const { claimant, document, tag } = selected;
    const key = JSON.stringify([claimant ?? null, document ?? null, tag ?? null]);
    return cachedPublic(ws, `facets:${key}`, () => searchFacets(db, ws, { claimant, document, tag }));
  },
  revisions: (db: Db, ws: PublicWorkspace, id: string) =>
    cachedPublic(ws, `revisions:${id}`, () => publicRevisions(db, ws, id)),
  revision: (db: Db, ws: PublicWorkspace, id: string, n: number) =>
    cachedPublic(ws, `revision:${id}:${n}`, () => publicRevision(db, ws, id, n)),
  corrections: (db: Db, ws: PublicWorkspace, page: number) =>
    cachedPublic(ws, `corrections:${page}`, () => publicCorrections(db, ws, page)),
  claimants: (db: Db, ws: PublicWorkspace, page: number) =>
    cachedPublic(ws, `claimants:${page}`, () => publicClaimants(db, ws, page)),
  // Callers pass parsed input (parseVerdictsQuery), so equal filters share one entry.
  verdicts: (db: Db, ws: PublicWorkspace, input: VerdictsInput) =>
    cachedPublic(ws, `verdicts:${JSON.stringify(input)}`, () => publicVerdicts(db, ws, input)),
  search: (db: Db, ws: PublicWorkspace, raw: SearchInput) =>
    cachedPublic(ws, `search:${JSON.stringify(searchInput.parse(raw))}`, () => publicSearch(db, ws, raw)),
};
