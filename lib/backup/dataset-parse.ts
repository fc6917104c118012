// Reads another workspace's export — the `export --format json` object (docs/ARCHITECTURE.md, Contracts) or the claims CSV —
// into plain rows for the dataset importer. Lenient about extra fields (exports grow), strict about
// what an import needs; a file that is not an export at all is refused with the reason.
import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/validation";

const id = z.union([z.string().min(1), z.number()]).transform(String);
const opt = z.string().nullish();

const documentRow = z.object({ id, title: z.string(), text: opt });
const sourceRow = z.object({
  id,
  title: z.string(),
  chapter: opt,
  authors: z.array(z.string()).nullish(),
  publisher: opt,
  date: opt,
  url: opt,
  archiveUrl: opt,
  archiveDate: opt,
  isbn: opt,
  doi: opt,
  page: opt,
  accessDate: opt,
  type: opt,
  isPrimary: z.boolean().nullish(),
  notes: opt,
});
const claimantRow = z.object({
  id,
  name: z.string(),
  kind: opt,
  description: opt,
  aliases: z.array(z.string()).nullish(),
});
const anchor = z.object({ exact: opt, start: z.number().int().nullish(), end: z.number().int().nullish() });
const claimRow = z.object({
  id,
  documentId: id.nullish(),
  text: z.string(),
  headline: opt,
  claimantId: id.nullish(),
  reportedById: id.nullish(),
  claimType: opt,
  tags: z.array(z.string()).nullish(),
  claimedAt: opt,
  anchor: anchor.nullish(),
});
const evidenceRow = z.object({
  claimId: id,
  sourceId: id,
  stance: z.string(),
  strength: opt,
  excerpt: opt,
  locator: opt,
  note: opt,
});
const relationRow = z.object({ fromClaimId: id, toClaimId: id, type: z.string(), note: opt });

const jsonExport = z.object({
  workspace: z.object({ slug: opt }).nullish(),
  documents: z.array(documentRow).default([]),
  sources: z.array(sourceRow).default([]),
  claimants: z.array(claimantRow).default([]),
  claims: z.array(claimRow, { error: "a corroborate JSON export has a 'claims' array" }),
  evidence: z.array(evidenceRow).default([]),
  relations: z.array(relationRow).default([]),
});

export type DatasetClaim = z.output<typeof claimRow>;
export type DatasetSource = z.output<typeof sourceRow>;
export type Dataset = Omit<z.output<typeof jsonExport>, "workspace"> & { origin: string | null };

export function parseDataset(format: "json" | "csv", text: string): Dataset {
  return format === "csv" ? parseClaimsCsv(text) : parseJsonExport(text);
}

function parseJsonExport(text: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new AppError("unprocessable", `the file is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new AppError(
      "unprocessable",
      "the file is not a corroborate JSON export (expected one object with documents, claims, …)",
    );
  }
  const parsed = jsonExport.safeParse(raw);
  if (!parsed.success)
    throw new AppError("unprocessable", `the file is not a corroborate JSON export: ${formatZodError(parsed.error)}`);
  const { workspace, ...rest } = parsed.data;
  return { ...rest, origin: workspace?.slug ?? null };
}

/** The claims CSV (`export --format csv`, or a spreadsheet): one claim a row; claimants by name. */
function parseClaimsCsv(text: string): Dataset {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (err) {
    throw new AppError("unprocessable", `the CSV could not be read: ${(err as Error).message}`);
  }
  if (!rows.length) throw new AppError("unprocessable", "the CSV is empty");
  const header = rows[0].map((h) => h.trim());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const c = {
    text: col("text"),
    claimant: col("claimant", "claimantName"),
    tags: col("tags"),
    headline: col("headline"),
    claimType: col("claimType"),
    claimedAt: col("claimedAt"),
  };
  if (c.text < 0)
    throw new AppError("unprocessable", `the CSV has no 'text' column (found: ${header.join(", ") || "none"})`);
  const claimants = new Map<string, { id: string; name: string }>();
  // Our CSV exports neutralize spreadsheet formulas with a leading ' (see lib/exports/csv): undo it.
  const unquoteFormula = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
  const cell = (row: string[], i: number) => (i >= 0 && row[i]?.trim() ? unquoteFormula(row[i].trim()) : null);
  const claims: DatasetClaim[] = rows.slice(1).map((row, i) => {
    const name = cell(row, c.claimant);
    if (name && !claimants.has(name.toLowerCase()))
      claimants.set(name.toLowerCase(), { id: `claimant:${name.toLowerCase()}`, name });
    return {
      // Named by CSV line, so warnings point at the row to fix.
      id: `line ${i + 2}`,
      text: unquoteFormula(row[c.text] ?? ""),
      headline: cell(row, c.headline),
      claimType: cell(row, c.claimType),
      claimedAt: cell(row, c.claimedAt),
      claimantId: name ? `claimant:${name.toLowerCase()}` : null,
      tags: (cell(row, c.tags) ?? "")
        .split(";")
        .map((t) => t.trim())
        .filter(Boolean),
    };
  });
  return {
    origin: null,
    documents: [],
    sources: [],
    evidence: [],
    relations: [],
    claims,
    claimants: [...claimants.values()].map((x) => ({ ...x, kind: null, description: null, aliases: null })),
  };
}
