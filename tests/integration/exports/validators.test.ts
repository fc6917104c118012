// Every export, on the demo workspace and on a workspace of hostile values, read by the field's
// own tools: every CSV table by Python's csv, by csv-parse with default options and by a
// spreadsheet's import (SheetJS) (same rows and cells, as many rows as the JSON export), the Data Package by the official Frictionless library
// (descriptor against its profile, every resource read with types cast and foreign keys
// checked), ClaimReview against Google's properties, Web Annotations' selectors against the text.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { Package } from "datapackage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor, type Actor } from "@/lib/auth/actor";
import { DEMO_SLUG, seedDemo } from "@/lib/demo";
import { CSV_ENTITIES } from "@/lib/exports";
import { publicClaim, publicClaimReview, publicWorkspace } from "@/lib/publishing";
import { claimReviewSchema, ratingInBounds } from "../../support/claimreview-schema";
import { asWritten, readManyWithPython, readWithCsvParse, readWithSpreadsheet } from "../../support/csv-readers";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { buildHostileWorkspace } from "../../support/hostile-workspace";
import { ORIGIN, runExport } from "./read";

type Obj = Record<string, unknown> & { id: string };
type Json = Record<string, Obj[]>;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateClaimReview = ajv.compile(claimReviewSchema);

/** CSV tables read by the three readers: identical rows, one header, every row as wide as it. */
function readTables(texts: string[], names: string[]): string[][][] {
  const fromPython = readManyWithPython(texts);
  return texts.map((text, i) => {
    expect(readWithCsvParse(text), `${names[i]}: csv-parse and Python's csv agree`).toEqual(fromPython[i]);
    // A spreadsheet stores a line break in a cell as LF, so a CRLF inside a quoted value reads as LF there.
    const asSheet = fromPython[i].map((row) => row.map((cell) => cell.replaceAll("\r\n", "\n")));
    expect(readWithSpreadsheet(text), `${names[i]}: a spreadsheet's import and Python's csv agree`).toEqual(asSheet);
    for (const row of fromPython[i]) expect(row.length, `${names[i]}: row width`).toBe(fromPython[i][0].length);
    return fromPython[i];
  });
}

/** Rows match the JSON export's: same ids, and every text column holds the JSON value (formula-escaped). */
function matchesJson(rows: string[][], json: Obj[], what: string) {
  const [header, ...body] = rows;
  expect(body.length, `${what}: rows = JSON's`).toBe(json.length);
  const idCol = header.indexOf("id");
  const byId = new Map(json.map((o) => [o.id, o]));
  let cells = 0;
  for (const row of body) {
    const obj = byId.get(row[idCol]);
    expect(obj, `${what}: row ${row[idCol]} in the JSON export`).toBeDefined();
    header.forEach((name, i) => {
      const v = obj![name];
      if (typeof v !== "string" || /At$|^date/.test(name)) return;
      expect(row[i], `${what}.${name}`).toBe(asWritten(v));
      cells++;
    });
  }
  return cells;
}

// What the hostile document's stored URL (with raw quotes) becomes: a valid URI.
const ORIGINAL_URL = "https://example.org/original?a=1&b=%222%22";
const WORLDS = ["demo", "hostile"] as const;

