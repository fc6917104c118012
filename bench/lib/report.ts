// The results files: bench/results.json (every figure of every run, newest per db × N × key),
// bench/RESULTS.md (the table, with goals and the slowest plans) and bench/growth.svg (how
// each figure grows with N, log–log, one panel per figure).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Figure } from "./stats";
import { ROOT } from "./server";

export interface Results {
  machine: string;
  figures: Figure[];
  plans: { db: string; claims: number; what: string; query: string; plan: string }[];
  notes: Record<string, unknown>;
}

const FILE = path.join(ROOT, "bench/results.json");

export function machine() {
  return `${os.cpus()[0]?.model ?? "cpu"} ×${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function loadResults(): Results {
  if (!fs.existsSync(FILE)) return { machine: machine(), figures: [], plans: [], notes: {} };
  return JSON.parse(fs.readFileSync(FILE, "utf8")) as Results;
}

/** Replaces the figures (and plans) of the db × N just measured, keeps the others. */
export function mergeResults(
  old: Results,
  fresh: Figure[],
  plans: Results["plans"],
  notes: Record<string, unknown>,
): Results {
  const keys = new Set(fresh.map((f) => `${f.db}|${f.claims}|${f.key}`));
  const runs = new Set(plans.map((p) => `${p.db}|${p.claims}|${p.what}`));
  return {
    machine: machine(),
    figures: [...old.figures.filter((f) => !keys.has(`${f.db}|${f.claims}|${f.key}`)), ...fresh].sort(
      (a, b) => a.db.localeCompare(b.db) || a.claims - b.claims || a.key.localeCompare(b.key),
    ),
    plans: [...old.plans.filter((p) => !runs.has(`${p.db}|${p.claims}|${p.what}`)), ...plans],
    notes: { ...old.notes, ...notes },
  };
}

const fmt = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x)
    ? ""
    : Math.abs(x) >= 100
      ? Math.round(x).toLocaleString("en")
      : String(+x.toFixed(2));

export function writeResults(r: Results) {
  fs.writeFileSync(FILE, JSON.stringify(r, null, 2) + "\n");
  const lines = [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` (bench/run.ts). Machine: ${r.machine}. Every figure sits beside a baseline measured in the same run on the same data; the ratio is figure ÷ baseline.`,
    "Rates (req/s, rows/s): higher is better, the goal is a share of the baseline. Latencies (ms): lower is better.",
    "",
    "![How the figures grow with N](growth.svg)",
    "",
    "| db | N | figure | value | baseline | baseline value | ratio | goal | met | date |",
    "| --- | ---: | --- | ---: | --- | ---: | ---: | --- | --- | --- |",
    ...r.figures.map(
      (f) =>
        `| ${f.db} | ${f.claims.toLocaleString("en")} | ${f.label} (${f.unit}) | ${fmt(f.value)} | ${f.baselineLabel ?? ""} | ${fmt(f.baseline)} | ${f.ratio === undefined ? "" : fmt(f.ratio) + "×"} | ${f.goal ?? ""} | ${f.met === undefined ? "" : f.met ? "yes" : "**no**"} | ${f.date.slice(0, 10)} |`,
    ),
    "",
    "## Query plans of the slowest statements",
    "",
    ...r.plans.flatMap((p) => [
      `### ${p.db}, N = ${p.claims.toLocaleString("en")}: ${p.what}`,
      "",
      `Query: \`${p.query}\``,
      "",
      "```",
      p.plan,
      "```",
      "",
    ]),
  ];
  fs.writeFileSync(path.join(ROOT, "bench/RESULTS.md"), lines.join("\n"));
  fs.writeFileSync(path.join(ROOT, "bench/growth.svg"), growthChart(r.figures));
}

const PANELS: [string, string][] = [
  ["search.p95", "search p95 (ms)"],
  ["page.claim.p95", "claim page p95 (ms)"],
  ["page.document.p95", "document page p95 (ms)"],
  ["export.csv.seconds", "CSV export (s)"],
  ["export.ndjson.seconds", "NDJSON export (s)"],
  ["writes.publish.p95", "publish p95 (ms)"],
];
const COLORS: Record<string, string> = { pglite: "#1f77b4", postgres: "#d62728" };

