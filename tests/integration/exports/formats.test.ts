// Each format against its standard: the JSON export contract (docs/ARCHITECTURE.md), NDJSON, schema.org ClaimReview,
// W3C Web Annotation selectors, and RFC 4180 CSV re-read by a real parser.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { buildNewsroom, TRICKY_CLAIMANT, TRICKY_TEXT, type Newsroom } from "./fixture";
import { ORIGIN, runExport } from "./read";

const cli = systemActor("cli");
type Row = Record<string, string>;
type Obj = Record<string, unknown> & { id: string };

const CONTRACT = {
  documents: ["id", "title", "format", "version", "text"],
  citations: ["documentId", "sourceId", "start", "end", "refName"],
  claims: ["id", "documentId", "text", "status", "verdict", "claimantId", "createdById", "anchor"],
  evidence: ["claimId", "sourceId", "stance", "excerpt"],
  relations: ["fromClaimId", "toClaimId", "type"],
  reviews: ["claimId", "reviewerId", "decision", "verdict", "rationale"],
  comments: ["claimId", "body"],
};

describe.each(DB_TARGETS)("export formats on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    n = await buildNewsroom(t.prisma);
  });
  afterAll(async () => t?.drop());

  it("json: one object with the JSON export contract's keys, camelCase, documents with their current text", async () => {
    const out = await runExport(t.prisma, cli, { workspace: n.ws.slug, format: "json" });
    expect(out.contentType).toMatch(/^application\/json/);
    expect(out.filename).toBe(`${n.ws.slug}.json`);
    const json = JSON.parse(out.text);
    expect(Object.keys(json)).toEqual([
      "workspace",
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
    ]);
    for (const [key, fields] of Object.entries(CONTRACT)) {
      expect(json[key].length, key).toBeGreaterThan(0);
      for (const item of json[key]) for (const f of fields) expect(item, `${key}.${f}`).toHaveProperty(f);
    }
    const docA = json.documents.find((d: Obj) => d.id === n.docA.id);
    expect(docA).toMatchObject({
      title: "Findings",
      format: "wikitext",
      version: 1,
      text: n.docA.currentVersion!.text,
    });
    const c1 = json.claims.find((c: Obj) => c.id === n.claims.c1.id);
    expect(c1).toMatchObject({
      status: "published",
      verdict: "Supported",
      verdictValue: 5,
      createdById: n.editor.user.id,
      documentId: n.docA.id,
    });
    expect(Object.keys(c1.anchor)).toEqual(["exact", "prefix", "suffix", "start", "end"]);
    expect(n.docA.currentVersion!.text.slice(c1.anchor.start, c1.anchor.end)).toBe(c1.anchor.exact);
    expect(json.claims.find((c: Obj) => c.id === n.claims.c2.id)).toMatchObject({
      verdict: "Unverifiable",
      verdictValue: null,
      text: TRICKY_TEXT,
    });
    const cit = json.citations[0];
    expect(cit.documentId).toBe(n.docA.id);
    expect(json.sources.map((s: Obj) => s.id)).toContain(cit.sourceId);
    const keys = (v: unknown): string[] =>
      v && typeof v === "object"
        ? Object.entries(v).flatMap(([k, x]) => (/^\d+$/.test(k) ? keys(x) : [k, ...keys(x)]))
        : [];
    for (const k of keys(json)) expect(k, "camelCase key").toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it("ndjson: one typed object a line, the same rows as json", async () => {
    const out = await runExport(t.prisma, cli, { workspace: n.ws.slug, format: "ndjson" });
    expect(out.contentType).toMatch(/^application\/x-ndjson/);
    expect(out.text.endsWith("\n")).toBe(true);
    const lines = out.text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.type === "source")).toHaveProperty("sourceType");
    expect(lines.find((l) => l.type === "relation")).toHaveProperty("relationType", "contradicts");
    expect(lines[0]).toMatchObject({ type: "workspace", slug: n.ws.slug });
    const json = JSON.parse((await runExport(t.prisma, cli, { workspace: n.ws.slug, format: "json" })).text);
    const types = {
      document: "documents",
      source: "sources",
      citation: "citations",
      claimant: "claimants",
      claim: "claims",
      evidence: "evidence",
      relation: "relations",
      review: "reviews",
      correction: "corrections",
      comment: "comments",
    };
    for (const [type, key] of Object.entries(types)) {
      // A row's own `type` travels as `<kind>Type`, since `type` names the kind of line.
      const back = lines
        .filter((l) => l.type === type)
        .map(({ type: _t, ...rest }) => {
          if (type !== "source" && type !== "relation") return rest;
          const { [`${type}Type`]: own, ...others } = rest;
          return { ...others, type: own };
        });
      expect(back, type).toEqual(json[key]);
    }
    expect(lines.every((l) => l.type === "workspace" || l.type in types)).toBe(true);
  });

  it("claimreview: schema.org ClaimReview per published claim with a rating inside its scale", async () => {
    const out = await runExport(t.prisma, cli, { workspace: n.ws.slug, format: "claimreview" });
    const reviews = JSON.parse(out.text) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(reviews).toHaveLength(2); // c3 is retracted, the rest unpublished
    for (const r of reviews) {
      expect(r["@context"]).toBe("https://schema.org");
      expect(r["@type"]).toBe("ClaimReview");
      for (const p of ["claimReviewed", "reviewRating", "url", "author", "datePublished", "itemReviewed"])
        expect(r, p).toHaveProperty(p);
      expect(r.url).toMatch(new RegExp(`^${ORIGIN}/w/${n.ws.slug}/claims/c`));
      expect(r.datePublished).toBe("2025-01-02");
      expect(r.author).toMatchObject({ "@type": "Organization", name: n.ws.name });
      expect(r.itemReviewed["@type"]).toBe("Claim");
      const rating = r.reviewRating;
      expect(rating["@type"]).toBe("Rating");
      if ("ratingValue" in rating) {
        expect(rating.bestRating).toBe(5);
        expect(rating.worstRating).toBe(1);
        expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
        expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
      } else {
        expect(rating.alternateName).toBe("Unverifiable");
        expect(rating).not.toHaveProperty("bestRating");
      }
    }
    const c1 = reviews.find((r) => r.url.endsWith(n.claims.c1.id))!;
    expect(c1.reviewRating).toMatchObject({
      ratingValue: 5,
      alternateName: "Supported",
      ratingExplanation: "Rationale for Supported: see the report.",
    });
    expect(c1.itemReviewed.author).toEqual({ "@type": "Organization", name: "Kerry Committee" });
    expect(c1.itemReviewed.appearance.url).toBe(`${ORIGIN}/w/${n.ws.slug}/documents/${n.docA.id}`);
  });

  it("annotations: a W3C AnnotationCollection whose selectors find the quote in the document text", async () => {
    const out = await runExport(t.prisma, cli, { workspace: n.ws.slug, format: "annotations" });
    expect(out.contentType).toMatch(/^application\/ld\+json; profile="http:\/\/www.w3.org\/ns\/anno.jsonld"/);
    const col = JSON.parse(out.text);
    expect(col).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      first: { type: "AnnotationPage" },
    });
    expect(typeof col.id).toBe("string");
    expect(typeof col.label).toBe("string");
    const items = col.first.items;
    expect(col.total).toBe(items.length);
    expect(items).toHaveLength(5); // every claim is anchored in the full export
    const texts = new Map([
      [n.docA.id, n.docA.currentVersion!.text],
      [n.docB.id, n.docB.currentVersion!.text],
    ]);
    for (const a of items) {
      expect(a).toMatchObject({ type: "Annotation", motivation: "assessing" });
      expect(a.id).toMatch(new RegExp(`^${ORIGIN}/w/${n.ws.slug}/claims/\\w+#annotation$`));
      expect(Date.parse(a.created)).not.toBeNaN();
      expect(Date.parse(a.modified)).not.toBeNaN();
      const docId = a.target.source.split("/").pop();
      expect(a.target.source).toBe(`${ORIGIN}/w/${n.ws.slug}/documents/${docId}`);
      const [quote, pos] = a.target.selector;
      expect(Object.keys(quote).sort()).toEqual(["exact", "prefix", "suffix", "type"]);
      expect(quote.type).toBe("TextQuoteSelector");
      expect(Object.keys(pos).sort()).toEqual(["end", "start", "type"]);
      expect(pos.type).toBe("TextPositionSelector");
      const text = texts.get(docId)!;
      expect(text.slice(pos.start, pos.end)).toBe(quote.exact);
      expect(text.slice(0, pos.start).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(pos.end).startsWith(quote.suffix)).toBe(true);
      expect(a.body[0]).toMatchObject({ type: "TextualBody", purpose: "describing" });
      if (a.body[1]) expect(a.body[1]).toMatchObject({ type: "TextualBody", purpose: "assessing" });
    }
    const c1 = items.find((a: Obj) => a.id.includes(n.claims.c1.id));
    expect(c1.body[1].value).toBe("Supported");
  });

  it("csv: RFC 4180 tables that csv-parse reads back exactly, with formulas neutralized", async () => {
    const out = await runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "csv" });
    expect(out.contentType).toBe("text/csv; charset=utf-8");
    expect(out.filename).toBe(`${n.ws.slug}-public-claims.csv`);
    expect(out.text.split("\r\n")[0]).toMatch(/^id,text,headline,status,claimantId,claimantName,/);
    const rows = parse(out.text, { columns: true, record_delimiter: "\r\n" }) as Row[];
    expect(rows.map((r) => r.id).sort()).toEqual([...n.publicClaimIds].sort());
    expect(rows[0]).not.toHaveProperty("createdById");
    const c2 = rows.find((r) => r.id === n.claims.c2.id)!;
    expect(c2.text).toBe(`'${TRICKY_TEXT}`);
    expect(c2.claimantName).toBe(`'${TRICKY_CLAIMANT}`);
    expect(c2).toMatchObject({
      verdictLabel: "Unverifiable",
      verdictValue: "",
      status: "published",
      publishedAt: "2025-01-02T03:04:05Z",
      documentTitle: "Findings",
    });
    const c1 = rows.find((r) => r.id === n.claims.c1.id)!;
    expect(c1).toMatchObject({
      verdictValue: "5",
      tags: "contras;drug-trade",
      claimedAt: "1989-04-13",
      claimantName: "Kerry Committee",
      anchorExact: n.claims.c1.anchorExact!,
    });

    const sources = parse(
      (await runExport(t.prisma, cli, { workspace: n.ws.slug, format: "csv", entity: "sources" })).text,
      { columns: true },
    ) as Row[];
    expect(sources.find((s) => s.id === n.sources.report.id)).toMatchObject({
      title: '\'-Minus report, with "quotes"',
      authors: "Doe, J.; Roe, R.",
      notes: "S2-NOTE-SECRET",
    });
    expect(sources.find((s) => s.id === n.sources.cited.id)).toMatchObject({ isPrimary: "true", reliability: "5" });
    const evidence = parse(
      (await runExport(t.prisma, cli, { workspace: n.ws.slug, format: "csv", entity: "evidence" })).text,
      { columns: true },
    ) as Row[];
    expect(evidence.find((e) => e.claimId === n.claims.c1.id)).toMatchObject({
      excerpt: "'@excerpt, with comma",
      stance: "supports",
      strength: "strong",
    });
  });

  it("refuses unknown formats and entities, naming the allowed values", async () => {
    await expect(runExport(t.prisma, cli, { workspace: n.ws.slug, format: "xml" })).rejects.toMatchObject({
      code: "bad_request",
      message: "format must be one of csv, json, ndjson, claimreview, annotations, datapackage",
    });
    await expect(
      runExport(t.prisma, cli, { workspace: n.ws.slug, format: "csv", entity: "users" }),
    ).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringMatching(
        /^entity must be one of claims, sources, evidence, claimants, documents, relations, citations/,
      ),
    });
  });

  it("gives the same result whatever the batch size (keyset pagination loses and repeats nothing)", async () => {
    const strip = (s: string) => s.replace(/"exportedAt":"[^"]+"/, "");
    for (const format of ["json", "ndjson", "annotations", "claimreview"]) {
      const small = await runExport(t.prisma, cli, { workspace: n.ws.slug, format }, { batchSize: 1 });
      const big = await runExport(t.prisma, cli, { workspace: n.ws.slug, format });
      expect(strip(small.text), format).toBe(strip(big.text));
    }
  });
});
