// Page weight (issue 17, goal 2) against `next start` on the benchmark's database:
// - the public credibility view of the demo CIA article: its HTML in KB beside the document's
//   text (goal ≤ 2× the text + 50 KB: the text travels once, not again in the RSC payload);
// - the desk reader of a 5 MB import in Chromium (playwright, Debian's /usr/bin/chromium): time
//   from navigation to the load event and to the first claim-list click that takes effect
//   (the page is hydrated), median of 3 (goal ≤ 1.5 s).
import { chromium } from "@playwright/test";
import type { Database } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { DEMO_DOCUMENTS, DEMO_SLUG, seedDemo } from "@/lib/demo";
import { BENCH_PASSWORD, type BenchWorkspace } from "../seed";
import { percentile, round } from "../lib/stats";
import { startServer } from "../lib/server";

const BIG_TITLE = "Bench 5 MB import";
const BIG_CHARS = 5_000_000;
const BIG_CLAIMS = 60;

export interface WeightSetup {
  demoDocumentId: string;
  demoTextBytes: number;
  bigDocumentId: string;
  bigChars: number;
  editorEmail: string;
}

/** A public document page's weight beside its text: what the goal and the test both measure. */
export async function documentPageWeight(origin: string, slug: string, documentId: string, textBytes: number) {
  const res = await fetch(`${origin}/w/${slug}/documents/${documentId}`);
  const html = await res.text();
  const htmlBytes = Buffer.byteLength(html);
  const goalBytes = 2 * textBytes + 50 * 1024;
  return { status: res.status, html, htmlBytes, textBytes, goalBytes, met: htmlBytes <= goalBytes };
}

/** The 5 MB text (under the 5 MiB import limit): numbered sections of paragraphs. */
function bigText(): string {
  const lines: string[] = [];
  let n = 0;
  for (let s = 0; n < BIG_CHARS; s++) {
    const title = `Section ${s}: shipments and testimony`;
    lines.push(title);
    n += title.length + 2;
    for (let p = 0; p < 30; p++) {
      const line = `Paragraph ${s}.${p}: the committee heard that shipments were flown through the base under cover of aid, and that the agency knew of it.`;
      lines.push(line);
      n += line.length + 2;
    }
  }
  return lines.join("\n\n");
}

/** Run with the database open, before the server starts: the demo workspace and the 5 MB import. */
export async function prepareWeight(
  database: Database,
  slug: string,
  ws: BenchWorkspace,
  log: (s: string) => void,
): Promise<WeightSetup> {
  const db = database.prisma;
  if (await seedDemo(db)) log("weight: demo workspace seeded");
  const demo = await database.query<{ id: string; text: string }>(
    `SELECT d.id, v.text FROM "Document" d JOIN "Workspace" w ON w.id = d."workspaceId"
     JOIN "DocumentVersion" v ON v.id = d."currentVersionId" WHERE w.slug = $1 AND d.title = $2`,
    [DEMO_SLUG, DEMO_DOCUMENTS[0].title],
  );
  if (!demo.length) throw new Error("the demo CIA article is missing");
  const editor = ws.editors[0];
  const actor: Actor = { kind: "user", userId: editor.id, email: editor.email };
  let [big] = await database.query<{ id: string; chars: number }>(
    `SELECT d.id, length(v.text)::int AS chars FROM "Document" d JOIN "Workspace" w ON w.id = d."workspaceId"
     JOIN "DocumentVersion" v ON v.id = d."currentVersionId" WHERE w.slug = $1 AND d.title = $2`,
    [slug, BIG_TITLE],
  );
  if (!big) {
    log("weight: importing the 5 MB document…");
    const r = await importDocument(db, actor, { workspace: slug, title: BIG_TITLE, format: "text", text: bigText() });
    const [v] = await database.query<{ text: string }>(
      `SELECT v.text FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."currentVersionId" WHERE d.id = $1`,
      [r.documentId],
    );
    // Claims on the sentences of the first parts (the reader lists all of them on every part).
    let at = 0;
    for (let i = 0; i < BIG_CLAIMS; i++) {
      const start = v.text.indexOf("the committee heard", at);
      await createClaim(db, actor, slug, { documentId: r.documentId!, start, end: start + 60 });
      at = start + 5_000;
    }
    big = { id: r.documentId!, chars: v.text.length };
  }
  return {
    demoDocumentId: demo[0].id,
    demoTextBytes: Buffer.byteLength(demo[0].text),
    bigDocumentId: big.id,
    bigChars: big.chars,
    editorEmail: editor.email,
  };
}

export async function benchWeight(databaseUrl: string, slug: string, setup: WeightSetup) {
  const server = await startServer(databaseUrl);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const pub = await documentPageWeight(server.origin, DEMO_SLUG, setup.demoDocumentId, setup.demoTextBytes);
    if (pub.status !== 200) throw new Error(`the demo document page answered ${pub.status}`);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/signin`);
    await page.getByLabel("Email").fill(setup.editorEmail);
    await page.getByLabel("Password").fill(BENCH_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
    const url = `${server.origin}/desk/${slug}/documents/${setup.bigDocumentId}`;
    const readerBytes = Buffer.byteLength(await (await page.request.get(url)).text());
    const load: number[] = [];
    const interactive: number[] = [];
    for (let run = 0; run < 4; run++) {
      await page.goto(url, { waitUntil: "commit" });
      const first = page.locator('[data-testid="claim-list"] button').first();
      // Clicks before hydration do nothing; the first one that selects the claim marks the page usable.
      for (;;) {
        await first.click({ timeout: 30_000 });
        if ((await first.getAttribute("aria-pressed")) === "true") break;
        await page.waitForTimeout(20);
      }
      const usable = await page.evaluate(() => performance.now());
      await page.waitForLoadState("load");
      const loaded = await page.evaluate(
        () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
      );
      if (run === 0) continue; // warm-up: the server's first render of the page and Chromium's caches
      load.push(loaded);
      interactive.push(usable);
    }
    await context.close();
    return {
      publicPage: { htmlKB: round(pub.htmlBytes / 1024, 1), textKB: round(pub.textBytes / 1024, 1), met: pub.met },
      reader: {
        documentMB: round(setup.bigChars / 1e6, 2),
        pageKB: round(readerBytes / 1024, 1),
        loadMs: round(percentile(load, 50)),
        interactiveMs: round(percentile(interactive, 50)),
      },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
