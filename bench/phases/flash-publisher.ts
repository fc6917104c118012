// The flash crowd's editor (bench/phases/flash.ts), in its own process so that 200 readers in the
// bench process don't hold up its transactions. Every 5 s from "go": a correction of one claim
// (open → submit → a reviewer approves → publish), then a line "published <n> <wall-clock ms>".
// On PostgreSQL it calls lib as the desk does, beside the server; on PGlite the server owns the
// database, so it goes through the server's API, signed in as the editor and as the reviewer.
import readline from "node:readline";
import { openDatabase } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { openCorrection, publishClaim, reviewClaim, submitClaim } from "@/lib/review";

interface Config {
  url: string;
  slug: string;
  claimId: string;
  editor: { id: string; email: string };
  reviewer: { id: string; email: string };
  everyMs: number;
  /** PGlite: the server's origin and a session cookie for each person. */
  api?: { origin: string; editorCookie: string; reviewerCookie: string };
}
const { url, slug, claimId, editor, reviewer, everyMs, api } = JSON.parse(process.env.FLASH_PUBLISHER!) as Config;

/** One correction, start to publish: through lib (PostgreSQL) or the API (PGlite). */
type Step = (n: number) => Promise<void>;

async function throughLib(): Promise<{ correct: Step; close: () => Promise<void> }> {
  const user = (u: { id: string; email: string }): Actor => ({ kind: "user", userId: u.id, email: u.email });
  const database = await openDatabase(url);
  const db = database.prisma;
  return {
    correct: async (n) => {
      await openCorrection(db, user(editor), slug, claimId);
      await submitClaim(db, user(editor), slug, claimId, {
        confidence: "high",
        rationale: `Flash revision ${n}. New reporting was checked.`,
      });
      await reviewClaim(db, user(reviewer), slug, claimId, { decision: "approve" });
      await publishClaim(db, user(editor), slug, claimId, { why: `Flash correction ${n}.` });
    },
    close: () => database.close(),
  };
}

function throughApi({ origin, editorCookie, reviewerCookie }: NonNullable<Config["api"]>): { correct: Step } {
  const post = async (cookie: string, path: string, body: unknown) => {
    const res = await fetch(`${origin}/api/v1/workspaces/${slug}${path}`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path}: HTTP ${res.status} ${await res.text()}`);
  };
  return {
    correct: async (n) => {
      await post(editorCookie, `/claims/${claimId}/corrections`, {});
      await post(editorCookie, `/claims/${claimId}/submit`, {
        confidence: "high",
        rationale: `Flash revision ${n}. New reporting was checked.`,
      });
      await post(reviewerCookie, `/reviews`, { claimId, decision: "approve" });
      await post(editorCookie, `/claims/${claimId}/publish`, { why: `Flash correction ${n}.` });
    },
  };
}

const editorial = api ? { ...throughApi(api), close: async () => undefined } : await throughLib();
console.log("ready");
const lines = readline.createInterface({ input: process.stdin });
const [, start, end] = (await lines[Symbol.asyncIterator]().next()).value.split(" ").map(Number);
for (let n = 1; start + n * everyMs < end; n++) {
  await new Promise((r) => setTimeout(r, Math.max(0, start + n * everyMs - Date.now())));
  const t0 = Date.now();
  await editorial.correct(n);
  console.log(`published ${n} ${Date.now()} ${Date.now() - t0}`);
}
await editorial.close();
process.exit(0);
