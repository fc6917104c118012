// Import throughput for the corpus documents: parse-only and full import (parse + store in one
// transaction) into in-memory PGlite. Prints a table and writes bench/results-import.json.
// Run: npm run bench:import
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { systemActor } from "@/lib/auth/actor";
import { importDocument } from "@/lib/documents";
import { parseDocument } from "@/lib/documents/parse";
import { createWorkspace } from "@/lib/workspaces";

const FILES = ["cia-transnational-crime.wikitext", "world-war-drugs.txt"];
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const database = await openDatabase("pglite:memory");
await migrate(database);
const actor = systemActor("bench");
const rows = [];
for (const file of FILES) {
  const text = fs.readFileSync(path.resolve("prisma/demo", file), "utf8");
  const kb = Buffer.byteLength(text) / 1024;
  for (let i = 0; i < 3; i++) parseDocument(text); // warm-up (JIT, parser caches)
  const parseMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    parseDocument(text);
    parseMs.push(performance.now() - t0);
  }
  const importMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const slug = `bench-${FILES.indexOf(file)}-${i}`;
    await createWorkspace(database.prisma, actor, { slug, name: slug });
    const t0 = performance.now();
    await importDocument(database.prisma, actor, { workspace: slug, text });
    importMs.push(performance.now() - t0);
  }
  rows.push({
    file,
    kb: +kb.toFixed(1),
    parseMsMedian: +median(parseMs).toFixed(1),
    parseKBps: +(kb / (median(parseMs) / 1000)).toFixed(0),
    importMsMedian: +median(importMs).toFixed(1),
    importKBps: +(kb / (median(importMs) / 1000)).toFixed(0),
  });
}
await database.close();

const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus()[0]?.model} ×${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
  runs: RUNS,
  rows,
};
console.table(rows);
fs.writeFileSync(path.resolve("bench/results-import.json"), JSON.stringify(result, null, 2) + "\n");
console.log("wrote bench/results-import.json");
