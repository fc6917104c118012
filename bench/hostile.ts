// Hostile inputs (issue 22): each document the issue found stalling the server, and kin, parsed
// by the importer it targets. Prints each parse time in process (or the limit error that refused
// it), then the same through the import path's parse worker with the longest stall of the calling
// thread meanwhile, and writes bench/results-hostile.json. Figures only; the tests check behaviour, not time.
// Run: npm run bench:hostile  (BENCH_HOSTILE_ONLY=name,name to pick; BENCH_HOSTILE_SCALE=0.25 to shrink)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { extractCapture } from "@/lib/capture/extract";
import { extractCaptureBounded } from "@/lib/capture/extract-bounded";
import { parseDocument } from "@/lib/documents/parse";
import { parseDocumentBounded, parseWorkers } from "@/lib/documents/parse-pool";
import { AppError } from "@/lib/errors";

const SCALE = Number(process.env.BENCH_HOSTILE_SCALE ?? 1);
const n = (x: number) => Math.max(1, Math.round(x * SCALE));

type Format = "auto" | "wikitext" | "endnotes" | "markdown" | "text";
export const HOSTILE: { name: string; format: Format; make: () => string }[] = [
  { name: "brackets [a ×64,000 (auto)", format: "auto", make: () => "[a".repeat(n(64_000)) },
  { name: "images ![ ×50,000 (markdown)", format: "markdown", make: () => "![".repeat(n(50_000)) },
  {
    name: "templates {{a| nested ×20,000 (wikitext)",
    format: "wikitext",
    make: () => "{{a|".repeat(n(20_000)) + "x" + "}}".repeat(n(20_000)),
  },
  { name: "templates {{a| unclosed ×20,000 (wikitext)", format: "wikitext", make: () => "{{a|".repeat(n(20_000)) },
  {
    name: "footnotes ×4,000 (markdown)",
    format: "markdown",
    make: () =>
      Array.from({ length: n(4000) }, (_, i) => `Claim ${i}.[^${i}]`).join(" ") +
      "\n\n" +
      Array.from({ length: n(4000) }, (_, i) => `[^${i}]: Source ${i}, p. ${i}.`).join("\n"),
  },
  {
    name: "identical <ref> ×50,000 (wikitext)",
    format: "wikitext",
    make: () => "Text.<ref>{{cite web|title=Same|url=https://example.org/a}}</ref>\n".repeat(n(50_000)),
  },
  {
    name: "distinct <ref> ×50,000 (wikitext)",
    format: "wikitext",
    make: () =>
      Array.from(
        { length: n(50_000) },
        (_, i) => `Claim ${i}.<ref>{{cite web|title=Source ${i}|url=https://example.org/${i}}}</ref>`,
      ).join("\n"),
  },
  { name: "deep quotes > ×100,000 (markdown)", format: "markdown", make: () => ">".repeat(n(100_000)) + " x" },
  {
    name: "nested lists ×5,000 (markdown)",
    format: "markdown",
    make: () => Array.from({ length: n(5000) }, (_, i) => " ".repeat((i % 200) * 2) + "- x").join("\n"),
  },
  { name: "emphasis *×100,000 (markdown)", format: "markdown", make: () => "*".repeat(n(100_000)) + "a" },
  { name: "one 5 MB line (text)", format: "text", make: () => "word ".repeat(n(1_000_000)) },
  {
    name: "endnote markers [1] ×200,000 (endnotes)",
    format: "endnotes",
    make: () => "Claim.[1] ".repeat(n(200_000)) + "\nNotes:\n1. A source.",
  },
  { name: "wikitext links [[ ×100,000", format: "wikitext", make: () => "[[".repeat(n(100_000)) },
  {
    name: "wikitext headings ×50,000",
    format: "wikitext",
    make: () => Array.from({ length: n(50_000) }, (_, i) => `== H${i} ==\nx`).join("\n"),
  },
  // At the limits (lib/documents/parse/limits.ts): what a legitimate but large document costs.
  {
    name: "2,000 distinct <ref>s, at the limit (wikitext)",
    format: "wikitext",
    make: () =>
      Array.from(
        { length: n(2000) },
        (_, i) =>
          `Claim ${i} is stated here.<ref>{{cite web|title=Source ${i}|url=https://example.org/${i}|publisher=P${i % 50}}}</ref>`,
      ).join("\n"),
  },
  {
    name: "2,000 headings, at the limit (wikitext)",
    format: "wikitext",
    make: () => Array.from({ length: n(2000) }, (_, i) => `== Heading ${i} ==\nParagraph ${i} of text.`).join("\n"),
  },
  {
    name: "templates nested 40, ×1,000 (wikitext)",
    format: "wikitext",
    make: () => ("{{a|".repeat(40) + "x" + "}}".repeat(40) + "\n").repeat(n(1000)),
  },
  {
    name: "10,000 flat templates, at the limit (wikitext)",
    format: "wikitext",
    make: () => "Text {{convert|1|km}} more.\n".repeat(n(10_000)),
  },
  {
    name: "2,000 footnotes, at the limit (markdown)",
    format: "markdown",
    make: () =>
      Array.from({ length: n(2000) }, (_, i) => `Claim ${i}.[^${i}]`).join(" ") +
      "\n\n" +
      Array.from(
        { length: n(2000) },
        (_, i) => `[^${i}]: Author ${i}, “Title ${i},” Publisher, 2001, https://example.org/${i}.`,
      ).join("\n"),
  },
  { name: "[a ×20,000 on one line, at the limit (markdown)", format: "markdown", make: () => "[a".repeat(n(20_000)) },
  {
    name: "templates nested 20, ×500, at the limit (wikitext)",
    format: "wikitext",
    make: () => ("{{a|".repeat(20) + "x" + "}}".repeat(20) + "\n").repeat(n(500)),
  },
  { name: "combining marks ×500,000 (text)", format: "text", make: () => "a" + "\u0301".repeat(n(500_000)) },
];

