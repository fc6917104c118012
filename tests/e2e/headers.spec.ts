import { expect, test } from "@playwright/test";

// Security headers on every page type, and no script blocked by the policy on a real page.
const PAGES = ["/signin", "/w/demo", "/w/demo/methodology", "/w/demo/search?q=opium", "/desk/demo/documents"];

test("every page type sends CSP with a fresh nonce, nosniff, a referrer policy and no framing", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"], path).toBe("DENY");
    const csp = h["content-security-policy"];
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, path).toMatch(/^[A-Za-z0-9+/]{16,}={0,2}$/);
    nonces.add(nonce!);
  }
  expect(nonces.size).toBe(PAGES.length);
  const api = await request.get("/api/v1/openapi.json");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the app's own scripts run under the policy (no CSP violations on sign-in)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/signin");
  await page.getByLabel("Email").fill("nobody@example.test");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password."); // client JS ran
  expect(violations).toEqual([]);
});
