import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

const WS = "/desk/demo";

test("an editor saves a filtered view, opens it by its URL and sees its count; a private view is nobody else's", async ({
  page,
  browser,
}) => {
  await signInAs(page, "editor");
  await page.goto(`${WS}/claims`);
  const filters = page.getByRole("form", { name: "Filter claims" });
  await filters.getByLabel("Status").selectOption("published");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=published/);
  const rows = await page.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(0);

  const save = page.getByRole("form", { name: "Save view" });
  const name = `Published e2e ${Date.now()}`;
  await save.getByLabel("View name").fill(name);
  await save.getByRole("button", { name: "Save these filters as a view" }).click();
  await expect(save.getByRole("status")).toContainText(`Saved ${name} (${rows} claims)`);

  await save.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\?view=/);
  const viewUrl = page.url();
  const viewId = new URL(viewUrl).searchParams.get("view")!;
  await expect(page.getByTestId("current-view")).toHaveText(name);
  const item = page.getByTestId("saved-view").filter({ hasText: name });
  await expect(item.getByTestId("view-count")).toHaveText(`${rows} claims`);
  await expect(page.locator("tbody tr")).toHaveCount(rows);

  // The view's own address leads to the same list.
  await page.goto(`${WS}/views/${viewId}`);
  await expect(page).toHaveURL(new RegExp(`/claims\\?view=${viewId}$`));
  await expect(page.getByTestId("current-view")).toHaveText(name);

  // Someone else's private view is a 404.
  const other = await browser.newContext();
  const reviewer = await other.newPage();
  await signInAs(reviewer, "reviewer");
  const res = await reviewer.goto(`${WS}/claims?view=${viewId}`);
  expect(res?.status()).toBe(404);

  // Shared, it is everyone's; renamed by its owner, everyone sees the new name.
  await page.goto(viewUrl);
  await item.getByRole("button", { name: `Share ${name}` }).click();
  await expect(item).toContainText("Unshare");
  expect((await reviewer.goto(`${WS}/claims?view=${viewId}`))?.status()).toBe(200);
  await expect(reviewer.getByTestId("current-view")).toHaveText(name);
  await expect(reviewer.getByTestId("saved-view").filter({ hasText: name })).toContainText(`${rows} claims`);
  await expect(reviewer.getByTestId("saved-view").filter({ hasText: name })).toContainText("shared by");
  page.once("dialog", (d) => d.accept(`${name} (renamed)`));
  await item.getByRole("button", { name: `Rename ${name}` }).click();
  await expect(page.getByTestId("saved-view").filter({ hasText: `${name} (renamed)` })).toBeVisible();
  await reviewer.reload();
  await expect(reviewer.getByTestId("current-view")).toHaveText(`${name} (renamed)`);
  await other.close();
});

test("the dashboard renders accessible SVG charts for editors, and is a 404 for reviewers", async ({
  page,
  browser,
}, testInfo) => {
  await signInAs(page, "editor");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const throughput = page.getByRole("img", { name: "Claims created and published per week" });
  await expect(throughput).toBeVisible();
  expect(await throughput.locator("path").count()).toBeGreaterThan(0);
  await expect(page.getByRole("img", { name: "Verdicts of claims published per week" })).toBeVisible();
  await expect(page.getByTestId("median-days")).toHaveText(/\d+(\.\d)? days|—/);

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (results.violations.length)
    await testInfo.attach("axe-violations.json", { body: JSON.stringify(results.violations, null, 2) });
  expect(
    serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) })),
    "axe: serious or critical violations",
  ).toEqual([]);

  const other = await browser.newContext();
  const reviewer = await other.newPage();
  await signInAs(reviewer, "reviewer");
  await expect(reviewer.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Dashboard" })).toHaveCount(
    0,
  );
  expect((await reviewer.goto(`${WS}/dashboard`))?.status()).toBe(404);
  await other.close();
});

test("when another member changes the claim, the open claim page says so and keeps what was typed", async ({
  page,
  browser,
}) => {
  await signInAs(page, "editor");
  const created = await page.request.post(`/api/v1/workspaces/demo/claims`, {
    data: { text: `Freshness e2e ${Date.now()}: the ledger was kept offshore.` },
  });
  expect(created.status()).toBe(201);
  const claim = (await created.json()) as { id: string };
  await page.goto(`${WS}/claims/${claim.id}`);
  const mine = page.getByRole("form", { name: "Edit claim" });
  await mine.getByLabel("Tags").fill("typed-before-the-change");

  const other = await browser.newContext();
  const owner = await other.newPage();
  await signInAs(owner, "owner");
  await owner.goto(`${WS}/claims/${claim.id}`);
  const theirs = owner.getByRole("form", { name: "Edit claim" });
  await theirs.getByLabel("Headline").fill("The ledger was kept offshore (edited)");
  await theirs.getByRole("button", { name: "Save" }).click();
  await expect(theirs.getByRole("status")).toBeVisible();

  const notice = page.getByTestId("claim-changed");
  await expect(notice).toContainText("Changed by", { timeout: 20_000 });
  await expect(notice).toContainText("reload to see the changes");
  await expect(mine.getByLabel("Tags")).toHaveValue("typed-before-the-change");
  await other.close();
});
