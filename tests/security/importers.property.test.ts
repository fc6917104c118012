// Importers under hostile input: markup soup full of script payloads never crashes a parser,
// every position stays inside the text, and the dataset importer refuses junk only with AppError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset } from "@/lib/backup/dataset-parse";
import { decodeDocumentText } from "@/lib/documents/input";
import { parseDocument } from "@/lib/documents/parse";
import { AppError } from "@/lib/errors";

// prettier-ignore
const HOSTILE_TOKENS = [
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "[x](javascript:alert(1))", "[javascript:alert(1) t]",
  "<a href=\"data:text/html,<script>alert(1)</script>\">", "{{cite web|url=javascript:alert(1)|title=<b>T</b>}}", "<ref>", "</ref>",
  "<ref name=\"x\"/>", "{{", "}}", "[[", "]]", "|", "\n", "\n\n", "== H ==\n", "# H\n", "[^1]", "[^1]: note\n", "[1]", "Notes:\n",
  "<!--", "-->", "&lt;", "&#x3C;script&#x3E;", "\u202e", "\u0000", "\uFFFD", "\uD83D\uDE80", "=cmd|' /C calc'!A0", "\r", "\t", " ", "word", ".",
];
const hostileDoc = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE_TOKENS), { maxLength: 60 }).map((a) => a.join("")),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_TOKENS), fc.string({ maxLength: 8 })), { maxLength: 40 })
    .map((a) => a.join("")),
  fc.string({ unit: "binary", maxLength: 300 }),
);

describe("document importers", () => {
  it("parse any hostile text in every format with positions inside the text", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        hostileDoc,
        fc.constantFrom("auto", "wikitext", "endnotes", "markdown", "text") as fc.Arbitrary<"auto">,
        (input, format) => {
          const doc = parseDocument(input, format);
          const n = doc.text.length;
          expect(typeof doc.text).toBe("string");
          for (const c of doc.citations) expect(c.position >= 0 && c.position <= n).toBe(true);
          for (const s of doc.sections) expect(0 <= s.start && s.start <= s.end && s.end <= n).toBe(true);
          for (const q of doc.quotations) expect(0 <= q.start && q.start <= q.end && q.end <= n).toBe(true);
          for (const f of doc.flags) expect(f.position >= 0 && f.position <= n).toBe(true);
          // Parsed source URLs are only ever web URLs; a javascript: target never becomes a link.
          for (const s of doc.sources)
            for (const u of [s.url, s.archiveUrl])
              if (u !== undefined) expect(u).not.toMatch(/^\s*(javascript|data|vbscript):/i);
          checked++;
        },
      ),
      { numRuns: 400 },
    );
    console.log(`importers: ${checked} hostile documents parsed, all positions in range`);
  });

  it("decoding uploaded bytes either yields text without NUL or refuses with AppError", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 })),
        (input) => {
          try {
            const text = decodeDocumentText(input, 100);
            expect(text.includes("\u0000")).toBe(false);
            expect(text.includes("\r")).toBe(false);
            expect(text.trim()).not.toBe("");
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            expect(["unprocessable", "payload_too_large"]).toContain(err.code);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the dataset importer refuses any non-export JSON or CSV with AppError, never a crash", () => {
    const json = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc.string(),
      fc.constant('{"claims":[{"id":1,"text":"<script>alert(1)</script>"}],"__proto__":{"polluted":1}}'),
    );
    const csv = fc
      .array(
        fc
          .array(
            fc.oneof(
              fc.string({ maxLength: 10 }),
              fc.constantFrom("text", "claimant", "tags", '"', ",", "\n", "'=1+1"),
            ),
            { maxLength: 5 },
          )
          .map((r) => r.join(",")),
        { maxLength: 6 },
      )
      .map((rows) => rows.join("\n"));
    fc.assert(
      fc.property(
        fc.oneof(
          json.map((t) => ["json", t] as const),
          csv.map((t) => ["csv", t] as const),
        ),
        ([format, text]) => {
          try {
            const ds = parseDataset(format, text);
            expect(Array.isArray(ds.claims)).toBe(true);
            for (const c of ds.claims) expect(typeof c.text).toBe("string");
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
