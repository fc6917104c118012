import { expect, test } from "@playwright/test";
import { DESK_PAGES, deskFirstId, expectNoSeriousViolations, seriousViolations } from "./a11y";
import { signInAs } from "./helpers";

// The desk for people who use a keyboard, a screen reader or low vision (issue 23): axe on every
// desk page type, a visible focus ring, readable buttons, and error pages that keep the way back.

const WS = "/desk/demo";

// One sign-in for every page type: each page is reported on its own (soft), the test fails if any does.
test("desk accessibility (axe: no serious or critical violations on any page type)", async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  await signInAs(page, "owner");
  for (const [name, find] of DESK_PAGES) {
    const res = await page.goto(await find(page));
    expect.soft(res?.status(), name).toBe(200);
    await expect(page.getByRole("navigation", { name: "Desk" })).toBeVisible();
    const report = await seriousViolations(page, testInfo);
    expect.soft(report, `${name}: ${page.url()}\n${JSON.stringify(report, null, 2)}`).toEqual([]);
  }
});

test("every control reached with Tab shows where the focus is", async ({ page }) => {
  await signInAs(page, "owner");
  await page.goto(`${WS}/documents/${await deskFirstId(page, "documents")}`);
  await expect(page.getByTestId("document-text")).toBeVisible();
  const seen: string[] = [];
  const unmarked: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      const name = `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute("aria-label") || el.getAttribute("name") || "").trim().slice(0, 40)}”`;
      return { name, ring };
    });
    if (!focus) continue;
    seen.push(focus.name);
    if (!focus.ring) unmarked.push(focus.name);
  }
  expect(seen.length, "Tab moves through the page's controls").toBeGreaterThan(10);
  expect(unmarked, "controls focused without a visible ring").toEqual([]);
});

test("the “Import a document” button is light text on a dark button, whatever the link colour", async ({ page }) => {
  await signInAs(page, "owner");
  await page.goto(`${WS}/documents`);
  const button = page.getByRole("link", { name: "Import a document" });
  const { color, background } = await button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor };
  });
  expect(color).toBe("rgb(255, 255, 255)");
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
});

test.describe("desk error pages keep the navigation and a way back", () => {
  test.beforeEach(async ({ page }) => signInAs(page, "owner"));

  test("a record that does not exist", async ({ page }, testInfo) => {
    const res = await page.goto(`${WS}/claims/no-such-claim`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
    await expect(page.getByRole("navigation", { name: "Desk" })).toBeVisible();
    await expectNoSeriousViolations(page, testInfo);
    await page.getByRole("main").getByRole("link", { name: "Claims" }).click();
    await expect(page).toHaveURL(new RegExp(`${WS}/claims$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims");
  });

  test("an address that is no desk page", async ({ page }) => {
    for (const path of [`${WS}/no-such-page`, `${WS}/claims/some-id/no-such-tab`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
      await expect(page.getByRole("navigation", { name: "Desk" })).toBeVisible();
    }
    await page.getByRole("main").getByRole("link", { name: "Claims" }).click();
    await expect(page).toHaveURL(new RegExp(`${WS}/claims$`));
  });

  test("a workspace that does not exist, or is not yours", async ({ page }, testInfo) => {
    const res = await page.goto("/desk/no-such-workspace/documents");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Workspace not found");
    await expect(page.getByText("This page could not be found.")).toHaveCount(0);
    await expectNoSeriousViolations(page, testInfo);
    await page.getByRole("link", { name: "Your workspaces" }).click();
    // One workspace goes straight to its documents; several are listed.
    await expect(page).toHaveURL(new RegExp(`/desk(${WS.slice(5)}/documents)?$`));
  });
  // A server component that throws: the desk's error page, inside the layout, with a retry. The
  // fault is real (an exception in the page's opening), switched on for this browser by a cookie
  // that only a server started with FAULT_INJECTION=1 honours (playwright.config.ts).
  test("a page that fails on the server", async ({ page, context }, testInfo) => {
    await page.goto(`${WS}/claims`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims");
    await context.addCookies([{ name: "corroborate-fault", value: "desk", url: page.url() }]);
    const res = await page.goto(`${WS}/claims`);
    expect(res?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Something went wrong");
    await expect(page.getByRole("navigation", { name: "Desk" })).toBeVisible();
    await expect(page.getByText("Application error")).toHaveCount(0);
    await expectNoSeriousViolations(page, testInfo);
    // The failure passes: Try again shows the page without a reload.
    await context.clearCookies({ name: "corroborate-fault" });
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claims");
  });
});
