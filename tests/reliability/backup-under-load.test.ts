// A backup taken on PostgreSQL while editors keep writing (through lib, on other connections) is one
// point in time: every claim's version equals its audit trail, its evidence and comments match their
// events, the newest update event matches the row; it restores into a fresh database with every
// foreign key holding, and backing up the restored copy gives the same bytes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { backupWorkspace, restoreWorkspace } from "@/lib/backup";
import { createClaim, updateClaim } from "@/lib/claims";
import { addComment } from "@/lib/comments";
import { addEvidence } from "@/lib/evidence";
import { createSource } from "@/lib/sources";
import { AppError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";

type Row = Record<string, unknown> & { id: string };
const WRITERS = 8;

describe.skipIf(!process.env.TEST_DATABASE_URL)("backup under load on PostgreSQL", () => {
  let t: TestDatabase;
  let copy: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ name: "postgres" });
    copy = await createTestDatabase({ name: "postgres" });
  });
  afterAll(async () => {
    await t?.drop();
    await copy?.drop();
  });

  it("is one consistent snapshot and restores to it exactly", { timeout: 300_000 }, async () => {
    const db = t.prisma;
    const sys = systemActor("test");
    const ws = await makeWorkspace(db);
    const editors = await Promise.all(
      Array.from({ length: WRITERS }, () => makeUser(db, { workspaceId: ws.id, role: "editor" })),
    );
    const sources = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        createSource(db, sys, ws.slug, { title: `Source ${i}`, url: `https://example.org/b/${i}` }),
      ),
    );
    const claims = await Promise.all(
      Array.from({ length: 60 }, (_, i) => createClaim(db, sys, ws.slug, { text: `Claim ${i} under load.` })),
    );

    let stop = false;
    let writes = 0;
    let conflicts = 0;
    const writer = async (n: number) => {
      const actor = editors[n].actor;
      for (let i = 0; !stop; i++) {
        const claim = claims[Math.floor(Math.random() * claims.length)];
        const r = Math.random();
        try {
          if (r < 0.6) {
            const { version } = await db.claim.findUniqueOrThrow({
              where: { id: claim.id },
              select: { version: true },
            });
            await updateClaim(db, actor, ws.slug, claim.id, { version, text: `Writer ${n} edit ${i} of ${claim.id}` });
          } else if (r < 0.85) {
            await addEvidence(db, actor, ws.slug, {
              claimId: claim.id,
              sourceId: sources[i % 4].id,
              stance: "supports",
              locator: `w${n}-${i}`,
            });
          } else {
            await addComment(db, actor, ws.slug, claim.id, { body: `Writer ${n} comment ${i}` });
          }
          writes++;
        } catch (err) {
          if (!(err instanceof AppError && err.code === "conflict")) throw err;
          conflicts++; // someone else's edit came first; the next round reads again
        }
      }
    };
    const running = Promise.all(editors.map((_, n) => writer(n)));
    while (writes < 300) await new Promise((r) => setTimeout(r, 20));

    const lines: string[] = [];
    let writesAtFirstLine = 0;
    const started = Date.now();
    for await (const line of backupWorkspace(db, sys, { workspace: ws.slug })) {
      if (!lines.length) writesAtFirstLine = writes;
      lines.push(line);
    }
    const backupMs = Date.now() - started;
    const writesDuring = writes - writesAtFirstLine;
    const more = writes + 50;
    while (writes < more) await new Promise((r) => setTimeout(r, 20));
    stop = true;
    await running;

    const rows = (type: string) =>
      lines
        .map((l) => JSON.parse(l) as { type: string; data: Row })
        .filter((r) => r.type === type)
        .map((r) => r.data);
    const events = rows("auditEvent");
    const byEntity = (action: string) => {
      const m = new Map<string, Row[]>();
      for (const e of events.filter((e) => e.action === action)) {
        const key = action === "claim.update" ? (e.entityId as string) : ((e.after as Row).claimId as string);
        m.set(key, [...(m.get(key) ?? []), e]);
      }
      return m;
    };
    const [updates, evidenceAdds, commentAdds] = [
      byEntity("claim.update"),
      byEntity("evidence.add"),
      byEntity("comment.add"),
    ];
    const count = (rs: Row[], claimId: string) => rs.filter((r) => r.claimId === claimId).length;
    const [evidence, comments] = [rows("evidence"), rows("comment")];
    const mismatches: string[] = [];
    for (const c of rows("claim")) {
      const ups = (updates.get(c.id) ?? []).sort(
        (a, b) => ((a.after as Row).version as number) - ((b.after as Row).version as number),
      );
      const newest = ups.at(-1)?.after as Row | undefined;
      // Evidence is reviewed content: each link added also moves the claim's version.
      const linked = evidenceAdds.get(c.id)?.length ?? 0;
      if (c.version !== 1 + ups.length + linked)
        mismatches.push(`${c.id}: version ${c.version}, ${ups.length} update and ${linked} evidence events`);
      if (newest && (newest.text !== c.text || (newest.version as number) > (c.version as number)))
        mismatches.push(`${c.id}: row is not its newest update event`);
      if (count(evidence, c.id) !== (evidenceAdds.get(c.id)?.length ?? 0))
        mismatches.push(`${c.id}: evidence rows ≠ evidence events`);
      if (count(comments, c.id) !== (commentAdds.get(c.id)?.length ?? 0))
        mismatches.push(`${c.id}: comments ≠ comment events`);
    }
    const finalEvents = await db.auditEvent.count({ where: { workspaceId: ws.id } });

    const restored = await restoreWorkspace(copy.prisma, sys, lines);
    const brokenKeys = await foreignKeyViolations(copy);
    const again: string[] = [];
    for await (const line of backupWorkspace(copy.prisma, sys, { workspace: ws.slug })) again.push(line);

    console.log(
      `backup under load (postgres): ${WRITERS} writers, ${writes} writes (${conflicts} version conflicts), ${writesDuring} committed while the ${backupMs} ms backup ran; ` +
        `backup ${lines.length - 2} records (${rows("claim").length} claims, ${evidence.length} evidence, ${comments.length} comments, ${events.length} of ${finalEvents} audit events); ` +
        `${mismatches.length} snapshot mismatches; restored ${restored.records} records, ${brokenKeys.checked} foreign keys checked, ${brokenKeys.violations.length} broken; re-backup identical: ${again.join("") === lines.join("")}`,
    );
    expect(writesDuring).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(finalEvents);
    expect(mismatches).toEqual([]);
    expect(brokenKeys.checked).toBeGreaterThan(10);
    expect(brokenKeys.violations).toEqual([]);
    expect(again.join("")).toBe(lines.join(""));
  });
});

/** Every single-column foreign key in the schema, checked row by row. */
async function foreignKeyViolations(d: TestDatabase) {
  const fks = await d.query<{ child: string; col: string; parent: string; pcol: string }>(`
    SELECT c.conrelid::regclass::text AS child, a.attname AS col, c.confrelid::regclass::text AS parent, pa.attname AS pcol
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1`);
  const violations: string[] = [];
  for (const fk of fks) {
    const [{ n }] = await d.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${fk.child} x WHERE x."${fk.col}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE p."${fk.pcol}" = x."${fk.col}")`,
    );
    if (n) violations.push(`${fk.child}.${fk.col} → ${fk.parent}: ${n}`);
  }
  return { checked: fks.length, violations };
}
