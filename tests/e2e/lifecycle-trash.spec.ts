import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("an editor deletes a claim, finds it in the trash, restores it, and undoes a second delete", async ({ page }) => {
  await signInAs(page, "editor");
  const headline = `Trash e2e ${Date.now()}: the ledgers were kept twice`;
  const created = await page.request.post("/api/v1/workspaces/demo/claims", {
    data: { text: `${headline}.`, headline },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // Delete, confirmed: the claim leaves the list and an Undo is offered at once.
  await page.goto(`/desk/demo/claims/${id}`);
  await expect(page.getByTestId("claim-headline")).toHaveText(headline);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/desk\/demo\/claims\?undo=claim/);
  await expect(page.getByRole("status").filter({ hasText: "to the trash" })).toContainText(headline);
  await expect(page.getByRole("link", { name: headline })).toHaveCount(0);
  expect((await page.goto(`/desk/demo/claims/${id}`))!.status()).toBe(404);

  // The trash lists it with who deleted it; Restore brings it back.
  await page.goto("/desk/demo/trash");
  const row = page.getByTestId(`trash-${id}`);
  await expect(row).toContainText(headline);
  await expect(row).toContainText("Claim");
  await row.getByRole("button", { name: "Restore" }).click();
  await expect(row).toHaveCount(0);
  await page.goto(`/desk/demo/claims/${id}`);
  await expect(page.getByTestId("claim-headline")).toHaveText(headline);

  // Delete again, then Undo from the notice: back on the claim's page.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  const notice = page.getByRole("status").filter({ hasText: "to the trash" });
  await expect(notice).toBeVisible();
  await notice.getByRole("button", { name: "Undo" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/demo/claims/${id}$`));
  await expect(page.getByTestId("claim-headline")).toHaveText(headline);
});
