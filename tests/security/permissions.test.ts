// The permission matrix (matrix.ts) executed for real: every row × every subject, on PGlite and
// PostgreSQL. API rows go through the real route handler with a real Request — a signed
// next-auth session cookie, a Bearer token or nothing — as Next calls it. Server
// action rows run the real action (actions/<area>.ts) for the signed-in and anonymous subjects,
// with the session module answering the subject's actor (tokens never reach a server action, so
// token subjects and lib extras call the lib function). The CLI column runs as the CLI's system
// actor. A refusal must write nothing.
import crypto from "node:crypto";
import { pathToFileURL } from "node:url";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { errorResponse } from "@/lib/api/problem";
import { anonymous, type Actor } from "@/lib/auth/actor";
import { ErrorCode } from "@/lib/errors";
import { defineAction, type ActionResult } from "@/lib/http/action";
import { actorFromToken } from "@/lib/auth/tokens";
import { cliActor } from "@/bin/commands/util";
import { useAppDatabase } from "../support/app-database";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { discoverActions, discoverRoutes, routeFor } from "./discover";
import { CLI_ROW, DENY, ROWS, type Row } from "./matrix";
import { ACTION_CALLS, type ActionCall } from "./matrix-actions";
import { audits, snapshot as takeSnapshot } from "./snapshot";
import { buildWorld, SUBJECTS, type Subject, type World } from "./world";

