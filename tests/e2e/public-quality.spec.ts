import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousViolations } from "./a11y";
import { DEMO_PASSWORD, demoEmail, signIn, signInAs } from "./helpers";

// Quality requirements of the public credibility view (anonymous readers): a reader's walk through
// it, no leak of unpublished work into any public response, accessibility, and the phone layout.
// Every test finds its own pages (other specs add and publish claims during the run).

const WS = "/w/demo";
const API = "/api/v1/workspaces/demo";
const NON_PUBLIC = ["draft", "in_review", "changes_requested", "approved"] as const;
const ROLES = ["owner", "editor", "reviewer", "contributor"] as const;

// ---------------------------------------------------------------------------------------------
// Finding pages

/** Same-origin paths listed in the sitemap. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  const xml = await res.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const u = new URL(decodeEntities(m[1]));
    return u.pathname + u.search;
  });
}

const claimPaths = async (request: APIRequestContext) =>
  (await sitemapPaths(request)).filter((p) => p.startsWith(`${WS}/claims/`));

/** The first public claim page whose HTML satisfies `test`. */
async function findClaim(request: APIRequestContext, test: (html: string) => boolean): Promise<string> {
  for (const path of await claimPaths(request)) {
    const res = await request.get(path);
    if (res.status() === 200 && test(await res.text())) return path;
  }
  throw new Error("no public claim page matches");
}

const isRetracted = (html: string) => html.includes('data-testid="retraction"');
/** A published (not retracted) claim that links to its highlighted passage. */
const publishedWithPassage = (request: APIRequestContext) =>
  findClaim(request, (html) => !isRetracted(html) && html.includes("See this passage in the document"));

async function firstOfKind(request: APIRequestContext, kind: "documents" | "claimants"): Promise<string> {
  const path = (await sitemapPaths(request)).find((p) => p.startsWith(`${WS}/${kind}/`));
  expect(path, `the sitemap lists a public ${kind} page`).toMatch(new RegExp(`^${WS}/${kind}/[\\w-]+$`));
  return path!;
}

// ---------------------------------------------------------------------------------------------
// Text normalisation for the leak check

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
}

/** A response body as a reader (or a crawler) would read it: HTML/XML entities and JSON escapes
 * undone, and a variant with the markup removed. */
