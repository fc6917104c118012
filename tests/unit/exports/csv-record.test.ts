// The CSV hot loop (lib/exports/csv-record.ts) writes exactly what csv-stringify writes with the
// export's options, on generated rows that favour the characters that change a field's encoding.
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_OPTIONS } from "@/lib/exports/csv";
import { csvRecords, type CsvValue } from "@/lib/exports/csv-record";

const special = fc.constantFrom(..."-=+@\t\r\n\",'\u0000 a\uFF1D\uFF0B\uFF0D\uFF20\uFF0C€😀".split(""), "\r\n");
const text = fc.oneof(
  fc.array(special, { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const cell: fc.Arbitrary<CsvValue> = fc.oneof(
  text,
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.constant(null),
  fc.constant(undefined),
);

describe("csvRecords", () => {
  it("matches csv-stringify byte for byte", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 5 }), (rows) => {
        expect(csvRecords(rows)).toBe(stringify(rows, CSV_OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  it("escapes formulas, quotes separators and leaves numbers alone", () => {
    const rows = [["=1+1", "-2", -2, 'say "hi"', "a,b", "x\ny", "\r", "", null, "\uFF1Dx"]];
    expect(csvRecords(rows)).toBe(`'=1+1,'-2,-2,"say ""hi""","a,b","x\ny","'\r",,,'\uFF1Dx\r\n`);
    expect(csvRecords(rows)).toBe(stringify(rows, CSV_OPTIONS));
  });
});
