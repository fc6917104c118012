import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ndjsonLine, ndjsonRecord } from "@/lib/exports/json";
import { licenseOf } from "@/lib/exports/licence";
import { children, keyset } from "@/lib/exports/paginate";
import { collect, toReadableStream } from "@/lib/exports/stream";
import { scaleBounds } from "@/lib/workspaces/rating-scale";

describe("export helpers", () => {
  it("maps workspace licences to Data Package licences", () => {
    expect(licenseOf("CC BY 4.0")).toEqual({
      name: "CC-BY-4.0",
      path: "https://creativecommons.org/licenses/by/4.0/",
      title: "CC BY 4.0",
    });
    expect(licenseOf("cc by-nc-sa 4.0")).toMatchObject({
      name: "CC-BY-NC-SA-4.0",
      path: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    });
    expect(licenseOf("CC0")).toMatchObject({
      name: "CC0-1.0",
      path: "https://creativecommons.org/publicdomain/zero/1.0/",
    });
    expect(licenseOf("ODbL 1.0")).toMatchObject({ name: "ODbL-1.0" });
    const custom = licenseOf("All rights reserved (c) Newsroom");
    expect(custom.title).toBe("All rights reserved (c) Newsroom");
    expect(custom.name).toMatch(/^[-a-zA-Z0-9._]+$/);
    expect(custom.path).toBeUndefined();
  });

  it("takes best and worst rating from the valued ratings only", () => {
    expect(scaleBounds([{ value: 5 }, { value: 1 }, { value: null }, { value: 3 }])).toEqual({ best: 5, worst: 1 });
    // A scale without values: the default 1–5, as on the public pages.
    expect(scaleBounds([{ value: null }])).toEqual({ best: 5, worst: 1 });
  });

  it("keeps the NDJSON kind in `type` and moves a row's own type aside", () => {
    expect(ndjsonRecord("claim", { id: "c", claimType: "factual" })).toEqual({
      type: "claim",
      id: "c",
      claimType: "factual",
    });
    expect(ndjsonRecord("source", { id: "s", type: "book" })).toEqual({ type: "source", sourceType: "book", id: "s" });
  });

  it("writes an NDJSON line holding that record, its kind first, for any row (property)", () => {
    const row = fc.dictionary(
      // Field names (an integer-like key would sort first in any JS object).
      fc.oneof(
        fc.constantFrom("type", "id", "sourceType"),
        fc.string().filter((k) => !/^\d+$/.test(k)),
      ),
      fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.string())),
    );
    fc.assert(
      fc.property(fc.constantFrom("claim", "source", 'we"ird'), row, (kind, r) => {
        const line = ndjsonLine(kind, r);
        expect(line.endsWith("}\n") && !line.slice(0, -1).includes("\n")).toBe(true);
        expect(line.startsWith(`{"type":${JSON.stringify(kind)}`)).toBe(true);
        expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(ndjsonRecord(kind, r))));
      }),
      { numRuns: 500 },
    );
  });

  it("keyset pages after the last id until a short page, and children follow their parents' batches", async () => {
    const ids = Array.from({ length: 7 }, (_, i) => ({ id: `id${i}` }));
    const calls: (string | undefined)[] = [];
    const pages = keyset(async (after, take) => {
      calls.push(after.id?.gt);
      return ids.filter((r) => !after.id || r.id > after.id.gt).slice(0, take);
    }, 3);
    const seen: string[][] = [];
    for await (const rows of children(pages, async (ps) => ps.filter((p) => p.id !== "id4").map((p) => p.id)))
      seen.push(rows);
    expect(calls).toEqual([undefined, "id2", "id5"]);
    expect(seen).toEqual([["id0", "id1", "id2"], ["id3", "id5"], ["id6"]]);
  });

  it("exposes a body as a pull-based web stream that stops the source when cancelled", async () => {
    let produced = 0;
    let finished = false;
    async function* body() {
      try {
        for (;;) {
          produced++;
          yield `line ${produced}\n`;
        }
      } finally {
        finished = true;
      }
    }
    const reader = toReadableStream(body()).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("line 1\n");
    await reader.cancel();
    expect(finished).toBe(true);
    expect(produced).toBeLessThan(5);
    async function* mixed() {
      yield "a";
      yield new TextEncoder().encode("é");
    }
    expect((await collect(mixed())).toString("utf8")).toBe("aé");
  });
});
