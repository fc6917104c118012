import { expect, test } from "@playwright/test";
import { demoEmail, selectText, signInAs } from "./helpers";

// Issue 23 item 4: what a newcomer could not find or undo.

// The machine running e2e is shared and slow: a control used before the page hydrates does nothing,
// so the first use of a client-side control is retried until it takes.
test("a demo account on the sign-in page fills the form", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/signin");
  await expect(async () => {
    await page.getByRole("button", { name: `Editor: ${demoEmail("editor")}` }).click();
    await expect(page.getByLabel("Email")).toHaveValue(demoEmail("editor"), { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByLabel("Password")).toHaveValue("corroborate-demo");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("role")).toHaveText("Editor", { timeout: 60_000 });
});

test("the public header's search box keeps the query, and search finds claimants", async ({ page }) => {
  await page.goto("/w/demo/search?q=Kerry");
  await expect(page.getByRole("searchbox", { name: "Search claims, documents and sources" })).toHaveValue("Kerry");
  await expect(page.getByTestId("claimant-hits").getByRole("link", { name: "Kerry Committee" })).toBeVisible();
  await page.goto("/w/demo/verdicts");
  await expect(page.getByRole("searchbox", { name: "Search claims, documents and sources" })).toHaveValue("");
});

test("the reader's claim list opens a claim in one click; Enter finds a source; submitting and removing evidence ask first, and a removal can be undone", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, "editor");
  await page.getByRole("link", { name: "CIA involvement in transnational crime and the drug trade" }).click();
  await expect(page.getByTestId("document-text")).toContainText("Kerry Committee");
  const headline = `Discoverable claim ${Date.now()}`;
  await selectText(page, "In 1984, U.S. officials began receiving reports of Contra cocaine trafficking.");
  const create = page.getByRole("form", { name: "Create claim" });
  await create.getByLabel("Headline (≤ 75 characters, optional)").fill(headline);
  await create.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("status")).toHaveText("Claim created.");

  // One click on the claim in the list opens it.
  await page.getByTestId("claim-list").getByRole("link", { name: headline }).click();
  await expect(page.getByTestId("claim-headline")).toHaveText(headline);

  // Enter in "Find a source" searches.
  const form = page.getByRole("form", { name: "Add evidence" });
  const source = form.getByLabel("Source", { exact: true });
  await expect(async () => {
    await form.getByLabel("Find a source").fill("Taliban opium war");
    await form.getByLabel("Find a source").press("Enter");
    await expect(source).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await source.selectOption({ index: 1 });
  const title = (await source.locator("option").nth(1).textContent())!.replace(/ \(.*\)$/, "");
  await form.getByRole("button", { name: "Link source" }).click();
  const link = page.getByTestId("evidence-link").filter({ hasText: title });
  await expect(link).toHaveCount(1);

  // Removing asks first; Undo brings the link back.
  await link.getByRole("button", { name: "remove" }).click();
  await expect(link.getByRole("group", { name: "Confirm removal" })).toBeVisible();
  await link.getByRole("button", { name: "Remove link" }).click();
  await expect(page.getByTestId("evidence-link").filter({ hasText: title })).toHaveCount(0);
  await expect(page.getByTestId("evidence-removed")).toContainText(`Removed the link to “${title}”`);
  await page.getByTestId("evidence-removed").getByRole("button", { name: "Undo: restore this link" }).click();
  await expect(page.getByTestId("evidence-link").filter({ hasText: title })).toHaveCount(1);
  await expect(page.getByTestId("evidence-removed")).toHaveCount(0);

  // Submit for review asks first: Cancel leaves the claim as it was, the second step submits.
  const workflow = page.getByRole("region", { name: "Workflow" });
  const proposal = workflow.getByRole("form", { name: "Proposed verdict" });
  await proposal.locator('select[name="ratingId"]').selectOption({ label: "Supported" });
  await proposal.getByLabel("Confidence").selectOption("high");
  await proposal.getByLabel("Rationale (Markdown)").fill("The Kerry report documents it.");
  const status = await page.getByTestId("claim-status").textContent();
  await proposal.getByRole("button", { name: "Submit for review" }).click();
  const confirm = proposal.getByRole("group", { name: "Confirm submission" });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Yes, submit for review" })).toBeFocused();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId("claim-status")).toHaveText(status!);
  await proposal.getByRole("button", { name: "Submit for review" }).click();
  await confirm.getByRole("button", { name: "Yes, submit for review" }).click();
  await expect(page.getByTestId("claim-status")).not.toHaveText(status!);
  await expect(page.getByTestId("claim-status")).toContainText("review");
});
