import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail } from "./helpers";

// Issue 22 on the built server, over HTTP (no browser needed): signing in sets the account's
// device cookie; a 4.6 MB import's desk reader is sent one part at a time, and a claim deep in
// it opens its part.
const W = "/api/v1/workspaces/demo";

test("the desk reader of a 4.6 MB document sends one part, and a deep claim opens its part", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const signedIn = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: demoEmail("editor"), password: DEMO_PASSWORD, callbackUrl: "/desk", json: "true" },
  });
  expect(signedIn.ok()).toBe(true);
  const setCookies = signedIn
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
  const device = setCookies.find((c) => c.startsWith("corroborate-device-"));
  expect(device, setCookies.join("\n")).toBeTruthy();
  expect(device).toMatch(/; Path=\/api\/auth/i);
  expect(device).toMatch(/; HttpOnly/i);

  const origin = { origin: new URL(baseURL!).origin };
  const marker = `Deep passage ${Date.now().toString(36)} says the shipments continued.`;
  const paragraphs = Array.from(
    { length: 45_000 },
    (_, i) => `Paragraph ${i}: the committee heard testimony on funding and shipments, and on what the agency knew.`,
  );
  paragraphs[40_000] = marker;
  const text = paragraphs.join("\n\n");
  expect(text.length).toBeGreaterThan(4_500_000);
  const imported = await request.post(`${W}/documents`, {
    headers: origin,
    data: { text, format: "text", title: `Huge ${Date.now()}` },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  const documentId = (await imported.json()).documentId as string;
  // Where the marker sits in the normalized text, from the workspace's JSON export.
  const exported = await (await request.get(`${W}/export?format=json`)).json();
  const start = (exported.documents.find((d: { id: string }) => d.id === documentId).text as string).indexOf(marker);
  expect(start).toBeGreaterThan(3_000_000);
  const created = await request.post(`${W}/claims`, {
    headers: origin,
    data: { documentId, start, end: start + marker.length },
  });
  expect(created.status(), await created.text()).toBe(201);
  const claimId = (await created.json()).id as string;

  const first = await (await request.get(`/desk/demo/documents/${documentId}`)).text();
  console.log(
    `desk reader page of a ${(text.length / 1e6).toFixed(1)} MB document: ${(Buffer.byteLength(first) / 1e6).toFixed(2)} MB`,
  );
  expect(Buffer.byteLength(first)).toBeLessThan(1_500_000);
  expect(first).toContain("Paragraph 0:");
  // (The marker is also the claim's headline in the claims list; here: not in the text shown.)
  expect(first).not.toMatch(new RegExp(`data-s="\\d+"[^>]*>${marker}`));
  expect(first).toMatch(/Part <!-- -->1<!-- --> of <!-- -->\d+|Part 1 of \d+/);

  const deep = await (await request.get(`/desk/demo/documents/${documentId}?claim=${claimId}`)).text();
  expect(Buffer.byteLength(deep)).toBeLessThan(1_500_000);
  expect(deep).toContain(marker);
  expect(deep).toMatch(new RegExp(`<mark[^>]*data-claims="${claimId}"`));
  expect(deep).not.toContain("Paragraph 0:");
});
