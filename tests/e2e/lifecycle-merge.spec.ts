import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("an editor renames an imported document and sets its original URL", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/desk/demo/documents/import");
  const form = page.getByRole("form", { name: "Import a document" });
  const stamp = Date.now();
  await form
    .getByLabel("…or paste the text")
    .fill(`# Rename me ${stamp}\n\nThe council spent 4 million on roads in 2023.`);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Rename me ${stamp}`);

  await page.getByText("Edit title and metadata").click();
  const meta = page.getByRole("form", { name: "Edit document metadata" });
  await meta.getByLabel("Title").fill(`Council budget ${stamp}`);
  await meta.getByLabel("Original URL").fill("javascript:alert(1)");
  await meta.getByRole("button", { name: "Save metadata" }).click();
  await expect(meta.getByText("the original URL must be an http(s) URL", { exact: true })).toBeVisible();
  // A refused save keeps what was typed.
  await expect(meta.getByLabel("Title")).toHaveValue(`Council budget ${stamp}`);
  await meta.getByLabel("Original URL").fill("https://council.example/budget-2023");
  await meta.getByLabel("Language").fill("en");
  await meta.getByRole("button", { name: "Save metadata" }).click();
  await expect(meta.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Council budget ${stamp}`);
});

test("an editor merges two claimants, sees the claims move, and undoes the merge", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/desk/demo/claimants?q=Briggs");
  await page.getByRole("link", { name: "Everett Ellis Briggs" }).click();
  await expect(page.getByTestId("claimant-name")).toHaveText("Everett Ellis Briggs");
  const duplicateUrl = page.url();

  // A refused claimant edit shows the message beside its field and keeps what was typed.
  await page.getByText("Edit claimant").click();
  const edit = page.getByRole("form", { name: "Edit claimant" });
  await edit.getByLabel("Wikidata item (Q…)").fill("not an item");
  await edit.getByRole("button", { name: "Save claimant" }).click();
  await expect(edit.locator("#wikidataId-error")).toContainText("Q42");
  await expect(edit.getByLabel("Wikidata item (Q…)")).toHaveValue("not an item");
  await expect(edit.getByLabel("Name")).toHaveValue("Everett Ellis Briggs");

  await page.getByText("Merge this claimant into another").click();
  const panel = page.getByTestId("merge-panel");
  await panel.getByPlaceholder("Search claimants…").fill("Maxine");
  await panel.getByRole("button", { name: "Search" }).click();
  await panel.getByLabel("Maxine Waters (person)").check();
  await panel.getByRole("button", { name: "Merge into “Maxine Waters (person)”" }).click();

  await expect(page.getByRole("status")).toContainText("Merged");
  await expect(page.getByTestId("claimant-name")).toHaveText("Maxine Waters");
  await expect(page.getByTestId("claimant-aliases")).toContainText("Everett Ellis Briggs");
  await page.goto("/desk/demo/claimants?q=Briggs");
  await expect(page.getByTestId("claimant-list").getByRole("link", { name: "Everett Ellis Briggs" })).toHaveCount(0);

  await page.goBack();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("claimant-name")).toHaveText("Everett Ellis Briggs");
  expect(page.url().split("?")[0]).toBe(duplicateUrl);
  await page.goto("/desk/demo/claimants?q=Maxine");
  await page.getByRole("link", { name: "Maxine Waters" }).click();
  await expect(page.getByTestId("claimant-aliases")).not.toContainText("Everett Ellis Briggs");
});
