// CSV writing without a database: any text survives a round trip through csv-parse, except that
// formula-looking cells gain exactly one leading quote.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvTable } from "@/lib/exports/csv";
import type { AnyEntity, EntitySpec, ExportContext } from "@/lib/exports/types";
import { HOSTILE_VALUES } from "../../support/hostile-workspace";
import { asWritten, readWithCsvParse, readWithPython } from "../../support/csv-readers";

interface Row {
  id: string;
  text: string | null;
  n: number | null;
  ok: boolean | null;
  at: Date | null;
}

function entity(rows: Row[], batch = 2): AnyEntity {
  const spec: EntitySpec<Row> = {
    name: "claims",
    type: "claim",
    description: "test",
    async *read() {
      for (let i = 0; i < rows.length; i += batch) yield rows.slice(i, i + batch);
    },
    json: (r) => ({ ...r }),
    columns: [
      { name: "id", type: "string", get: (r) => r.id },
      { name: "text", type: "string", get: (r) => r.text },
      { name: "n", type: "integer", get: (r) => r.n },
      { name: "ok", type: "boolean", get: (r) => r.ok },
      { name: "at", type: "datetime", get: (r) => r.at },
      { name: "secret", type: "string", get: () => "internal", fullOnly: true },
    ],
    foreignKeys: [],
  };
  return spec as AnyEntity;
}

const ctx = (isPublic: boolean) => ({ scope: { workspaceId: "w", public: isPublic } }) as ExportContext;

async function write(rows: Row[], isPublic = false): Promise<string> {
  let out = "";
  for await (const chunk of csvTable(entity(rows), ctx(isPublic))) out += chunk;
  return out;
}

const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe("csv writer", () => {
  it("writes typed cells the way Table Schema reads them", () => {
    expect(csvCell(new Date("2025-01-02T03:04:05.678Z"), "datetime")).toBe("2025-01-02T03:04:05Z");
    expect(csvCell(new Date("1989-04-13T00:00:00Z"), "date")).toBe("1989-04-13");
    expect(csvCell(true, "boolean")).toBe("true");
    expect(csvCell(false, "boolean")).toBe("false");
    expect(csvCell(null, "integer")).toBeNull();
    expect(csvCell(-3, "integer")).toBe(-3);
  });

  it("writes a header, CRLF records and quotes only where RFC 4180 needs them", async () => {
    const out = await write([
      { id: "a", text: 'say "hi", then\nleave', n: 1, ok: true, at: new Date("2025-01-01T00:00:00Z") },
      { id: "b", text: null, n: null, ok: null, at: null },
    ]);
    expect(out).toBe(
      'id,text,n,ok,at,secret\r\na,"say ""hi"", then\nleave",1,true,2025-01-01T00:00:00Z,internal\r\nb,,,,,internal\r\n',
    );
  });

  it("public tables leave out full-only columns; an empty table is just its header", async () => {
    expect(await write([], true)).toBe("id,text,n,ok,at\r\n");
  });

  it("neutralizes formulas in text cells but not negative numbers", async () => {
    const rows = ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "plain"].map((text, i) => ({
      id: `r${i}`,
      text,
      n: -i,
      ok: null,
      at: null,
    }));
    const back = parse(await write(rows), { columns: true }) as Record<string, string>[];
    expect(back.map((r) => r.text)).toEqual(["'=1+1", "'+cmd", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "plain"]);
    expect(back.map((r) => r.n)).toEqual(["0", "-1", "-2", "-3", "-4", "-5", "-6"]);
  });

  it("round-trips any text through csv-parse (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 8 }), async (texts) => {
        const rows = texts.map((text, i) => ({ id: `r${i}`, text, n: i, ok: i % 2 === 0, at: null }));
        const back = parse(await write(rows), { columns: true }) as Record<string, string>[];
        expect(back).toHaveLength(rows.length);
        back.forEach((r, i) => expect(r.text).toBe(FORMULA.test(texts[i]) ? `'${texts[i]}` : texts[i]));
      }),
      { numRuns: 200 },
    );
  });

  it("quotes a bare LF, a bare CR and NUL, so readers that split on either keep one record", async () => {
    const out = await write([
      { id: "a", text: "x\ny", n: 1, ok: null, at: null },
      { id: "b", text: "p\rq", n: 2, ok: null, at: null },
      { id: "c", text: "n\u0000l", n: 3, ok: null, at: null },
    ]);
    expect(out).toBe(
      'id,text,n,ok,at,secret\r\na,"x\ny",1,,,internal\r\nb,"p\rq",2,,,internal\r\nc,"n\u0000l",3,,,internal\r\n',
    );
  });

  it("reads back the same rows and cells in Python's csv and in csv-parse with default options", async () => {
    const hostile = [...HOSTILE_VALUES, "nul\u0000byte", "\n", "\r", "\r\n", "", " ", ",", '""', "\uFF1Dfullwidth"];
    const random = fc.sample(fc.string({ unit: "binary", maxLength: 30 }), { numRuns: 300, seed: 16 });
    const texts = [...hostile, ...random];
    const out = await write(texts.map((text, i) => ({ id: `r${i}`, text, n: -i, ok: i % 2 === 0, at: null })));
    const expected = [
      ["id", "text", "n", "ok", "at", "secret"],
      ...texts.map((t, i) => [`r${i}`, asWritten(t), String(-i), String(i % 2 === 0), "", "internal"]),
    ];
    expect(readWithCsvParse(out)).toEqual(expected);
    expect(readWithPython(out)).toEqual(expected);
  });
});
