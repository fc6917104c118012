// The flash crowd's editor (bench/phases/flash.ts), in its own process so that 200 readers in the
// bench process don't hold up its transactions. Every 5 s from "go": a correction of one claim
// (open → submit → a reviewer approves → publish), then a line "published <n> <wall-clock ms>".
import readline from "node:readline";
import { openDatabase } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { openCorrection, publishClaim, reviewClaim, submitClaim } from "@/lib/review";

const { url, slug, claimId, editor, reviewer, everyMs } = JSON.parse(process.env.FLASH_PUBLISHER!) as {
  url: string;
  slug: string;
  claimId: string;
  editor: { id: string; email: string };
  reviewer: { id: string; email: string };
  everyMs: number;
};
const user = (u: { id: string; email: string }): Actor => ({ kind: "user", userId: u.id, email: u.email });
const database = await openDatabase(url);
const db = database.prisma;
console.log("ready");
const lines = readline.createInterface({ input: process.stdin });
const [, start, end] = (await lines[Symbol.asyncIterator]().next()).value.split(" ").map(Number);
for (let n = 1; start + n * everyMs < end; n++) {
  await new Promise((r) => setTimeout(r, Math.max(0, start + n * everyMs - Date.now())));
  const t0 = Date.now();
  await openCorrection(db, user(editor), slug, claimId);
  await submitClaim(db, user(editor), slug, claimId, {
    confidence: "high",
    rationale: `Flash revision ${n}. New reporting was checked.`,
  });
  await reviewClaim(db, user(reviewer), slug, claimId, { decision: "approve" });
  await publishClaim(db, user(editor), slug, claimId, { why: `Flash correction ${n}.` });
  console.log(`published ${n} ${Date.now()} ${Date.now() - t0}`);
}
await database.close();
process.exit(0);
