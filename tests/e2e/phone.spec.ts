import { expect, test, type APIRequestContext } from "@playwright/test";
import { DESK_PAGES, deskFirstId, horizontalOverflow } from "./a11y";
import { signInAs } from "./helpers";

// Reading and reviewing on a phone (issue 23): no page scrolls sideways at 390 px, the reader's
// claim panel comes after the text, and public search shows results on the first screen.

const PHONE = { width: 390, height: 844 };
const WS = "/w/demo";

test.use({ viewport: PHONE });

/** Same-origin public paths from the sitemap that start with `prefix`. */
async function sitemapPath(request: APIRequestContext, prefix: string): Promise<string> {
  const xml = await (await request.get("/sitemap.xml")).text();
  const path = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1].replace(/&amp;/g, "&")).pathname)
    .find((p) => p.startsWith(prefix));
  expect(path, `the sitemap lists a page under ${prefix}`).toBeTruthy();
  return path!;
}

const PUBLIC_PAGES: [string, (request: APIRequestContext) => Promise<string>][] = [
  ["start", async () => "/"],
  ["sign-in", async () => "/signin"],
  ["developers", async () => "/developers"],
  ["home", async () => WS],
  ["claim", (request) => sitemapPath(request, `${WS}/claims/`)],
  ["revisions", async (request) => `${await sitemapPath(request, `${WS}/claims/`)}/revisions`],
  ["revision", async (request) => `${await sitemapPath(request, `${WS}/claims/`)}/revisions/1`],
  ["document", (request) => sitemapPath(request, `${WS}/documents/`)],
  ["claimant", (request) => sitemapPath(request, `${WS}/claimants/`)],
  ["claimants", async () => `${WS}/claimants`],
  ["documents", async () => `${WS}/documents`],
  ["verdicts", async () => `${WS}/verdicts`],
  ["corrections", async () => `${WS}/corrections`],
  ["search", async () => `${WS}/search?q=cocaine`],
  ["methodology", async () => `${WS}/methodology`],
  ["not found", async () => `${WS}/claims/no-such-claim`],
];

test("public pages at 390 px: no horizontal scroll", async ({ page, request }, testInfo) => {
  test.setTimeout(600_000);
  for (const [name, find] of PUBLIC_PAGES) {
    const res = await page.goto(await find(request));
    expect.soft(res?.status(), name).toBe(name === "not found" ? 404 : 200);
    const { overflow, wide } = await horizontalOverflow(page, testInfo);
    expect.soft(overflow, `${name}: ${page.url()} is wider than the screen:\n${wide.join("\n")}`).toBe(0);
  }
});

test("desk pages at 390 px: no horizontal scroll", async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  await signInAs(page, "owner");
  for (const [name, find] of DESK_PAGES) {
    const res = await page.goto(await find(page));
    expect.soft(res?.status(), name).toBe(200);
    const { overflow, wide } = await horizontalOverflow(page, testInfo);
    expect.soft(overflow, `${name}: ${page.url()} is wider than the screen:\n${wide.join("\n")}`).toBe(0);
  }
});

test("the desk reader puts the claim panel below the text on a phone", async ({ page }) => {
  await signInAs(page, "owner");
  await page.goto(`/desk/demo/documents/${await deskFirstId(page, "documents")}`);
  const text = await page.getByTestId("document-text").boundingBox();
  const panel = await page.getByRole("complementary", { name: "Claims" }).boundingBox();
  expect(text && panel).toBeTruthy();
  expect(panel!.y, "the panel starts after the text ends").toBeGreaterThanOrEqual(text!.y + text!.height);
  expect(text!.width, "the text uses the screen's width").toBeGreaterThan(PHONE.width * 0.7);
});

test("public search shows its first results on the first screen of a phone", async ({ page }) => {
  await page.goto(`${WS}/search?q=cocaine`);
  const first = page.getByTestId("results").getByRole("listitem").first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  expect(box.y + Math.min(box.height, 40), "the first result starts above the fold").toBeLessThanOrEqual(PHONE.height);
  // The filters are one tap away and still work.
  await page.locator("summary", { hasText: "Filter claims" }).click();
  await expect(page.getByLabel("Verdict")).toBeVisible();
});