// What a server action sees of the request: its actor, and the app's database handle (the test's).
const request = vi.hoisted(() => ({ actor: undefined as unknown }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  currentActor: async () => request.actor,
}));
vi.mock("@/lib/db/server", () => import("../support/app-database"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

describe("permission matrix table", () => {
  it("has a row for every API route method and server action, and none for what is gone", () => {
    const discovered = [...discoverRoutes(), ...discoverActions()];
    const keys = ROWS.map((r) => r.key);
    expect(new Set(keys).size, "keys are unique").toBe(keys.length);
    expect(
      discovered.filter((k) => !keys.includes(k)),
      "routes/actions without a row in tests/security/matrix.ts",
    ).toEqual([]);
    expect(
      keys.filter((k) => !/^(lib|cli):/.test(k) && !discovered.includes(k)),
      "rows for routes/actions that no longer exist",
    ).toEqual([]);
    expect(discovered.length).toBeGreaterThan(50);
    const actionRows = keys.filter((k) => discoverActions().includes(k) && !ROWS.find((r) => r.key === k)!.exempt);
    expect(
      actionRows.filter((k) => !ACTION_CALLS[k]),
      "action rows without a call in tests/security/matrix-actions.ts",
    ).toEqual([]);
  });
});

const isToken = (s: Subject) => s === "readToken" || s === "revokedToken";
const expected = (row: Row, s: Subject) => (row.allow.includes(s) ? (row.ok ?? 200) : (row.deny?.[s] ?? DENY[s]));

describe.each(DB_TARGETS)("permission matrix on $name", (target) => {
  let t: TestDatabase;
  let w: World;
  let viaHandler = 0;
  const cookies: Partial<Record<Subject, string>> = {};
  let cells = 0;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    // The route handlers' and actions' database (lib/db/server, mocked above) is this test database.
    useAppDatabase(t);
    w = await buildWorld(t.prisma);
    // next-auth signs and reads session cookies with this secret.
    process.env.NEXTAUTH_SECRET ??= crypto.randomBytes(32).toString("base64");
    process.env.NEXTAUTH_URL ??= "http://localhost";
    for (const [s, a] of Object.entries(w.actors)) {
      if (a.kind === "user")
        cookies[s as Subject] =
          `next-auth.session-token=${await encode({ token: { sub: a.userId, email: a.email }, secret: process.env.NEXTAUTH_SECRET })}`;
    }
  });
  afterAll(async () => {
    console.log(
      `permission matrix on ${target.name}: ${ROWS.length} rows, ${cells} cells executed (${viaHandler} through route handlers)`,
    );
    await t?.drop();
  });

  const snapshot = () => takeSnapshot(t.prisma);

  async function actorOf(s: Subject): Promise<Actor> {
    return isToken(s) ? actorFromToken(t.prisma, w.secrets[s]!) : w.actors[s]!;
  }

  async function viaLib(row: Row, actor: () => Promise<Actor>, target: unknown): Promise<number> {
    try {
      await row.lib(w, await actor(), target);
      return row.ok ?? 200;
    } catch (err) {
      return errorResponse(err).status;
    }
  }

  /** The real server action as a browser would call it; refusals mapped like the API's statuses. */
  async function viaAction(row: Row, call: ActionCall, actor: Actor, target: unknown): Promise<number> {
    request.actor = actor;
    let res: ActionResult<unknown>;
    try {
      res = await call(w, target);
    } catch (err) {
      // Next's redirect() after a successful import is a throw Next turns into a navigation.
      if (String((err as { digest?: unknown })?.digest ?? "").startsWith("NEXT_REDIRECT")) return row.ok ?? 200;
      throw err;
    }
    return res.ok ? (row.ok ?? 200) : ErrorCode[res.code];
  }

  /** `foreign`: the subject names this workspace's record under their own workspace's slug. */
  async function throughHandler(row: Row, s: Subject, target: unknown, foreign = false): Promise<number> {
    const own = row.http!.path(w, target);
    const path = foreign ? own.replace(`/workspaces/${w.slug}/`, `/workspaces/${w.other.slug}/`) : own;
    const { method, file, params } = routeFor(row.key, path);
    const mod = (await import(pathToFileURL(file).href)) as Record<
      string,
      (req: Request, ctx: { params: Promise<unknown> }) => Promise<Response>
    >;
    const body = row.http!.body?.(w, target);
    const headers: Record<string, string> = body === undefined ? {} : { "content-type": "application/json" };
    if (isToken(s)) headers.authorization = `Bearer ${w.secrets[s]}`;
    if (cookies[s]) headers.cookie = cookies[s]!;
    const req = new Request(`http://localhost${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const res = await mod[method](req, { params: Promise.resolve(params) });
    await res.arrayBuffer(); // an export streams: read it to the end
    viaHandler++;
    return res.status;
  }

  /** Every subject × this row; what went wrong, one line each. `call` overrides the row's action. */
  async function checkRow(row: Row, call: ActionCall | undefined = ACTION_CALLS[row.key]): Promise<string[]> {
    {
      const problems: string[] = [];
      const subjects: (Subject | typeof CLI_ROW.key)[] = [...SUBJECTS, CLI_ROW.key];
      // A refusal changes nothing (checked), so the refused subjects share one fixture; each
      // allowed one gets its own.
      const shared = row.prepare ? await row.prepare(w) : undefined;
      for (const s of subjects) {
        const refused = s !== "cli" && expected(row, s) >= 300;
        const target = row.prepare && !refused ? await row.prepare(w) : shared;
        const before = await snapshot();
        const auditsBefore = audits(before);
        const handler = row.http && s !== "cli";
        const session = call && s !== "cli" && !isToken(s as Subject);
        const status = handler
          ? await throughHandler(row, s as Subject, target)
          : session
            ? await viaAction(row, call, w.actors[s as Subject] ?? anonymous, target)
            : await viaLib(row, () => (s === "cli" ? Promise.resolve(cliActor) : actorOf(s)), target);
        cells++;
        const want = s === "cli" ? (row.cli ?? row.ok ?? 200) : expected(row, s);
        if (status !== want) problems.push(`${s}: got ${status}, expected ${want}`);
        const after = await snapshot();
        const allowed = want < 300;
        if (allowed && row.writes && audits(after) <= auditsBefore)
          problems.push(`${s}: allowed but wrote no audit event`);
        if ((!allowed || !row.writes) && after !== before)
          problems.push(`${s}: ${allowed ? "a read" : "refused but"} changed the database (${before} → ${after})`);
      }
      // Another workspace's owner, asking their own workspace for this workspace's record: 404.
      // (A refusal like the others: `shared` is left as it was.)
      if (row.http && row.key.includes("[id]")) {
        const before = await snapshot();
        const status = await throughHandler(row, "outsider", shared, true);
        cells++;
        if (status !== (row.foreign ?? 404))
          problems.push(
            `another workspace's owner, by id under their own slug: got ${status}, expected ${row.foreign ?? 404}`,
          );
        if ((await snapshot()) !== before) problems.push("another workspace's owner changed the database");
      }
      return problems;
    }
  }

  for (const row of ROWS.filter((r) => !r.exempt)) {
    it(row.key, async () => {
      const problems = await checkRow(row);
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }

  // The matrix must catch an action that stops calling lib: this one edits the claim itself,
  // skipping lib's permission check, and the same row's check fails for it.
  it("fails a server action that skips lib", async () => {
    const broken = defineAction(z.object({ slug: z.string(), claimId: z.string() }), async ({ claimId }, { db }) =>
      db.claim.update({
        where: { id: claimId },
        data: { text: "Rewritten without asking lib.", version: { increment: 1 } },
      }),
    );
    const row = ROWS.find((r) => r.key === "actions/claims.ts#updateClaimAction")!;
    const problems = await checkRow(row, (w2, t2) => broken({ slug: w2.slug, claimId: t2.id }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^anonymous: got 200, expected 401/),
        expect.stringMatching(/^reviewer: got 200, expected 403/),
      ]),
    );
  });
});
