import "server-only";
// Ids for rows written as SQL, in the format Prisma's @default(cuid()) gives the rest (cuid v1:
// "c", the time in ms, a per-process counter, a process fingerprint, randomness, base 36). They sort
// in creation order within a process, which the claim timeline relies on to order the audit events
// of one transaction (they share `at`).
import crypto from "node:crypto";
import os from "node:os";

const pad = (s: string, n: number) => s.padStart(n, "0").slice(-n);
const BLOCK = 36 ** 4;
const fingerprint =
  pad(process.pid.toString(36), 2) +
  pad([...os.hostname()].reduce((sum, c) => sum + c.charCodeAt(0), os.hostname().length + 36).toString(36), 2);
let counter = 0;
// Random bytes drawn 4 KB at a time: one getrandom call per id was ~4% of a claim write's CPU.
const pool = Buffer.alloc(4096);
let used = pool.length;
function random32(): number {
  if (used + 4 > pool.length) {
    crypto.randomFillSync(pool);
    used = 0;
  }
  used += 4;
  return pool.readUInt32BE(used - 4);
}
const randomBlock = () => pad((random32() % BLOCK).toString(36), 4);

/** A new cuid, as Prisma generates for `@default(cuid())` columns. */
export function newId(): string {
  counter = counter < BLOCK ? counter : 0;
  return `c${Date.now().toString(36)}${pad((counter++).toString(36), 4)}${fingerprint}${randomBlock()}${randomBlock()}`;
}
