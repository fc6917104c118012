// Reading and checking a Data Package export: the descriptor against the Frictionless JSON
// schemas (ajv), every CSV against its table schema, and every foreign key resolving.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import { dataPackage, dataResource, tableSchema } from "../../support/frictionless-schemas";
import type { runExport } from "./read";

export interface Field {
  name: string;
  type: string;
}
export interface Resource {
  name: string;
  path: string;
  profile?: string;
  format?: string;
  mediatype?: string;
  encoding?: string;
  schema?: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

const ajv = new Ajv({ allErrors: true, schemas: [tableSchema, dataResource] });
addFormats(ajv);
export const validatePackage = ajv.compile(dataPackage);

const TYPE_PATTERNS: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/,
  boolean: /^(true|false)$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
};

export async function readPackage(out: Awaited<ReturnType<typeof runExport>>) {
  const files = out.files!;
  const descriptor = JSON.parse(files.get("datapackage.json")!.toString("utf8"));
  const tables = new Map<string, Record<string, string>[]>();
  for (const r of descriptor.resources as Resource[]) {
    expect(files.has(r.path), r.path).toBe(true);
    if (r.profile !== "tabular-data-resource") continue;
    const text = files.get(r.path)!.toString("utf8");
    const header = parse(text, { to_line: 1 })[0] as string[];
    expect(header, `${r.name} header`).toEqual(r.schema!.fields.map((f) => f.name));
    tables.set(r.name, parse(text, { columns: true }) as Record<string, string>[]);
  }
  return { descriptor, tables, files };
}

export function checkTables(descriptor: { resources: Resource[] }, tables: Map<string, Record<string, string>[]>) {
  let checkedKeys = 0;
  for (const r of descriptor.resources.filter((x) => x.schema)) {
    const rows = tables.get(r.name)!;
    const keys = rows.map((row) => r.schema!.primaryKey.map((k) => row[k]).join("\u0000"));
    expect(new Set(keys).size, `${r.name} primary key unique`).toBe(rows.length);
    for (const f of r.schema!.fields) {
      const pattern = TYPE_PATTERNS[f.type];
      if (pattern)
        for (const row of rows) if (row[f.name] !== "") expect(row[f.name], `${r.name}.${f.name}`).toMatch(pattern);
    }
    for (const fk of r.schema!.foreignKeys ?? []) {
      const target = new Set(
        tables.get(fk.reference.resource)!.map((row) => fk.reference.fields.map((k) => row[k]).join("\u0000")),
      );
      for (const row of rows) {
        const value = fk.fields.map((k) => row[k]).join("\u0000");
        if (value === "") continue; // an empty reference is a missing value, not a dangling one
        expect(target.has(value), `${r.name}.${fk.fields} → ${fk.reference.resource}: ${value}`).toBe(true);
        checkedKeys++;
      }
    }
  }
  return checkedKeys;
}
