// The permission matrix's CLI column run as the real process (bin/corroborate.mjs), on an embedded
// database on disk and on PostgreSQL: every command that writes goes through lib, so an allowed
// call adds an audit event, and a refused one (a review `--as` a member whose role may not, or
// without `--as`: the system actor does not review) exits ≠ 0 with one line and writes nothing.
// permissions.test.ts runs the CLI's actor through every lib row; this runs the commands.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { openDatabase, type Database } from "@/lib/db";
import { deleteClaim } from "@/lib/trash";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { audits, snapshot } from "./snapshot";
import { buildWorld, type World } from "./world";
import { runCli } from "../support/cli";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type T = any;
interface CliRow {
  name: string;
  prepare?: (w: World) => Promise<T>;
  args: (w: World, t: T) => string[];
  /** Allowed: exit 0. Refused: exit 1 and nothing written. */
  allowed: boolean;
  writes: boolean;
}

const uid = () => crypto.randomBytes(4).toString("hex");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-cli-matrix-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const verdict = (w: World) => ["--verdict", w.ratings[1].label, "--confidence", "high", "--rationale", "The ledgers."];
const review = (sub: string, as: (w: World) => string | null, extra: (w: World) => string[] = () => []) => ({
  args: (w: World, t: T) => [
    "review",
    sub,
    t.id,
    "--workspace",
    w.slug,
    ...(as(w) ? ["--as", as(w)!] : []),
    ...extra(w),
  ],
});

export const CLI_ROWS: CliRow[] = [
  {
    name: "workspace add",
    allowed: true,
    writes: true,
    args: () => ["workspace", "add", "--slug", `cli-${uid()}`, "--name", "CLI desk"],
  },
  {
    name: "workspace set",
    allowed: true,
    writes: true,
    args: (w) => ["workspace", "set", "--slug", w.slug, "--publish-dissent", "on"],
  },
  {
    name: "user add",
    allowed: true,
    writes: true,
    args: (w) => [
      "user",
      "add",
      "--email",
      `cli-${uid()}@example.test`,
      "--password",
      "a long enough passphrase",
      "--workspace",
      w.slug,
      "--role",
      "editor",
    ],
  },
  {
    name: "import",
    allowed: true,
    writes: true,
    args: (w) => {
      const file = path.join(tmp, `memo-${uid()}.txt`);
      fs.writeFileSync(file, `Memo\n\nThe shipments went through the base ${uid()}.\n`);
      return ["import", file, "--workspace", w.slug];
    },
  },
  {
    name: "claims add",
    allowed: true,
    writes: true,
    args: (w) => ["claims", "add", "--workspace", w.slug, "--text", `CLI claim ${uid()}: the books were kept twice.`],
  },
  {
    name: "claims list",
    allowed: true,
    writes: false,
    args: (w) => ["claims", "list", "--workspace", w.slug, "--format", "json"],
  },
  {
    name: "sources add",
    allowed: true,
    writes: true,
    args: (w) => ["sources", "add", "--workspace", w.slug, "--title", `CLI source ${uid()}`],
  },
  {
    name: "sources rate",
    allowed: true,
    writes: true,
    prepare: (w) => w.fx.source(),
    args: (w, s) => [
      "sources",
      "rate",
      s.id,
      "--workspace",
      w.slug,
      "--version",
      String(s.version),
      "--reliability",
      "2",
      "--rationale",
      "Partisan.",
    ],
  },
  {
    name: "evidence add",
    allowed: true,
    writes: true,
    prepare: (w) => w.fx.draft(),
    args: (w, c) => [
      "evidence",
      "add",
      "--workspace",
      w.slug,
      "--claim",
      c.id,
      "--source",
      w.citedSource.id,
      "--stance",
      "supports",
    ],
  },
  {
    name: "review submit --as its author",
    allowed: true,
    writes: true,
    prepare: (w) => w.fx.draft(),
    ...review("submit", (w) => w.author.user.email, verdict),
  },
  {
    name: "review approve --as a reviewer",
    allowed: true,
    writes: true,
    prepare: (w) => w.fx.inReview(),
    ...review("approve", (w) => w.checker.user.email),
  },
  {
    name: "review approve --as a contributor",
    allowed: false,
    writes: true,
    prepare: (w) => w.fx.inReview(),
    ...review("approve", (w) => w.members.contributor.user.email),
  },
  {
    name: "review approve --as another workspace's owner",
    allowed: false,
    writes: true,
    prepare: (w) => w.fx.inReview(),
    ...review("approve", (w) => w.outsider.user.email),
  },
  {
    name: "review approve without --as (the system actor)",
    allowed: false,
    writes: true,
    prepare: (w) => w.fx.inReview(),
    ...review("approve", () => null),
  },
  {
    name: "review publish --as an editor",
    allowed: true,
    writes: true,
    prepare: (w) => w.fx.approved(),
    ...review("publish", (w) => w.members.editor.user.email),
  },
  {
    name: "review publish --as a contributor",
    allowed: false,
    writes: true,
    prepare: (w) => w.fx.approved(),
    ...review("publish", (w) => w.members.contributor.user.email),
  },
  {
    name: "trash list",
    allowed: true,
    writes: false,
    args: (w) => ["trash", "list", "--workspace", w.slug],
  },
  {
    name: "trash restore",
    allowed: true,
    writes: true,
    prepare: async (w) => {
      const c = await w.fx.draft();
      await deleteClaim(w.db, systemActor("fixture"), w.slug, { id: c.id });
      return c;
    },
    args: (w, c) => ["trash", "restore", c.id, "--workspace", w.slug],
  },
  {
    name: "trash purge",
    allowed: true,
    writes: true,
    args: (w) => ["trash", "purge", "--workspace", w.slug, "--older-than", "30d"],
  },
  {
    name: "export --format json",
    allowed: true,
    writes: false,
    args: (w) => ["export", "--workspace", w.slug, "--format", "json"],
  },
];

describe.each(DB_TARGETS)("the CLI column as the real process on $name", (target) => {
  let url: string;
  let pg: TestDatabase | undefined;
  const argv: string[][] = [];
  /** The state before the next row's command: after the fixtures, then after each command. */
  let last: string;
  /** The test's own reads; on PGlite the database is closed while the CLI runs (one process a directory). */
  async function open<R>(fn: (d: Database) => Promise<R>): Promise<R> {
    if (pg) return fn(pg);
    const d = await openDatabase(url);
    try {
      return await fn(d);
    } finally {
      await d.close();
    }
  }
  beforeAll(async () => {
    if (target.name === "postgres") pg = await createTestDatabase(target);
    url = pg?.url ?? `pglite:${path.join(tmp, "db")}`;
    await open(async (d) => {
      if (!pg) await migrate(d);
      const w = await buildWorld(d.prisma);
      for (const row of CLI_ROWS) argv.push(row.args(w, row.prepare ? await row.prepare(w) : undefined));
      last = await snapshot(d.prisma);
    });
  });
  afterAll(async () => pg?.drop());

  CLI_ROWS.forEach((row, i) => {
    it(
      row.name,
      async () => {
        const r = runCli(url, argv[i]);
        const before = last;
        const after = (last = await open((d) => snapshot(d.prisma)));
        if (row.allowed) {
          expect(r.code, r.stderr).toBe(0);
          if (row.writes) expect(audits(after), "an audit event").toBeGreaterThan(audits(before));
          else expect(after, "a read writes nothing").toBe(before);
        } else {
          expect(r.code).toBe(1);
          expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^corroborate: /)]);
          expect(after, "a refusal writes nothing").toBe(before);
        }
      },
      180_000,
    );
  });
});
