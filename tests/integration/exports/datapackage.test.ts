// The Frictionless Data Package export: datapackage.json valid against the Data Package and Table
// Schema JSON schemas (ajv), every CSV matching its schema, and every foreign key resolving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { buildNewsroom, type Newsroom } from "./fixture";
import { checkTables, readPackage, validatePackage, type Field, type Resource } from "./frictionless";
import { runExport } from "./read";

describe.each(DB_TARGETS)("data package export on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    n = await buildNewsroom(t.prisma);
  });
  afterAll(async () => t?.drop());

  it("full: a valid Data Package whose tables, types and foreign keys hold", async () => {
    const out = await runExport(t.prisma, systemActor("cli"), { workspace: n.ws.slug, format: "datapackage" });
    expect(out.contentType).toBe("application/zip");
    expect(out.filename).toBe(`${n.ws.slug}-datapackage.zip`);
    const { descriptor, tables, files } = await readPackage(out);
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors)).toBe(true);
    expect(descriptor).toMatchObject({
      name: n.ws.slug,
      title: n.ws.name,
      licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
    });
    const names = descriptor.resources.map((r: Resource) => r.name);
    expect(names).toEqual([
      "documents",
      "sources",
      "citations",
      "claimants",
      "claims",
      "evidence",
      "relations",
      "reviews",
      "corrections",
      "comments",
      "readme",
    ]);
    for (const r of descriptor.resources.filter((x: Resource) => x.profile === "tabular-data-resource")) {
      expect(r).toMatchObject({
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: { primaryKey: ["id"] },
      });
    }
    const fks = (name: string) =>
      descriptor.resources
        .find((r: Resource) => r.name === name)
        .schema.foreignKeys.map(
          (fk: { fields: string[]; reference: { resource: string } }) => `${fk.fields}→${fk.reference.resource}`,
        );
    expect(fks("claims")).toEqual(expect.arrayContaining(["claimantId→claimants", "documentId→documents"]));
    expect(fks("evidence")).toEqual(["claimId→claims", "sourceId→sources"]);
    expect(fks("citations")).toEqual(["documentId→documents", "sourceId→sources"]);
    expect(fks("relations")).toEqual(["fromClaimId→claims", "toClaimId→claims"]);
    expect(checkTables(descriptor, tables)).toBeGreaterThan(10);
    expect(tables.get("claims")).toHaveLength(5);
    expect(tables.get("reviews")).toHaveLength(1);

    const readme = files.get("README.md")!.toString("utf8");
    for (const label of ["Supported", "Mostly supported", "Contested", "Mostly unsupported", "Refuted", "Unverifiable"])
      expect(readme).toContain(`| ${label} |`);
    expect(readme).toContain("Reliable evidence contradicts the claim.");
    expect(readme).toContain("CC BY 4.0: https://creativecommons.org/licenses/by/4.0/");
  });

  it("public: the same checks hold with only published data, no internal tables or columns", async () => {
    const out = await runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "datapackage" });
    const { descriptor, tables } = await readPackage(out);
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors)).toBe(true);
    const names = descriptor.resources.map((r: Resource) => r.name);
    expect(names).not.toContain("reviews");
    expect(names).not.toContain("comments");
    const sourceFields = descriptor.resources
      .find((r: Resource) => r.name === "sources")
      .schema.fields.map((f: Field) => f.name);
    expect(sourceFields).not.toContain("notes");
    checkTables(descriptor, tables);
    expect(
      tables
        .get("claims")!
        .map((c) => c.id)
        .sort(),
    ).toEqual([...n.publicClaimIds].sort());
    expect(tables.get("documents")!.map((d) => d.id)).toEqual([n.docA.id]);
  });

  it("the schema check itself rejects what the spec forbids", () => {
    const bad = [
      {},
      { resources: [] },
      { name: "Has Spaces", resources: [{ name: "a", path: "a.csv" }] },
      { resources: [{ name: "a", path: "../escape.csv" }] },
      { resources: [{ name: "a", path: "a.csv", profile: "tabular-data-resource" }] },
      { resources: [{ name: "a", path: "a.csv", schema: { fields: [{ name: "x", type: "text" }] } }] },
      {
        resources: [
          {
            name: "a",
            path: "a.csv",
            schema: { fields: [{ name: "x" }], foreignKeys: [{ fields: "x", reference: { fields: "id" } }] },
          },
        ],
      },
      { licenses: [{ title: "no name or path" }], resources: [{ name: "a", path: "a.csv" }] },
    ];
    for (const d of bad) expect(validatePackage(d), JSON.stringify(d)).toBe(false);
  });
});
