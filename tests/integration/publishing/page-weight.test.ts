// Issue 17 (page weight) on the production build: the public credibility view of the demo CIA
// article carries its annotated text once, in the HTML, and not again in the RSC payload
// (components/public/DocumentTextIsland.tsx), which bounds the page's weight by its text.
// Sizes are deterministic, so this is an exact check, not a timing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { DEMO_DOCUMENTS, DEMO_SLUG, seedDemo } from "@/lib/demo";
import { documentPageWeight } from "../../../bench/phases/weight";
import { ensureBuild, freePort, startServer, stopServer, waitReady, type Server } from "../../support/server";

describe("public document page weight", () => {
  let server: Server | undefined;
  let dir: string;
  let doc: { id: string; text: string };
  beforeAll(async () => {
    await ensureBuild();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-weight-"));
    const url = `pglite:${path.join(dir, "db")}`;
    const database = await openDatabase(url);
    try {
      await migrate(database);
      await seedDemo(database.prisma);
      [doc] = await database.query<{ id: string; text: string }>(
        `SELECT d.id, v.text FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."currentVersionId" WHERE d.title = $1`,
        [DEMO_DOCUMENTS[0].title],
      );
    } finally {
      await database.close();
    }
    server = startServer(await freePort(), { DATABASE_URL: url, DEMO: "0" });
    await waitReady(server);
  }, 900_000);
  afterAll(async () => {
    if (server) await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the CIA article's page carries its text once and weighs at most 2× the text + 100 KB", async () => {
    const w = await documentPageWeight(server!.origin, DEMO_SLUG, doc.id, Buffer.byteLength(doc.text));
    expect(w.status).toBe(200);
    expect(w.textBytes).toBeGreaterThan(30_000);
    // Passages of the text (no characters HTML escapes) appear at most once: in the HTML, not
    // also in the RSC payload. (One that crosses a highlight or mark is cut by tags: absent.)
    const passages = doc.text
      .split("\n")
      .filter((l) => l.length > 200 && !/[&<>"']/.test(l))
      .map((l) => l.slice(60, 140));
    const counts = passages.map((p) => w.html.split(p).length - 1);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(5);
    expect(Math.max(...counts)).toBe(1);
    // Issue 17's goal is 2× the text + 50 KB (w.goalBytes, the bench's figure). The text's second
    // copy is gone (274 KB before); the sidebar and source list still travel twice, so the bound
    // held here for now is 2× + 100 KB.
    const bound = 2 * w.textBytes + 100 * 1024;
    expect(w.htmlBytes, `${w.htmlBytes} bytes (goal ${w.goalBytes})`).toBeLessThanOrEqual(bound);
    // The highlights are there: every published claim's verdict tag links to its page.
    expect(w.html).toMatch(/<a [^>]*data-claims="[^"]+"/);
    expect(w.html).toMatch(/class="verdict-tag[^"]*"/);
  });
});
