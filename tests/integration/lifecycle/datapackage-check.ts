// Reads an exported Data Package and checks it the way tests/integration/exports/datapackage.test.ts
// does: the descriptor against the Frictionless JSON schemas, and every foreign key resolving.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { dataPackage, dataResource, tableSchema } from "../../support/frictionless-schemas";

interface Resource {
  name: string;
  path: string;
  profile?: string;
  schema?: {
    fields: { name: string }[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

const ajv = new Ajv({ allErrors: true, schemas: [tableSchema, dataResource] });
addFormats(ajv);
const validatePackage = ajv.compile(dataPackage);

/** The package's tables by resource name, and every problem found (empty when it holds). */
export function checkDataPackage(files: Map<string, Buffer>) {
  const descriptor = JSON.parse(files.get("datapackage.json")!.toString("utf8")) as { resources: Resource[] };
  const problems: string[] = [];
  if (!validatePackage(descriptor)) problems.push(JSON.stringify(validatePackage.errors));
  const tables = new Map<string, Record<string, string>[]>();
  for (const r of descriptor.resources) {
    if (r.profile !== "tabular-data-resource") continue;
    tables.set(r.name, parse(files.get(r.path)!.toString("utf8"), { columns: true }) as Record<string, string>[]);
  }
  for (const r of descriptor.resources.filter((x) => x.schema)) {
    for (const fk of r.schema!.foreignKeys ?? []) {
      const target = new Set(
        tables.get(fk.reference.resource)!.map((row) => fk.reference.fields.map((k) => row[k]).join("\0")),
      );
      for (const row of tables.get(r.name)!) {
        const value = fk.fields.map((k) => row[k]).join("\0");
        if (value !== "" && !target.has(value))
          problems.push(`${r.name}.${fk.fields} → ${fk.reference.resource}: ${value}`);
      }
    }
  }
  return { tables, problems };
}