function readings(body: string): string[] {
  const unjson = body
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(["\\/])/g, "$1");
  const decoded = decodeEntities(unjson.replace(/<!-- -->/g, ""));
  const text = decodeEntities(unjson.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]+>/g, ""));
  return [body, decoded, text, collapse(text)];
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
/** Markdown emphasis and code marks dropped, so a rendered rationale still matches its source. */
const unmark = (s: string) => collapse(s.replace(/[*_`#>]+/g, ""));

// ---------------------------------------------------------------------------------------------

test("walk: home → a claim → its highlighted place in the document → the claimant → found again by search", async ({
  page,
}) => {
  await page.goto(WS);
  const list = page.getByTestId("claim-list");
  await expect(list).toBeVisible();
  // Claims listed with a document and a claimant; the first whose page links to its passage.
  const candidates = await list
    .locator("li")
    .evaluateAll((lis) =>
      lis
        .filter((li) => li.querySelector('a[href*="/documents/"]') && li.querySelector('a[href*="/claimants/"]'))
        .map((li) => li.querySelector('a[href*="/claims/"]')!.getAttribute("href")!),
    );
  expect(candidates.length).toBeGreaterThan(0);

  let claimPath: string | null = null;
  for (const href of candidates) {
    await list.locator(`a[href="${href}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    if (await page.getByRole("link", { name: "See this passage in the document" }).count()) {
      claimPath = href;
      break;
    }
    await page.goBack();
    await expect(list).toBeVisible();
  }
  expect(claimPath, "a listed claim links to its passage in the document").not.toBeNull();
  const claimId = claimPath!.split("/").pop()!;
  const headline = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const claimantName = (await page
    .locator("xpath=//dt[normalize-space()='Claimant']/following-sibling::dd[1]//a")
    .textContent())!.trim();

  // Its place in the document: the URL carries the anchor and the highlight behind it is on screen.
  await page.getByRole("link", { name: "See this passage in the document" }).click();
  await expect(page).toHaveURL(new RegExp(`${WS}/documents/[^#]+#claim-${claimId}$`));
  await expect(page.locator(`[id="claim-${claimId}"]`)).toHaveCount(1);
  const highlight = page.locator(`[id="claim-${claimId}"] ~ a[data-claims~="${claimId}"]`).first();
  await expect(highlight).toBeVisible();
  await expect(highlight).toBeInViewport();

  // The claimant, from the document's summary.
  await page.getByRole("region", { name: "Claimants" }).getByRole("link", { name: claimantName, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${WS}/claimants/`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(claimantName);
  await expect(page.getByTestId("claim-list").getByRole("link", { name: headline, exact: true })).toBeVisible();

  // Found again with the header's search box, using the headline's words.
  const words = (headline.match(/[A-Za-z0-9]+/g) ?? []).filter((w) => w.length >= 3 && w.toLowerCase() !== "or");
  await page.getByRole("searchbox", { name: "Search claims, documents and sources" }).fill(words.join(" "));
  await page.getByRole("searchbox", { name: "Search claims, documents and sources" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`${WS}/search\\?q=`));
  const hit = page.getByTestId("results").getByRole("link", { name: headline, exact: true });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${claimPath}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
});

test("leak crawl: nothing unpublished reaches the sitemap, the public pages, the feed or the dataset", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const token = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const secrets: { what: string; value: string }[] = [];
  const publicTexts: string[] = []; // public claims' headlines, statements and rationales

  // --- As the editor: what is not public, plus fresh internal notes to look for.
  const editorCtx = await browser.newContext({ baseURL });
  const editor = await editorCtx.newPage();
  await signInAs(editor, "editor");
  const api = editor.request; // carries the editor's session cookie

  type Row = { id: string; headline: string; text: string; status: string; claimant: { name: string } | null };
  const list = async (status: string): Promise<Row[]> => {
    const res = await api.get(`${API}/claims?status=${status}&limit=200`);
    expect(res.status(), `list ${status} claims`).toBe(200);
    return ((await res.json()) as { items: Row[] }).items;
  };

  // A draft of our own, a comment on it (desk UI), then a review rationale (reviewer, over the API).
  const probe = {
    headline: `Leak probe headline ${token}`,
    text: `Leak probe statement ${token}: unpublished work stays in the desk.`,
    claimant: `Leak Probe Claimant ${token}`,
  };
  const created = await api.post(`${API}/claims`, {
    data: { headline: probe.headline, text: probe.text, claimant: { name: probe.claimant } },
  });
  expect(created.status()).toBe(201);
  const probeId = ((await created.json()) as { id: string }).id;
  const comment = `Internal comment ${token}: do not publish this source yet.`;
  await editor.goto(`/desk/demo/claims/${probeId}`);
  await editor.getByRole("form", { name: "Add comment" }).getByLabel("Comment").fill(comment);
  await editor.getByRole("form", { name: "Add comment" }).getByRole("button", { name: "Comment" }).click();
  await expect(editor.getByTestId("comments")).toContainText(comment);
  expect(
    (
      await api.post(`${API}/claims/${probeId}/submit`, {
        data: { verdict: "Supported", confidence: "medium", rationale: "Proposed." },
      })
    ).status(),
  ).toBe(200);

  const reviewerCtx = await browser.newContext({ baseURL });
  const reviewer = await reviewerCtx.newPage();
  await signIn(reviewer, demoEmail("reviewer"), DEMO_PASSWORD);
  await expect(reviewer.getByTestId("role")).toHaveText("Reviewer");
  const rationale = `Review rationale ${token}: the sourcing is too thin to publish.`;
  const reviewed = await reviewer.request.post(`${API}/reviews`, {
    data: { claimId: probeId, decision: "request_changes", rationale },
  });
  expect(reviewed.status()).toBe(201);
  await reviewerCtx.close();

  // A comment on a published claim too: discussion is internal even when the verdict is public.
  const published = [...(await list("published")), ...(await list("retracted"))];
  expect(published.length).toBeGreaterThan(0);
  const publishedComment = `Desk-only remark ${token} on a published verdict.`;
  await editor.goto(`/desk/demo/claims/${published[0].id}`);
  await editor.getByRole("form", { name: "Add comment" }).getByLabel("Comment").fill(publishedComment);
  await editor.getByRole("form", { name: "Add comment" }).getByRole("button", { name: "Comment" }).click();
  await expect(editor.getByTestId("comments")).toContainText(publishedComment);

  const hidden: Row[] = [];
  for (const status of NON_PUBLIC) hidden.push(...(await list(status)));
  expect(hidden.some((c) => c.id === probeId)).toBe(true);

  // Review history: rationales of reviews that are not public (anything but a public claim's
  // published rationale or a published dissent), and what is public, to tell them apart.
  type History = {
    reviews: { rationale: string; isDissent: boolean; decision: string }[];
    revisions: { rationale: string | null }[];
  };
  const history = async (id: string) => (await (await api.get(`${API}/reviews?claimId=${id}`)).json()) as History;
  const internalRationales: string[] = [];
  for (const c of published) {
    publicTexts.push(c.headline, c.text);
    const detail = (await (await api.get(`${API}/claims/${c.id}`)).json()) as {
      rationale: string | null;
      claimant: { name: string } | null;
    };
    if (detail.rationale) publicTexts.push(detail.rationale);
    const h = await history(c.id);
    for (const r of h.revisions) if (r.rationale) publicTexts.push(r.rationale);
    for (const r of h.reviews) (r.isDissent ? publicTexts : internalRationales).push(r.rationale);
  }
  for (const c of hidden) for (const r of (await history(c.id)).reviews) internalRationales.push(r.rationale);
  await editorCtx.close();

  // --- Anonymous: crawl the sitemap, the links of the public pages, the feed, robots.txt, the dataset.
  const anonCtx = await browser.newContext({ baseURL });
  const anon = anonCtx.request;
  const origin = new URL(baseURL!).origin;
  const bodies = new Map<string, string>();
  const queue: string[] = [
    "/robots.txt",
    "/sitemap.xml",
    `${WS}/feed.xml`,
    `${API}/export?format=json`,
    WS,
    ...(await sitemapPaths(anon)),
  ];
  const seen = new Set<string>();
  const MAX = 300;
  while (queue.length && bodies.size < MAX) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await anon.get(path, { maxRedirects: 0 });
    expect(res.status(), `GET ${path}`).toBe(200);
    const body = await res.text();
    bodies.set(path, body);
    if (!(res.headers()["content-type"] ?? "").includes("text/html")) continue;
    for (const m of body.matchAll(/href="([^"]*)"/g)) {
      const u = new URL(decodeEntities(m[1]), origin + path);
      if (u.origin !== origin) continue;
      if (u.pathname !== WS && !u.pathname.startsWith(`${WS}/`)) continue;
      const next = u.pathname + u.search;
      if (!seen.has(next)) queue.push(next);
    }
  }
  const paths = [...bodies.keys()];
  for (const kind of ["claims", "documents", "claimants", "search", "methodology"]) {
    expect(
      paths.some((p) => p.startsWith(`${WS}/${kind}`)),
      `the crawl reached ${kind} pages`,
    ).toBe(true);
  }

  // The public documents' text, as shown (without the verdict tags and citation marks).
  const documentTexts: string[] = [];
  const reader = await anonCtx.newPage();
  for (const path of paths.filter((p) => p.startsWith(`${WS}/documents/`))) {
    await reader.goto(path);
    documentTexts.push(
      await reader.getByTestId("document-text").evaluate((root) => {
        const copy = root.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("sup").forEach((s) => s.remove());
        return [...copy.children].map((b) => b.textContent ?? "").join("\n");
      }),
    );
  }
  expect(documentTexts.length).toBeGreaterThan(0);

  // --- The secrets: strings that cannot legitimately appear on a public page.
  const legit = [...publicTexts, ...documentTexts].map(collapse);
  const isLegit = (s: string) => legit.some((t) => t.includes(collapse(s)) || t.includes(unmark(s)));
  for (const role of ROLES) secrets.push({ what: `${role}'s email`, value: demoEmail(role) });
  secrets.push(
    { what: "probe claim id", value: probeId },
    { what: "probe headline", value: probe.headline },
    { what: "probe statement", value: probe.text },
    { what: "probe claimant", value: probe.claimant },
    { what: "desk comment", value: comment },
    { what: "desk comment on a published claim", value: publishedComment },
    { what: "review rationale", value: rationale },
    { what: "the run's token", value: token },
  );
  let skipped = 0;
  for (const c of hidden) {
    secrets.push({ what: `${c.status} claim id`, value: c.id });
    for (const [what, value] of [
      ["headline", c.headline],
      ["statement", c.text],
    ] as const) {
      if (value.length < 16 || isLegit(value)) skipped++;
      else secrets.push({ what: `${c.status} claim ${what}`, value });
    }
  }
  for (const r of internalRationales) {
    if (unmark(r).length < 16 || isLegit(r)) skipped++;
    else secrets.push({ what: "internal review rationale", value: r });
  }
  expect(
    secrets.filter((s) => s.what.endsWith("claim headline")).length,
    "some draft headlines are checked",
  ).toBeGreaterThan(0);
  console.log(
    `leak crawl: ${bodies.size} responses, ${secrets.length} secret strings (${skipped} skipped as also public)`,
  );

  const leaks: string[] = [];
  for (const [path, body] of bodies) {
    const texts = readings(body);
    for (const s of secrets) {
      const needles = [s.value, unmark(s.value)].filter((n) => n.length >= 8);
      if (texts.some((t) => needles.some((n) => t.includes(n)))) leaks.push(`${path}: ${s.what} “${s.value}”`);
    }
  }
  expect(leaks, leaks.join("\n")).toEqual([]);

  // Unpublished claims have no public page, and public search does not find them.
  const sample = [
    probeId,
    ...NON_PUBLIC.map((s) => hidden.find((c) => c.status === s)?.id).filter((x): x is string => !!x),
  ];
  for (const id of sample) {
    const res = await anon.get(`${WS}/claims/${id}`);
    expect(res.status(), `/w/demo/claims/${id}`).toBe(404);
    const body = await res.text();
    // The page may echo its own URL (so the id); none of the claim's words or notes.
    for (const s of secrets.filter((x) => !/ id$|token/.test(x.what)))
      expect(body.includes(s.value), `404 page shows ${s.what}`).toBe(false);
  }
  await reader.goto(`${WS}/search?q=${encodeURIComponent(token)}`);
  await expect(reader.getByTestId("no-results")).toBeVisible();
  await anonCtx.close();
});

// ---------------------------------------------------------------------------------------------
// Accessibility

const A11Y_PAGES: [string, (request: APIRequestContext) => Promise<string>][] = [
  ["home", async () => WS],
  ["claim", publishedWithPassage],
  ["retracted claim", (request) => findClaim(request, isRetracted)],
  ["document", (request) => firstOfKind(request, "documents")],
  ["claimant", (request) => firstOfKind(request, "claimants")],
  ["search with results", async () => `${WS}/search?q=cocaine`],
  ["search without results", async () => `${WS}/search?q=xyzzyplugh`],
  ["methodology", async () => `${WS}/methodology`],
  ["documents index", async () => `${WS}/documents`],
];

test.describe("accessibility (axe: no serious or critical violations)", () => {
  for (const [name, find] of A11Y_PAGES) {
    test(name, async ({ page, request }, testInfo) => {
      const path = await find(request);
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      if (name === "search with results") await expect(page.getByTestId("results")).toBeVisible();
      if (name === "search without results") await expect(page.getByTestId("no-results")).toBeVisible();
      if (name === "retracted claim") await expect(page.getByTestId("retraction")).toBeVisible();
      await expectNoSeriousViolations(page, testInfo);
    });
  }
});

test("the document view works from the keyboard: Tab reaches the highlights, Enter follows one", async ({
  page,
  request,
}) => {
  await page.goto(await firstOfKind(request, "documents"));
  await expect(page.getByTestId("document-text").locator("a[data-claims]").first()).toBeVisible();
  let href: string | null = null;
  for (let i = 0; i < 100 && !href; i++) {
    await page.keyboard.press("Tab");
    href = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLAnchorElement && el.matches('[data-testid="document-text"] a[data-claims]')
        ? el.getAttribute("href")
        : null;
    });
  }
  expect(href, "Tab reaches a highlighted claim").not.toBeNull();
  await expect(page.locator(":focus")).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { name: "Verdict", exact: true })).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Phone

test.describe("on a phone (375 × 812)", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  const PHONE_PAGES: [string, (request: APIRequestContext) => Promise<string>, boolean][] = [
    ["home", async () => WS, true],
    ["claim", publishedWithPassage, true],
    ["document", (request) => firstOfKind(request, "documents"), false], // long: the first screen only
  ];
  for (const [name, find, fullPage] of PHONE_PAGES) {
    test(`${name}: no horizontal scroll`, async ({ page, request }, testInfo) => {
      const res = await page.goto(await find(request));
      expect(res?.status()).toBe(200);
      await page.waitForLoadState("load");
      const { scrollWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        // What sticks out, to say why when it fails.
        wide: [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .slice(0, 10)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").join(".")} → ${Math.round(el.getBoundingClientRect().right)}px`,
          ),
      }));
      await testInfo.attach(`${name}-375.png`, { body: await page.screenshot({ fullPage }), contentType: "image/png" });
      expect(scrollWidth, `wider than the screen:\n${wide.join("\n")}`).toBeLessThanOrEqual(375);
    });
  }
});
