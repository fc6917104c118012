import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

// Issue 23 item 3: a claim made from a keyboard selection, without the mouse (keyboard.press only).
const focusedTestId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);

test("an editor selects text with Shift+arrows, creates a claim with Enter, and steps through claims with N and P", async ({
  page,
}) => {
  test.setTimeout(240_000); // the reader of a long document loads slowly on a shared machine
  await signInAs(page, "editor");
  await page.goto("/desk/demo/documents");
  const href = await page
    .getByRole("link", { name: "CIA involvement in transnational crime and the drug trade" })
    .getAttribute("href");
  await page.goto(href!, { timeout: 120_000 });
  const text = page.getByTestId("document-text");
  await expect(text).toContainText("Kerry Committee");
  // Wait for hydration: the caret model is client code.
  await expect(page.getByTestId("claim-list")).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The way in is announced on screen.
  await expect(page.getByText("select with Shift+arrows, then press Enter to create a claim")).toBeVisible();

  // Tab from the top of the page until the document's text has focus.
  for (let i = 0; i < 120 && (await focusedTestId(page)) !== "document-text"; i++) await page.keyboard.press("Tab");
  await expect(text).toBeFocused();
  await expect(page.getByTestId("reader-caret")).toBeVisible();

  // Down into the body, then select six words.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  for (let i = 0; i < 6; i++) await page.keyboard.press("Control+Shift+ArrowRight");
  const selected = (await page.evaluate(() => window.getSelection()!.toString())).replace(/\s+/g, " ").trim();
  expect(selected.split(" ").length).toBeGreaterThanOrEqual(3);
  const form = page.getByRole("form", { name: "Create claim" });
  await expect(form.getByTestId("selection-quote")).toHaveText(selected);
  await expect(page.getByTestId("selection-hint")).toContainText("Press Enter to create a claim");
  // Shift+Left shrinks the selection by a character, like any text.
  await page.keyboard.press("Shift+ArrowLeft");
  const shrunk = (await page.evaluate(() => window.getSelection()!.toString())).replace(/\s+/g, " ").trim();
  expect(shrunk.length).toBeLessThan(selected.length);
  await expect(form.getByTestId("selection-quote")).toHaveText(shrunk);

  // Enter opens the form at its first field; Tab to the headline; Enter submits.
  await page.keyboard.press("Enter");
  await expect(form.getByLabel("Statement")).toBeFocused();
  await expect(form.getByLabel("Statement")).toHaveValue(shrunk);
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Headline (≤ 75 characters, optional)")).toBeFocused();
  const headline = `Keyboard claim ${Date.now()}`;
  await page.keyboard.type(headline);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Claim created.");
  // Focus returns to the text, so the next selection can start at once.
  await expect(text).toBeFocused();

  const link = page.getByTestId("claim-list").getByRole("link", { name: headline });
  await expect(link).toBeVisible();
  const id = (await link.getAttribute("href"))!.split("/").pop()!;
  const quote = await page
    .locator(`mark[data-claims~="${id}"]`)
    .evaluateAll((marks) => marks.map((m) => m.textContent).join(""));
  expect(quote.replace(/\s+/g, " ").trim()).toBe(shrunk);

  // N and P move between claims: the highlight takes focus and the list marks it.
  await page.keyboard.press("n");
  const first = page.locator("mark[data-claims]:focus");
  await expect(first).toHaveCount(1);
  const firstClaim = (await first.getAttribute("data-claims"))!;
  await expect(page.getByTestId("claim-list").locator('button[aria-pressed="true"]')).toHaveCount(1);
  await page.keyboard.press("n");
  await expect(page.locator("mark[data-claims]:focus")).not.toHaveAttribute("data-claims", firstClaim);
  await page.keyboard.press("p");
  await expect(page.locator("mark[data-claims]:focus")).toHaveAttribute("data-claims", firstClaim);
});
