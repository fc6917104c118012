// sqlLiteral (lib/db/literal.ts): values written into EXECUTE of a prepared statement on PGlite.
// The quoting must be exactly pg's escapeLiteral; arrays as PostgreSQL's array input reads them.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { quoteLiteral, sqlLiteral } from "@/lib/db/literal";

describe("sqlLiteral", () => {
  it("quotes text as pg's escapeLiteral does", () => {
    for (const s of ["", "plain", "it's", "''", "back\\slash", "both ' and \\", "\\'", "Élise «quote» 😀", "a\nb\tc"])
      expect(quoteLiteral(s), JSON.stringify(s)).toBe(pg.escapeLiteral(s));
  });

  it("refuses a NUL byte rather than cut the text short", () => {
    expect(() => quoteLiteral("a\u0000b")).toThrow(/NUL/);
  });

  it("writes every value as a quoted string the parameter's type reads, and null as NULL", () => {
    expect(sqlLiteral(null)).toBe("NULL");
    expect(sqlLiteral(undefined)).toBe("NULL");
    expect(sqlLiteral(42)).toBe("'42'");
    expect(sqlLiteral(1.5)).toBe("'1.5'");
    expect(sqlLiteral(true)).toBe("'true'");
    expect(sqlLiteral(12345678901234567890n)).toBe("'12345678901234567890'");
    expect(sqlLiteral(new Date("2026-12-04T10:00:00.123Z"))).toBe("'2026-12-04T10:00:00.123Z'");
    expect(sqlLiteral({ a: "it's" })).toBe(`'{"a":"it''s"}'`);
  });

  it("writes arrays as PostgreSQL's array input reads them, escaping quotes, backslashes and NULLs", () => {
    expect(sqlLiteral([])).toBe("'{}'");
    expect(sqlLiteral(["a", "b,c", null])).toBe(`'{"a","b,c",NULL}'`);
    expect(sqlLiteral(['say "hi"', "it's"])).toBe(` E'{"say \\\\"hi\\\\"","it''s"}'`);
    expect(sqlLiteral(["back\\slash"])).toBe(` E'{"back\\\\\\\\slash"}'`);
    expect(
      sqlLiteral([
        [1, 2],
        [3, null],
      ]),
    ).toBe(`'{{"1","2"},{"3",NULL}}'`);
  });

  it("refuses binary values", () => {
    expect(() => sqlLiteral(Buffer.from("x"))).toThrow(/binary/);
  });
});
