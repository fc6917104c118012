// Parsing off the request thread (issue 22): same result as in process, refused past its time
// budget with the budget's error, and the calling thread keeps answering while a parse runs.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/documents/parse";
import { parseDocumentBounded } from "@/lib/documents/parse-pool";
import { AppError } from "@/lib/errors";

const demo = fs.readFileSync(path.resolve("prisma/demo/cia-transnational-crime.wikitext"), "utf8");
// Slow for wikiparser-node (thousands of templates) yet within every document limit.
const slow = "Text {{convert|1|km}} and {{cite web|title=T|url=https://example.org}} more.\n".repeat(2000);

describe("parseDocumentBounded", () => {
  it("gives what parseDocument gives", async () => {
    expect(await parseDocumentBounded(demo, "auto")).toEqual(parseDocument(demo, "auto"));
  }, 60_000);

  it("passes the document limits' refusals through as the same AppError", async () => {
    const err = await parseDocumentBounded("{{a|".repeat(100), "wikitext").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).details).toMatchObject({ limit: "nesting" });
  }, 60_000);

  it("refuses a document over its time budget with the budget's error, and the next parse still works", async () => {
    const err = await parseDocumentBounded(slow, "wikitext", 50).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toBe(
      "the document took longer than 0.05 s to parse (the limit); split it into smaller documents",
    );
    expect((err as AppError).details).toMatchObject({ limit: "parseTime" });
    expect((await parseDocumentBounded("Plain words.", "text")).text).toBe("Plain words.");
  }, 60_000);

  it("keeps this thread free: a timer set after a slow parse starts fires before the parse ends", async () => {
    const order: string[] = [];
    const parse = parseDocumentBounded(slow, "wikitext", 120_000).then(() => order.push("parse"));
    const tick = new Promise<void>((r) => setTimeout(() => (order.push("tick"), r()), 1));
    await Promise.all([parse, tick]);
    expect(order).toEqual(["tick", "parse"]);
  }, 180_000);
});
