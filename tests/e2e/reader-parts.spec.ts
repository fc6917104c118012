import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

// Issue 22 on the built server: a 4.8 MB import's desk reader is sent in parts (the page stays
// small), a claim deep in it opens its part, and signing in leaves the account's device cookie.
const W = "/api/v1/workspaces/demo";

test("the desk reader of a 4.8 MB document sends one part, and a deep claim opens its part", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  await signInAs(page, "editor");
  const device = (await page.context().cookies()).find((c) => c.name.startsWith("corroborate-device-"));
  expect(device, "device cookie after sign-in").toBeTruthy();
  expect(device!.httpOnly).toBe(true);
  expect(device!.path).toBe("/api/auth");

  const origin = { origin: new URL(baseURL!).origin };
  const marker = `Deep passage ${Date.now().toString(36)} says the shipments continued.`;
  const paragraphs = Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i}: the committee heard testimony on funding and shipments, and on what the agency knew.`);
  paragraphs[33_000] = marker;
  const text = paragraphs.join("\n\n");
  expect(text.length).toBeGreaterThan(4_000_000);
  const imported = await page.request.post(`${W}/documents`, { headers: origin, data: { text, format: "text", title: `Huge ${Date.now()}` } });
  expect(imported.status(), await imported.text()).toBe(201);
  const documentId = (await imported.json()).documentId as string;
  // Where the marker sits in the normalized text, from the workspace's JSON export.
  const exported = await (await page.request.get(`${W}/export?format=json`)).json();
  const start = (exported.documents.find((d: { id: string }) => d.id === documentId).text as string).indexOf(marker);
  expect(start).toBeGreaterThan(3_000_000);
  const created = await page.request.post(`${W}/claims`, { headers: origin, data: { documentId, start, end: start + marker.length } });
  expect(created.status(), await created.text()).toBe(201);
  const claimId = (await created.json()).id as string;

  const html = await (await page.request.get(`/desk/demo/documents/${documentId}`)).text();
  expect(Buffer.byteLength(html)).toBeLessThan(1_500_000);
  expect(html).toContain("Paragraph 0:");
  expect(html).not.toContain(marker);

  await page.goto(`/desk/demo/documents/${documentId}?claim=${claimId}`);
  const nav = page.getByRole("navigation", { name: "Document parts", exact: true });
  await expect(nav).toContainText(/Part \d+ of \d+/);
  await expect(page.locator(`mark[data-claims~="${claimId}"]`)).toBeVisible();
  await expect(page.getByTestId("document-text")).not.toContainText("Paragraph 0:");
  await nav.getByRole("link", { name: "Next part →" }).click();
  await expect(page).toHaveURL(/[?&]part=\d+/);
  await expect(page.locator(`mark[data-claims~="${claimId}"]`)).toHaveCount(0);
});