describe.each(DB_TARGETS)("exports read by the field's own tools on $name", (target) => {
  let t: TestDatabase;
  const slugs: Record<(typeof WORLDS)[number], string> = { demo: DEMO_SLUG, hostile: "" };
  let tmp: string;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    await seedDemo(t.prisma);
    await t.prisma.workspace.update({ where: { slug: DEMO_SLUG }, data: { isPublic: true } });
    slugs.hostile = (await buildHostileWorkspace(t.prisma)).ws.slug;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-dp-"));
  }, 240_000);
  afterAll(async () => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    await t?.drop();
  });

  const cases = WORLDS.flatMap((world) => [
    { world, scope: "full", actor: systemActor("cli") as Actor },
    { world, scope: "public", actor: anonymous as Actor },
  ]);

  describe.each(cases)("$world workspace, $scope export", ({ world, scope, actor }) => {
    const exp = (format: string, extra: Record<string, unknown> = {}) =>
      runExport(t.prisma, actor, { workspace: slugs[world], format, ...extra });
    const jsonOf = async (): Promise<Json> => JSON.parse((await exp("json")).text);

    it("every CSV table (format=csv and the Data Package's data/*.csv) reads the same in Python's csv, csv-parse and a spreadsheet, row for row with the JSON export", async () => {
      const json = await jsonOf();
      const pkg = await exp("datapackage");
      const descriptor = JSON.parse(pkg.files!.get("datapackage.json")!.toString("utf8"));
      const tables = descriptor.resources.filter(
        (r: { profile?: string }) => r.profile === "tabular-data-resource",
      ) as { name: string; path: string }[];
      expect(tables.length).toBeGreaterThanOrEqual(scope === "public" ? 8 : 10);
      let cells = 0;
      const texts = tables.map((table) => pkg.files!.get(table.path)!.toString("utf8"));
      const read = readTables(
        texts,
        tables.map((table) => `${world}/${scope} ${table.path}`),
      );
      for (const [i, table] of tables.entries()) {
        cells += matchesJson(read[i], json[table.name], `${world}/${scope} ${table.path}`);
        // format=csv is the same writer: byte for byte the Data Package's table.
        if (CSV_ENTITIES.includes(table.name as never))
          expect((await exp("csv", { entity: table.name })).text, `format=csv ${table.name}`).toBe(texts[i]);
      }
      expect(json.claims.length).toBeGreaterThan(0);
      expect(cells).toBeGreaterThan(50);
    }, 240_000);

    it("evidence says whether each excerpt is a verbatim quote or a summary: JSON, NDJSON, CSV and the Data Package's enum", async () => {
      const json = await jsonOf();
      const kinds = json.evidence.map((e) => e.excerptKind);
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.filter((k) => k !== "quote" && k !== "summary")).toEqual([]);
      // The demo labels its paraphrases (lib/demo/evidence.ts): both kinds reach every export.
      if (world === "demo") expect(new Set(kinds)).toEqual(new Set(["quote", "summary"]));
      const ndjson = (await exp("ndjson")).text
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Obj)
        .filter((o) => o.type === "evidence");
      expect(new Map(ndjson.map((e) => [e.id, e.excerptKind]))).toEqual(
        new Map(json.evidence.map((e) => [e.id, e.excerptKind])),
      );
      const [header, ...rows] = readWithCsvParse((await exp("csv", { entity: "evidence" })).text);
      const col = header.indexOf("excerptKind");
      expect(col).toBeGreaterThan(-1);
      expect(new Map(rows.map((r) => [r[header.indexOf("id")], r[col]]))).toEqual(
        new Map(json.evidence.map((e) => [e.id, e.excerptKind])),
      );
      const descriptor = JSON.parse((await exp("datapackage")).files!.get("datapackage.json")!.toString("utf8"));
      const field = descriptor.resources
        .find((r: { name: string }) => r.name === "evidence")
        .schema.fields.find((f: { name: string }) => f.name === "excerptKind");
      expect(field).toMatchObject({ type: "string", constraints: { enum: ["quote", "summary"] } });
    }, 120_000);

    it("the Data Package passes the official Frictionless library: profile, types cast, keys and foreign keys", async () => {
      const pkg = await exp("datapackage");
      const dir = fs.mkdtempSync(path.join(tmp, `${world}-${scope}-`));
      for (const [name, bytes] of pkg.files!) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), bytes);
      }
      const dp = await Package.load(path.join(dir, "datapackage.json"), { strict: false });
      expect(dp.errors.map((e: Error) => e.message)).toEqual([]);
      expect(dp.valid).toBe(true);
      const json = await jsonOf();
      let withKeys = 0;
      for (const resource of dp.resources) {
        if (!resource.tabular) continue;
        // Throws on a value that does not cast, a broken primary key or a dangling foreign key.
        const rows = await resource
          .read({ keyed: true, cast: true, relations: true })
          .catch((err: Error & { errors?: Error[] }) => {
            throw new Error(`${resource.name}: ${err.message} ${(err.errors ?? []).map((e) => e.message).join("; ")}`);
          });
        expect(rows.length, resource.name).toBe(json[resource.name].length);
        if (resource.schema.foreignKeys.length) withKeys++;
      }
      expect(withKeys).toBeGreaterThanOrEqual(4);
    }, 120_000);

    it("ClaimReview: every published claim carries Google's required and recommended properties", async () => {
      const reviews = JSON.parse((await exp("claimreview")).text) as Record<string, unknown>[];
      const json = await jsonOf();
      expect(reviews.length).toBe(json.claims.filter((c) => c.status === "published" && c.verdict).length);
      expect(reviews.length).toBeGreaterThan(0);
      for (const r of reviews) {
        expect(validateClaimReview(r), JSON.stringify(validateClaimReview.errors)).toBe(true);
        expect(ratingInBounds(r as never)).toBe(true);
      }
      // The public claim pages carry the same markup (built by the same function the page renders).
      if (scope === "public") {
        const ws = (await publicWorkspace(t.prisma, slugs[world]))!;
        for (const c of json.claims.filter((x) => x.status === "published")) {
          const onPage = publicClaimReview(ORIGIN, ws, (await publicClaim(t.prisma, ws, c.id))!);
          expect(validateClaimReview(onPage), `${c.id}: ${JSON.stringify(validateClaimReview.errors)}`).toBe(true);
          expect(onPage).toEqual(reviews.find((r) => r.url === onPage!.url));
        }
      }
      if (world === "hostile") {
        const item = reviews[0].itemReviewed as { appearance: { url: string }; firstAppearance: { url: string } };
        expect(item.appearance.url).toBe(ORIGINAL_URL);
        expect(item.firstAppearance.url).toBe(item.appearance.url);
      }
    });

    it("Web Annotations: each TextQuoteSelector is found at its TextPositionSelector; the page id answers with the AnnotationPage; first and last", async () => {
      const json = await jsonOf();
      const texts = new Map(json.documents.map((d) => [d.id, d.text as string]));
      const collection = JSON.parse((await exp("annotations")).text);
      expect(collection.type).toBe("AnnotationCollection");
      expect(collection.last).toBe(collection.first.id);
      expect(collection.first.id).toBe(`${collection.id}&page=1`);
      const items = collection.first.items as {
        target: { source: string; state?: { cached: string }; selector: Record<string, unknown>[] };
      }[];
      expect(items.length).toBe(collection.total);
      expect(items.length).toBeGreaterThan(0);
      for (const a of items) {
        const copy = a.target.state?.cached ?? a.target.source;
        const text = texts.get(copy.split("/").pop()!);
        expect(text, copy).toBeDefined();
        const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector") as {
          exact: string;
          prefix: string;
          suffix: string;
        };
        const pos = a.target.selector.find((s) => s.type === "TextPositionSelector") as { start: number; end: number };
        expect(text!.slice(pos.start, pos.end), copy).toBe(quote.exact);
        expect(text!.slice(0, pos.start).endsWith(quote.prefix)).toBe(true);
        expect(text!.slice(pos.end).startsWith(quote.suffix)).toBe(true);
        if (world === "hostile") expect(a.target.source).toBe(ORIGINAL_URL);
      }
      const page = JSON.parse((await exp("annotations", { page: "1" })).text);
      expect(page).toMatchObject({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        id: collection.first.id,
        type: "AnnotationPage",
        startIndex: 0,
        partOf: { id: collection.id, total: collection.total },
      });
      expect(page.items).toEqual(items);
      expect((await errorOf(exp("annotations", { page: "2" }))).code).toBe("not_found");
      expect((await errorOf(exp("annotations", { page: "x" }))).code).toBe("bad_request");
    });
  });
});
