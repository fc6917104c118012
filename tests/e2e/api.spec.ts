import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("an owner creates a read token in settings; the API honours it until it is revoked", async ({ page, request }) => {
  await signInAs(page, "owner");
  await page.goto("/desk/demo/settings");
  const form = page.getByRole("form", { name: "Create API token" });
  await form.getByLabel("Name").fill(`newsroom-bot-${Date.now()}`);
  await form.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("token-secret").textContent())!.trim();
  expect(secret).toMatch(/^cbr_/);

  const auth = { Authorization: `Bearer ${secret}` };
  const list = await request.get("/api/v1/workspaces/demo/claims?limit=5", { headers: auth });
  expect(list.status()).toBe(200);
  expect((await list.json()).items).toHaveLength(5);
  const write = await request.post("/api/v1/workspaces/demo/claims", {
    headers: auth,
    data: { text: "A read token cannot write." },
  });
  expect(write.status()).toBe(403);
  expect(write.headers()["content-type"]).toContain("application/problem+json");
  const malformed = await request.post("/api/v1/workspaces/demo/claims", {
    headers: { ...auth, "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).detail).toBe("request body is not valid JSON");
  expect((await request.get("/api/v1/workspaces/not-mine/claims", { headers: auth })).status()).toBe(404);
  const openapi = await request.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");

  await page.reload();
  await page
    .getByRole("row", { name: /newsroom-bot/ })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByRole("row", { name: /newsroom-bot/ })).toContainText("revoked");
  const after = await request.get("/api/v1/workspaces/demo/claims", { headers: auth });
  expect(after.status()).toBe(401);

  await page.goto("/developers");
  await expect(page.getByRole("region", { name: "/workspaces/{slug}/claims", exact: true })).toContainText(
    "Create a claim",
  );
});

test("ETag and If-Match guard claim updates over the API", async ({ page, request }) => {
  await signInAs(page, "owner");
  await page.goto("/desk/demo/settings");
  const form = page.getByRole("form", { name: "Create API token" });
  await form.getByLabel("Name").fill(`writer-${Date.now()}`);
  await form.getByLabel("Scope").selectOption("write");
  await form.getByRole("button", { name: "Create token" }).click();
  const auth = { Authorization: `Bearer ${(await page.getByTestId("token-secret").textContent())!.trim()}` };

  const created = await request.post("/api/v1/workspaces/demo/claims", {
    headers: auth,
    data: { text: "Claim edited over the API." },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const got = await request.get(`/api/v1/workspaces/demo/claims/${id}`, { headers: auth });
  const tag = got.headers()["etag"];
  expect(tag).toBe('"1"');
  const first = await request.patch(`/api/v1/workspaces/demo/claims/${id}`, {
    headers: { ...auth, "If-Match": tag },
    data: { tags: ["api"] },
  });
  expect(first.status()).toBe(200);
  expect(first.headers()["etag"]).toBe('"2"');
  const stale = await request.patch(`/api/v1/workspaces/demo/claims/${id}`, {
    headers: { ...auth, "If-Match": tag },
    data: { tags: ["lost"] },
  });
  expect(stale.status()).toBe(412);
  expect((await stale.json()).current.tags).toEqual(["api"]);
});