/** The longest the calling thread stalls (event-loop delay) while the import path parses `text` in its worker. */
async function stallDuring(
  text: string,
  format: Format,
): Promise<{ stallMs: number; boundedMs: number; bounded: string }> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const t0 = performance.now();
  let bounded = "parsed";
  await parseDocumentBounded(text, format).catch((err: unknown) => (bounded = `refused: ${(err as Error).message}`));
  const boundedMs = performance.now() - t0;
  h.disable();
  return { stallMs: Math.round(h.max / 1e6), boundedMs: Math.round(boundedMs), bounded };
}

export async function runHostile(only?: string[]) {
  const rows: {
    name: string;
    format: Format;
    bytes: number;
    ms: number;
    outcome: string;
    workerMs: number;
    stallMs: number;
    workerOutcome: string;
  }[] = [];
  for (const h of HOSTILE) {
    if (only?.length && !only.some((o) => h.name.includes(o))) continue;
    const text = h.make();
    const t0 = performance.now();
    let outcome: string;
    try {
      const doc = parseDocument(text, h.format);
      outcome = `parsed: ${doc.citations.length} citations, ${doc.sections.length} sections${doc.warnings.length ? `, ${doc.warnings.length} warnings` : ""}`;
    } catch (err) {
      outcome = err instanceof AppError ? `refused: ${err.message}` : `threw: ${(err as Error).message}`;
    }
    const ms = performance.now() - t0;
    const w = await stallDuring(text, h.format);
    rows.push({
      name: h.name,
      format: h.format,
      bytes: Buffer.byteLength(text),
      ms: Math.round(ms),
      outcome,
      workerMs: w.boundedMs,
      stallMs: w.stallMs,
      workerOutcome: w.bounded,
    });
    console.log(
      `${h.name.padEnd(50)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KB  parse ${ms.toFixed(0).padStart(6)} ms  worker ${String(w.boundedMs).padStart(6)} ms  stall ${String(w.stallMs).padStart(4)} ms  ${outcome.slice(0, 80)}`,
    );
  }
  return rows;
}

/** How long a one-line import waits while a big one parses (PARSE_WORKERS at a time). */
async function smallDuringBig(): Promise<{ workers: number; bigMs: number; smallMs: number }> {
  await Promise.all(Array.from({ length: parseWorkers() }, () => parseDocumentBounded("warm-up", "text")));
  const big = HOSTILE.find((h) => h.name.startsWith("10,000 flat templates"))!.make();
  const t0 = performance.now();
  const bigDone = parseDocumentBounded(big, "wikitext").then(
    () => performance.now() - t0,
    () => performance.now() - t0,
  );
  await new Promise((r) => setTimeout(r, 20)); // the big one is in its worker
  const t1 = performance.now();
  await parseDocumentBounded("One small document.", "text");
  const smallMs = performance.now() - t1;
  return { workers: parseWorkers(), bigMs: Math.round(await bigDone), smallMs: Math.round(smallMs) };
}

/** Captured pages (issue 19): Readability in process, then through the capture's extraction worker with the stall meanwhile. */
async function captureExtraction() {
  const para =
    "<p>The committee found that individuals in the Contras were involved in trafficking. <a href='/x'>x</a></p>\n";
  const rows: { mb: number; inProcessMs: number; workerMs: number; stallMs: number; text: boolean }[] = [];
  for (const mb of [0.25, 1, 5].map((x) => x * SCALE)) {
    const body = Buffer.from(
      `<!doctype html><html><body><article>${para.repeat(Math.max(1, Math.floor((mb * 1048576) / para.length)))}</article></body></html>`,
    );
    const t0 = performance.now();
    extractCapture(body, "text/html; charset=utf-8", "https://example.org/");
    const inProcessMs = Math.round(performance.now() - t0);
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const t1 = performance.now();
    const r = await extractCaptureBounded(body, "text/html; charset=utf-8", "https://example.org/", 120_000);
    const workerMs = Math.round(performance.now() - t1);
    h.disable();
    rows.push({ mb, inProcessMs, workerMs, stallMs: Math.round(h.max / 1e6), text: !!r.text });
    console.log(
      `capture extraction ${mb} MB HTML: in process ${inProcessMs} ms, in its worker ${workerMs} ms with a longest stall of ${Math.round(h.max / 1e6)} ms`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("hostile.ts")) {
  const only = process.env.BENCH_HOSTILE_ONLY?.split(",").filter(Boolean);
  // Warm the worker (tsx start-up) so the first row's figures are the parse's, not the start's.
  await parseDocumentBounded("warm-up", "text");
  const rows = await runHostile(only);
  const concurrency = await smallDuringBig();
  const captures = await captureExtraction();
  console.log(
    `pool (${concurrency.workers} workers): a one-line import took ${concurrency.smallMs} ms while a ${concurrency.bigMs} ms import parsed beside it`,
  );
  const out = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: os.loadavg(),
    scale: SCALE,
    goalMs: 1000,
    stallGoalMs: 200,
    rows,
    concurrency,
    captures,
  };
  fs.writeFileSync(path.resolve("bench/results-hostile.json"), JSON.stringify(out, null, 2) + "\n");
  console.log(
    `${rows.filter((r) => r.ms > 1000).length} of ${rows.length} parses over the 1 s goal; longest stall of the calling thread ${Math.max(...rows.map((r) => r.stallMs))} ms (goal 200 ms); wrote bench/results-hostile.json`,
  );
}
