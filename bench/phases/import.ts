// Import of both corpus documents into the big workspace (source dedupe and anchoring run
// against everything already there): median and worst of a few runs, each under a new title.
import fs from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/db";
import { systemActor } from "@/lib/auth/actor";
import { importDocument } from "@/lib/documents";
import { percentile, round, timed } from "../lib/stats";

export const CORPUS_FILES = ["cia-transnational-crime.wikitext", "world-war-drugs.txt"];
const RUNS = 3;

export async function benchImport(database: Database, slug: string) {
  const out: Record<string, { medianMs: number; maxMs: number; kb: number }> = {};
  for (const file of CORPUS_FILES) {
    const text = fs.readFileSync(path.resolve("prisma/demo", file), "utf8");
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const title = `${file} (bench run ${Date.now().toString(36)}-${i})`;
      times.push(
        (
          await timed(() =>
            importDocument(database.prisma, systemActor("bench"), { workspace: slug, title, text, format: "auto" }),
          )
        )[1],
      );
    }
    out[file] = {
      medianMs: round(percentile(times, 50)),
      maxMs: round(Math.max(...times)),
      kb: round(Buffer.byteLength(text) / 1024, 1),
    };
  }
  return out;
}
