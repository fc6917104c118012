import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("an editor adds a contesting source with an excerpt, sees the balance change, and the source page lists the claim", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/desk/demo/claims?q=%22rule+of+law%22+bullets");
  await page.getByRole("link", { name: "Costa: no rule of law in southern Afghanistan" }).click();
  const balance = page.getByTestId("balance");
  await expect(balance).toContainText("strongly supported");
  const before = await balance.textContent();

  const form = page.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Find a source").fill("Taliban opium war");
  await form.getByRole("button", { name: "Search" }).click();
  const option = form.getByLabel("Source", { exact: true }).locator("option", { hasText: "Taliban's Opium War" });
  await form.getByLabel("Source", { exact: true }).selectOption((await option.getAttribute("value"))!);
  await form.getByLabel("Stance").selectOption("contests");
  await form.getByLabel("Strength").selectOption("strong");
  await form.getByLabel("Excerpt").fill("Local officials still enforce some order in Helmand.");
  await form.getByRole("button", { name: "Link source" }).click();

  const contesting = page.getByTestId("evidence-contests");
  await expect(contesting).toContainText("Local officials still enforce some order in Helmand.");
  await expect(balance).not.toHaveText(before!);
  await expect(balance).toContainText("contesting weight 1.5");

  await contesting.getByRole("link", { name: /Taliban's Opium War/ }).click();
  await expect(page.getByTestId("source-claims")).toContainText("Costa: no rule of law in southern Afghanistan");
  await expect(page.getByTestId("source-claims")).toContainText("contests (strong)");
});
