import { expect, test } from "@playwright/test";

// Issue 17 (page weight): the public document text is sent in the HTML only
// (components/public/DocumentTextIsland.tsx). In the browser it must survive hydration untouched,
// and a client-side navigation to a document page (whose RSC payload has no text) must end with
// the text shown.
test("the public document text survives hydration and client navigation, without React errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat|react|#4\d\d/i.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/w/demo");
  await page.waitForLoadState("networkidle");
  // A client navigation: the island finds no server HTML and loads the page as a document.
  await page.locator('a[href*="/w/demo/documents/"]').first().click();
  await expect(page).toHaveURL(/\/w\/demo\/documents\/[^/]+$/);
  const text = page.getByTestId("document-text");
  await expect(text.locator("p").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  const before = await text.innerHTML();
  expect(before.length).toBeGreaterThan(5_000);
  // A hard load: hydrated, the text is what the server sent.
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(text.locator("p").first()).toBeVisible();
  expect(await text.innerHTML()).toBe(before);
  expect(errors).toEqual([]);
});
