import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("an editor adds a contesting source with an excerpt, sees the balance change, and the source page lists the claim", async ({
  page,
}) => {
  await signInAs(page, "editor");
  // An approved demo claim whose paragraph cites Glaze's monograph: supported until contested.
  await page.goto("/desk/demo/claims?q=%2270+percent%22+opium");
  await page.getByRole("link", { name: "Afghan officials involved in at least 70% of opium trafficking" }).click();
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
  await form.getByRole("textbox", { name: "Excerpt" }).fill("Local officials still enforce some order in Helmand.");
  await form.getByRole("button", { name: "Link source" }).click();

  const contesting = page.getByTestId("evidence-contests");
  await expect(contesting).toContainText("Local officials still enforce some order in Helmand.");
  await expect(balance).not.toHaveText(before!);
  await expect(balance).toContainText("contesting weight 1.5");

  await contesting.getByRole("link", { name: /Taliban's Opium War/ }).click();
  await expect(page.getByTestId("source-claims")).toContainText(
    "Afghan officials involved in at least 70% of opium trafficking",
  );
  await expect(page.getByTestId("source-claims")).toContainText("Contests (Strong)");
});
