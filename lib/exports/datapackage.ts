import "server-only";
// Frictionless Data Package (v1): a zip of datapackage.json, README.md and one CSV per entity, each
// with a Table Schema (types, primary key, foreign keys). The zip is written entry by entry as it
// is read: CSVs stream through yazl, never buffered whole.
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { csvTable } from "./csv";
import { columnsFor, entitiesFor } from "./entities";
import { licenseOf } from "./licence";
import type { AnyEntity, ExportContext } from "./types";

const CSV_DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };
const FORMULA_NOTE =
  "Text cells that began with =, +, -, @, tab or CR carry a leading ' (spreadsheet formula protection).";

export const resourcePath = (entity: AnyEntity) => `data/${entity.name}.csv`;

function resource(entity: AnyEntity, ctx: ExportContext) {
  const names = new Set(entitiesFor(ctx).map((e) => e.name));
  const foreignKeys = entity.foreignKeys
    .filter((fk) => names.has(fk.reference.resource))
    .map((fk) => ({
      fields: [fk.fields],
      reference: { resource: fk.reference.resource, fields: [fk.reference.fields] },
    }));
  return {
    name: entity.name,
    path: resourcePath(entity),
    profile: "tabular-data-resource",
    title: entity.name[0].toUpperCase() + entity.name.slice(1),
    description: entity.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: CSV_DIALECT,
    schema: {
      fields: columnsFor(entity, ctx).map((c) => ({
        name: c.name,
        type: c.type,
        ...(c.description ? { description: c.description } : {}),
        ...(c.name === "id" ? { constraints: { required: true, unique: true } } : {}),
        ...(c.enum ? { constraints: { enum: [...c.enum] } } : {}),
      })),
      missingValues: [""],
      primaryKey: ["id"],
      // The Table Schema profile requires at least one key when foreignKeys is present: omit it otherwise.
      ...(foreignKeys.length ? { foreignKeys } : {}),
    },
  };
}

export function dataPackageDescriptor(ctx: ExportContext): Record<string, unknown> {
  const { workspace: ws, origin, scope } = ctx;
  return {
    profile: "data-package",
    name: ws.slug,
    title: ws.name,
    description: `${ws.description ? ws.description + "\n\n" : ""}${scope.public ? "Published claims and what supports them, as anonymous visitors see them." : "Full export of the workspace (members only)."} ${FORMULA_NOTE}`,
    homepage: `${origin}/w/${ws.slug}`,
    created: new Date().toISOString(),
    licenses: [licenseOf(ws.licence)],
    resources: [
      ...entitiesFor(ctx).map((e) => resource(e, ctx)),
      {
        name: "readme",
        path: "README.md",
        title: "About this dataset",
        format: "md",
        mediatype: "text/markdown",
        encoding: "utf-8",
      },
    ],
  };
}

const cell = (s: string) => s.replace(/\s+/g, " ").replace(/\|/g, "\\|");

export function readme(ctx: ExportContext): string {
  const { workspace: ws, origin, scope } = ctx;
  const lic = licenseOf(ws.licence);
  const lines = [
    `# ${ws.name}`,
    "",
    ...(ws.description ? [ws.description, ""] : []),
    `Exported from Corroborate (${origin}/w/${ws.slug}) on ${new Date().toISOString().slice(0, 10)}: ` +
      (scope.public
        ? "published claims only, as anonymous visitors see them."
        : "the full workspace (members only: drafts, reviews and comments included)."),
    "",
    "## Licence",
    "",
    lic.path ? `${ws.licence}: ${lic.path}` : ws.licence,
    "",
    `## Rating scale${ws.ratingScale ? `: ${ws.ratingScale.name}` : ""}`,
    "",
  ];
  if (ws.ratingScale?.ratings.length) {
    lines.push("| value | label | meaning |", "| --- | --- | --- |");
    for (const r of ws.ratingScale.ratings)
      lines.push(`| ${r.value ?? "(none)"} | ${cell(r.label)} | ${cell(r.description)} |`);
    lines.push("", "A verdict without a value (such as Unverifiable) is an empty `verdictValue` in claims.csv.");
  } else {
    lines.push("This workspace has no active rating scale.");
  }
  lines.push("", "## Files", "");
  for (const e of entitiesFor(ctx)) lines.push(`- \`${resourcePath(e)}\`: ${e.description}`);
  lines.push(
    "",
    "## Reading the CSV files",
    "",
    "RFC 4180, UTF-8, CRLF line endings, one header row; `datapackage.json` gives each column's type and the keys between tables.",
    "Lists (tags, authors, aliases) are joined with `;`. Anchor offsets count UTF-16 code units in `documents.text`.",
    FORMULA_NOTE,
    "",
  );
  return lines.join("\n");
}

export async function* dataPackageExport(ctx: ExportContext): AsyncGenerator<Uint8Array> {
  const zip = new ZipFile();
  const out = zip.outputStream as Readable;
  // yazl reports a failing entry on the ZipFile; end the output with it so the reader sees the error.
  zip.on("error", (err: Error) => out.destroy(err));
  const mtime = new Date();
  zip.addBuffer(Buffer.from(JSON.stringify(dataPackageDescriptor(ctx), null, 2)), "datapackage.json", { mtime });
  zip.addBuffer(Buffer.from(readme(ctx)), "README.md", { mtime });
  for (const entity of entitiesFor(ctx)) {
    // Lazy: a table's queries start only when the zip reaches its entry.
    zip.addReadStreamLazy(resourcePath(entity), { mtime }, (cb) => {
      const stream = Readable.from(utf8(csvTable(entity, ctx)), { objectMode: false });
      stream.on("error", (err) => zip.emit("error", err));
      cb(null, stream);
    });
  }
  zip.end();
  for await (const chunk of out) yield chunk as Buffer;
}

async function* utf8(chunks: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const s of chunks) yield Buffer.from(s, "utf8");
}
