// Crash-safety helpers: a large wikitext document whose sources are unique to one attempt, and the
// all-or-none checks run straight against the database after the server was killed.
import type { Database } from "@/lib/db";

export const REFS = 1_000;

/** ~1 MB of wikitext, one new source per <ref>; `tag` makes every attempt's sources its own. */
export function bigWikitext(tag: string): string {
  const parts: string[] = [];
  for (let j = 0; j < REFS; j++) {
    if (j % 50 === 0) parts.push(`\n== Part ${j / 50} ==\n`);
    parts.push(
      `Finding ${j} of the inquiry was reported by several outlets and disputed by officials.` +
        `<ref>{{cite web |url=https://${tag}.example.org/report/${j} |title=Report ${tag} ${j} |publisher=Desk ${j % 7} |date=2001}}</ref> `,
    );
  }
  return parts.join("");
}

export type Outcome = "all" | "none";

/** The document, its version, citations, sources and audit event: all there, or none of them. */
export async function importOutcome(d: Database, workspaceId: string, title: string, tag: string): Promise<Outcome> {
  const docs = await d.query<{ id: string; currentVersionId: string | null }>(
    `SELECT id, "currentVersionId" FROM "Document" WHERE "workspaceId" = $1 AND title = $2`,
    [workspaceId, title],
  );
  const [{ n: sources }] = await d.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Source" WHERE "workspaceId" = $1 AND url LIKE $2`,
    [workspaceId, `https://${tag}.example.org/%`],
  );
  const [{ n: events }] = await d.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'document.import' AND after->>'title' = $1`,
    [title],
  );
  if (!docs.length) {
    if (sources || events)
      throw new Error(`import ${title}: no document, but ${sources} sources and ${events} audit events`);
    return "none";
  }
  const [{ versions, citations }] = await d.query<{ versions: number; citations: number }>(
    `SELECT (SELECT count(*)::int FROM "DocumentVersion" WHERE "documentId" = $1) AS versions,
            (SELECT count(*)::int FROM "Citation" c JOIN "DocumentVersion" v ON v.id = c."documentVersionId" WHERE v."documentId" = $1) AS citations`,
    [docs[0].id],
  );
  const got = { current: !!docs[0].currentVersionId, versions, citations, sources, events };
  const want = { current: true, versions: 1, citations: REFS, sources: REFS, events: 1 };
  if (JSON.stringify(got) !== JSON.stringify(want))
    throw new Error(`import ${title} is half-written: ${JSON.stringify(got)}`);
  return "all";
}

/** Per claim: published with one revision and one publish event at the next version, or still approved with neither. */
export async function publishOutcomes(
  d: Database,
  claimIds: string[],
  approvedVersion: Map<string, number>,
): Promise<Outcome[]> {
  const rows = await d.query<{ id: string; status: string; version: number; revisions: number; events: number }>(
    `SELECT c.id, c.status, c.version,
            (SELECT count(*)::int FROM "ClaimRevision" r WHERE r."claimId" = c.id) AS revisions,
            (SELECT count(*)::int FROM "AuditEvent" e WHERE e."entityId" = c.id AND e.action = 'claim.publish') AS events
     FROM "Claim" c WHERE c.id = ANY($1)`,
    [claimIds],
  );
  if (rows.length !== claimIds.length) throw new Error(`publish: ${claimIds.length - rows.length} claims are missing`);
  return rows.map((r) => {
    const v = approvedVersion.get(r.id)!;
    if (r.status === "published" && r.revisions === 1 && r.events === 1 && r.version === v + 1) return "all";
    if (r.status === "approved" && r.revisions === 0 && r.events === 0 && r.version === v) return "none";
    throw new Error(`publish of claim ${r.id} is half-written: ${JSON.stringify(r)} (approved at version ${v})`);
  });
}
