import { expect, test } from "@playwright/test";
import { selectText, signInAs } from "./helpers";

test("an editor creates a claim from a selection, accepts a suggestion, links a contradiction, and it all survives a reload", async ({
  page,
}) => {
  await signInAs(page, "editor");
  await page.getByRole("link", { name: "CIA involvement in transnational crime and the drug trade" }).click();
  await expect(page.getByTestId("document-text")).toContainText("Kerry Committee report found");
  const claimsBefore = await page.getByTestId("claim-list").locator("li").count();
  const sentence = "In 1984, U.S. officials began receiving reports of Contra cocaine trafficking.";
  await selectText(page, sentence);

  const form = page.getByRole("form", { name: "Create claim" });
  await expect(form.getByTestId("selection-quote")).toHaveText(sentence);
  await form
    .getByLabel("Headline (≤ 75 characters, optional)")
    .fill("Officials got reports of Contra cocaine trafficking in 1984");
  await form.getByLabel("Claimant", { exact: true }).fill("U.S. officials (e2e)");
  await form.getByLabel("New claimant is a").selectOption("organization");
  await form.getByLabel("Type").selectOption("factual");
  await form.getByLabel("Tags (comma-separated)").fill("contras, e2e");
  await form.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("status")).toHaveText("Claim created.");

  const list = page.getByTestId("claim-list");
  const item = list.getByRole("button", { name: /Officials got reports of Contra cocaine trafficking in 1984/ });
  await expect(item).toBeVisible();
  await expect(
    page.locator("mark[data-claims]").filter({ hasText: "Contra cocaine trafficking" }).first(),
  ).toBeVisible();
  await item.click();
  await expect(item).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "Suggest claims" }).click();
  const suggestions = page.getByTestId("suggestions");
  await expect(suggestions.locator("li").first()).toBeVisible();
  const firstText = (await suggestions.locator("li p").first().textContent())!;
  await suggestions.getByRole("button", { name: "Accept" }).first().click();
  await expect(page.getByRole("status")).toHaveText("Suggestion accepted as a draft claim.");
  await expect(list.locator("li")).toHaveCount(claimsBefore + 2);

  // Link the new claim as contradicting the accepted one.
  await list.getByRole("link", { name: /Officials got reports of Contra cocaine/ }).click();
  await expect(page.getByTestId("claim-headline")).toHaveText(
    "Officials got reports of Contra cocaine trafficking in 1984",
  );
  const rel = page.getByRole("form", { name: "Add relation" });
  await rel.getByLabel("Find a claim").fill(firstText.split(/\s+/).slice(0, 6).join(" "));
  await rel.getByRole("button", { name: "Search" }).click();
  await rel.getByLabel("Other claim").selectOption({ index: 1 });
  await rel.getByLabel("Relation").selectOption("contradicts");
  await rel.getByRole("button", { name: "Link claims" }).click();
  await expect(page.getByTestId("relations")).toContainText("This claim contradicts");

  await page.reload();
  await expect(page.getByTestId("relations")).toContainText("This claim contradicts");
  await expect(page.getByText("U.S. officials (e2e)")).toBeVisible();
  await page.getByRole("link", { name: "CIA involvement in transnational crime and the drug trade" }).click();
  await expect(page.getByTestId("claim-list").locator("li")).toHaveCount(claimsBefore + 2);
  await expect(page.locator("mark[data-claims]").first()).toBeVisible();
});
