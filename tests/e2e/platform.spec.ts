import { expect, test } from "@playwright/test";
import { demoEmail, signIn, signInAs } from "./helpers";

const ROLES = ["owner", "editor", "reviewer", "contributor"];

test("the sign-in page lists the demo accounts when DEMO=1", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
  for (const role of ROLES) await expect(page.getByText(demoEmail(role))).toBeVisible();
});

for (const role of ROLES) {
  test(`${role} signs in, reads both demo documents and signs out`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page).toHaveURL(/\/desk\/demo\/documents$/);
    await expect(page.getByRole("heading", { name: "Documents" })).toBeVisible();

    await page.getByRole("link", { name: "CIA involvement in transnational crime and the drug trade" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "CIA involvement in transnational crime and the drug trade",
    );
    await expect(page.getByTestId("document-text")).toContainText("Kerry Committee");
    await expect(page.locator(".citation-marker").first()).toBeVisible();

    await page.goto("/desk/demo/documents");
    await page.getByRole("link", { name: /World War Drugs/ }).click();
    await expect(page.getByTestId("document-text")).toContainText("110,000");

    const saved = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/desk/demo/documents");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    // A copy of the session cookie taken before sign-out no longer opens the desk.
    await page.context().addCookies(saved);
    await page.goto("/desk/demo/documents");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  });
}

test("a wrong password and an unknown email get the same clear message", async ({ page }) => {
  await signIn(page, demoEmail("editor"), "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await signIn(page, "nobody@demo.corroborate.test", "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/signin/);
});

test("a workspace you are not a member of is a 404", async ({ page }) => {
  await signInAs(page, "reviewer");
  const res = await page.goto("/desk/not-a-member-here/documents");
  expect(res?.status()).toBe(404);
});

test("the owner adds a member from settings; a contributor sees no management", async ({ page }) => {
  await signInAs(page, "owner");
  await page.goto("/desk/demo/settings");
  const form = page.getByRole("form", { name: "Add member" });
  await form.getByLabel("Email").fill("new.checker@demo.corroborate.test");
  await form.getByLabel("Role").selectOption("reviewer");
  await form.getByLabel("Password (new account)").fill("a-long-enough-password");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByRole("status")).toContainText("Created new.checker@demo.corroborate.test as reviewer");
  await expect(page.getByRole("cell", { name: "new.checker@demo.corroborate.test" })).toBeVisible();
  await form.getByLabel("Email").fill("second.checker@demo.corroborate.test");
  await form.getByLabel("Password (new account)").fill("short");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByRole("alert")).toContainText("Password must be at least 8 characters");
  await expect(page.getByRole("cell", { name: "second.checker@demo.corroborate.test" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signInAs(page, "contributor");
  await page.goto("/desk/demo/settings");
  await expect(page.getByText("Only owners manage members.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Add member" })).toHaveCount(0);
});

test("the public shell of the demo workspace renders without signing in", async ({ page }) => {
  await page.goto("/w/demo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo desk");
  expect((await page.goto("/w/no-such-desk"))?.status()).toBe(404);
});
