import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "corroborate-demo";
export const demoEmail = (role: string) => `${role}@demo.corroborate.test`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, role: string) {
  await signIn(page, demoEmail(role));
  await expect(page.getByTestId("role")).toHaveText(role);
}
