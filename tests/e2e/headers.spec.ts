import { expect, test } from "@playwright/test";

// Security headers on every page type, and no script blocked by the policy on a real page. Pages
// rendered per request carry a fresh nonce; public pages served as stored output carry the hashes
// of their own inline scripts instead (lib/http/csp.ts).
const PAGES = ["/signin", "/w/demo/search?q=opium", "/desk/demo/documents"];
const STORED = ["/w/demo", "/w/demo/methodology", "/w/demo/verdicts", "/w/demo/claimants"];

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

test("public pages send a CSP of script hashes (no nonce), an ETag that answers 304, and a public Cache-Control", async ({
  request,
}) => {
  for (const path of STORED) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["x-frame-options"], path).toBe("DENY");
    const csp = h["content-security-policy"];
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("'nonce-");
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
    expect(h["cache-control"], path).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const again = await request.get(path, { headers: { "if-none-match": h["etag"] } });
    expect(again.status(), path).toBe(304);
  }
});

test("public pages run their scripts under the hash policy (no CSP violations, the app hydrates)", async ({ page }) => {
  test.setTimeout(180_000); // four page loads, one of them the long document page
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/w/demo");
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version);
  // A claim page and a document page: their HTML (and so their hashes) differ from the home page's.
  await page.goto("/w/demo/verdicts");
  const claim = page.locator('a[href^="/w/demo/claims/"]').first();
  const href = await claim.getAttribute("href");
  const res = await page.goto(href!);
  expect(res!.headers()["content-security-policy"]).not.toContain("'nonce-");
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version);
  const doc = page.locator('a[href^="/w/demo/documents/"]').first();
  await page.goto((await doc.getAttribute("href"))!.split("#")[0].split("?")[0]);
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version);
  // Client-side navigation from a stored page fetches the next page's RSC payload under the same policy.
  await page
    .getByRole("link", { name: /Methodology/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/w\/demo\/methodology$/);
  expect(violations).toEqual([]);
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
