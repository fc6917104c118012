import { expect, test } from "@playwright/test";

// The public credibility view, anonymous. The demo may or may not have published verdicts yet
// (the review workflow publishes them), so verdict-dependent checks run only when there are some.
const RATINGS = ["Supported", "Mostly supported", "Contested", "Mostly unsupported", "Refuted", "Unverifiable"];

test("the home page lists verdicts or says nothing is published, and links the dataset", async ({ page }) => {
  const res = await page.goto("/w/demo");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo desk");
  const list = page.getByTestId("claim-list");
  const nothing = page.getByText("Nothing is published yet.");
  await expect(list.or(nothing).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the dataset (JSON)" }).first()).toHaveAttribute(
    "href",
    "/api/v1/workspaces/demo/export?format=json",
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/w\/demo$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Demo desk/);
  if (await nothing.isVisible()) return;

  // A published claim: verdict label, evidence balance, ClaimReview JSON-LD, and its place in the document.
  await list.locator("li a").first().click();
  await expect(page).toHaveURL(/\/w\/demo\/claims\//);
  await expect(page.getByRole("heading", { name: "Verdict", exact: true })).toBeVisible();
  await expect(page.getByTestId("verdict").first()).toHaveText(new RegExp(RATINGS.join("|")));
  await expect(page.getByTestId("balance")).toContainText("Evidence balance");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "ClaimReview", reviewRating: { "@type": "Rating" } });
  const passage = page.getByRole("link", { name: "See this passage in the document" });
  if (await passage.count()) {
    const href = (await passage.getAttribute("href"))!;
    await passage.click();
    const anchor = href.split("#")[1];
    await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "Legend" })).toBeVisible();
    await expect(page.getByTestId("document-text").locator("a[data-claims]").first()).toBeVisible();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("methodology shows the six ratings with definitions and the balance formula", async ({ page }) => {
    await page.goto("/w/demo/methodology");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
    const scale = page.getByTestId("rating-scale");
    for (const r of RATINGS) await expect(scale.getByText(r, { exact: true })).toBeVisible();
    await expect(scale).toContainText("Reliable evidence contradicts the claim.");
    await expect(page.getByText("(supporting − contesting) ÷ (supporting + contesting)")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Review policy" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Corrections policy" })).toBeVisible();
  });

  test("a search with no results says so", async ({ page }) => {
    await page.goto("/w/demo/search");
    await page.getByLabel("Words to find").fill("xyzzyplugh quux");
    await page.getByRole("button", { name: "Search" }).last().click();
    await expect(page).toHaveURL(/\/w\/demo\/search\?q=xyzzyplugh/);
    await expect(page.getByTestId("no-results")).toContainText("No results for “xyzzyplugh quux”");
  });
});

test("unknown or non-public records are 404s", async ({ page, request }) => {
  expect((await page.goto("/w/demo/claims/made-up-claim-id"))?.status()).toBe(404);
  expect((await page.goto("/w/demo/documents/made-up-document-id"))?.status()).toBe(404);
  expect((await page.goto("/w/demo/claimants/made-up-claimant-id"))?.status()).toBe(404);
  expect((await request.get("/w/no-such-desk/feed.xml")).status()).toBe(404);
});

test("robots.txt, sitemap.xml and the Atom feed", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/Disallow: \/desk/);
  expect(text).toMatch(/Disallow: \/api/);
  expect(text).toMatch(/Sitemap: http.*\/sitemap\.xml/);

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.headers()["content-type"]).toMatch(/xml/);
  const xml = await sitemap.text();
  expect(xml).toMatch(/^<\?xml/);
  expect(xml).toContain("<urlset");
  expect(xml).toMatch(/<loc>http[^<]*\/w\/demo<\/loc>/);
  expect(xml).not.toContain("/desk");

  const feed = await request.get("/w/demo/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toMatch(/application\/atom\+xml/);
  const atom = await feed.text();
  expect(atom).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>/);
  expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(atom).toMatch(/<title>Demo desk: verdicts and corrections<\/title>/);
});