/** Small multiples on log–log axes; the dotted line is linear growth from the first point. */
export function growthChart(figures: Figure[]): string {
  const W = 300,
    H = 210,
    M = { l: 48, r: 12, t: 26, b: 34 };
  const cols = 3;
  const out: string[] = [];
  PANELS.forEach(([key, title], i) => {
    const x0 = (i % cols) * W,
      y0 = Math.floor(i / cols) * H;
    const pts = figures.filter((f) => f.key === key && f.value > 0);
    out.push(
      `<g transform="translate(${x0},${y0})"><text x="${W / 2}" y="16" text-anchor="middle" font-weight="bold">${title}</text>`,
    );
    if (pts.length) {
      const ns = pts.map((p) => p.claims),
        vs = pts.map((p) => p.value);
      const lx = [Math.log10(Math.min(...ns)), Math.log10(Math.max(...ns))];
      const ly = [Math.log10(Math.min(...vs)), Math.log10(Math.max(...vs))];
      if (lx[1] - lx[0] < 1) lx[1] = lx[0] + 1;
      ly[0] = Math.floor(ly[0] * 2) / 2 - 0.25;
      ly[1] = Math.max(ly[0] + 1, Math.ceil(ly[1] * 2) / 2 + 0.25);
      const sx = (n: number) => M.l + ((Math.log10(n) - lx[0]) / (lx[1] - lx[0])) * (W - M.l - M.r);
      const sy = (v: number) => H - M.b - ((Math.log10(v) - ly[0]) / (ly[1] - ly[0])) * (H - M.t - M.b);
      out.push(
        `<rect x="${M.l}" y="${M.t}" width="${W - M.l - M.r}" height="${H - M.t - M.b}" fill="none" stroke="#999"/>`,
      );
      for (let e = Math.ceil(lx[0]); e <= lx[1]; e++)
        out.push(
          `<text x="${sx(10 ** e)}" y="${H - M.b + 14}" text-anchor="middle" font-size="10">${(10 ** e).toLocaleString("en")}</text>`,
        );
      for (let e = Math.ceil(ly[0]); e <= ly[1]; e++)
        out.push(
          `<text x="${M.l - 4}" y="${sy(10 ** e) + 3}" text-anchor="end" font-size="10">${10 ** e >= 1 ? (10 ** e).toLocaleString("en") : 10 ** e}</text>`,
        );
      out.push(`<text x="${W / 2}" y="${H - 6}" text-anchor="middle" font-size="10">claims (N)</text>`);
      for (const db of ["pglite", "postgres"]) {
        const series = pts.filter((p) => p.db === db).sort((a, b) => a.claims - b.claims);
        if (!series.length) continue;
        const c = COLORS[db];
        out.push(
          `<polyline fill="none" stroke="${c}" stroke-width="2" points="${series.map((p) => `${sx(p.claims).toFixed(1)},${sy(p.value).toFixed(1)}`).join(" ")}"/>`,
        );
        for (const p of series)
          out.push(
            `<circle cx="${sx(p.claims).toFixed(1)}" cy="${sy(p.value).toFixed(1)}" r="3" fill="${c}"><title>${db} N=${p.claims}: ${p.value} ${p.unit}</title></circle>`,
          );
        const f = series[0],
          last = series[series.length - 1];
        if (last.claims > f.claims) {
          const lin = Math.min(10 ** ly[1], f.value * (last.claims / f.claims));
          const nAt = Math.min(last.claims, f.claims * (lin / f.value));
          out.push(
            `<line x1="${sx(f.claims).toFixed(1)}" y1="${sy(f.value).toFixed(1)}" x2="${sx(nAt).toFixed(1)}" y2="${sy(lin).toFixed(1)}" stroke="${c}" stroke-dasharray="2,3" opacity="0.6"/>`,
          );
        }
      }
    } else out.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle" fill="#777">not measured</text>`);
    out.push("</g>");
  });
  const rows = Math.ceil(PANELS.length / cols);
  const legend = `<g transform="translate(10,${rows * H + 14})" font-size="11"><rect width="10" height="10" fill="${COLORS.pglite}"/><text x="14" y="9">PGlite</text><rect x="70" width="10" height="10" fill="${COLORS.postgres}"/><text x="84" y="9">PostgreSQL</text><text x="170" y="9">dotted: linear growth from the smallest N (below it = sub-linear)</text></g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${cols * W + 24}" height="${rows * H + 30}" font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="white"/>${out.join("")}${legend}</svg>\n`;
}
