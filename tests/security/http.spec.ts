import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { DEMO_PASSWORD, demoEmail } from "../e2e/helpers";
import { signInAs } from "./inert";

// Request-level defences over real HTTP: body limits, malformed JSON, open redirects, CSRF on
// the sign-in callback, server actions and the cookie-authenticated API, and session expiry.
const EVIL = "https://evil.example";
const W = "/api/v1/workspaces/demo";

async function expectProblem(res: Awaited<ReturnType<APIRequestContext["post"]>>, status: number) {
  expect(res.status(), await res.text()).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/problem+json");
  const body = (await res.json()) as { status: number; title: string; detail: string };
  expect(body.status).toBe(status);
  return body;
}

test("oversized bodies get 413 and malformed JSON a problem+json 400, on the API and the importer", async ({
  page,
}) => {
  await signInAs(page, "editor");
  const req = page.request;
  const json = { "content-type": "application/json" };
  for (const path of ["/claims", "/documents", "/sources", "/evidence"]) {
    expect(
      (
        await expectProblem(
          await req.post(W + path, { headers: json, data: Buffer.from('{"text": "unterminated') }),
          400,
        )
      ).detail,
    ).toBe("request body is not valid JSON");
  }
  // Over the request body limit (twice IMPORT_MAX_BYTES plus 1 MB: lib/platform/limits.ts).
  const big = Buffer.alloc(11 * 1024 * 1024 + 10, "a");
  await expectProblem(await req.post(W + "/claims", { headers: json, data: big }), 413);
  // Within the API's body limit but over the importer's 5 MB: the importer refuses it.
  const doc = JSON.stringify({ title: "big", format: "text", text: "word ".repeat(1.1 * 1024 * 1024) });
  expect((await expectProblem(await req.post(W + "/documents", { headers: json, data: doc }), 413)).detail).toMatch(
    /limit is 5 MB/,
  );
});

test("sign-in never redirects off-site, whatever callbackUrl says", async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // next-auth's own sign-in route and its callback both keep redirects on this origin.
  const start = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(EVIL)}`, { maxRedirects: 0 });
  expect(new URL(start.headers()["location"], origin).origin).toBe(origin);
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const cb = await request.post("/api/auth/callback/credentials", {
    form: {
      csrfToken,
      email: demoEmail("reviewer"),
      password: DEMO_PASSWORD,
      callbackUrl: `${EVIL}/steal`,
      json: "true",
    },
    maxRedirects: 0,
  });
  const target = cb.status() === 200 ? (await cb.json()).url : cb.headers()["location"];
  expect(new URL(target, origin).origin).toBe(origin);

  for (const callbackUrl of [EVIL, "//evil.example", "/\\evil.example", "/%5Cevil.example", "javascript:alert(1)"]) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(demoEmail("reviewer"));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
    expect(new URL(page.url()).origin, callbackUrl).toBe(origin);
  }
});

test("a forged cross-origin credentials POST without a CSRF token signs nobody in", async ({ request }) => {
  const res = await request.post("/api/auth/callback/credentials", {
    headers: { origin: EVIL },
    form: { email: demoEmail("owner"), password: DEMO_PASSWORD, callbackUrl: "/desk" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  expect(res.headers()["location"]).toContain("csrf=true");
  expect(res.headers()["set-cookie"] ?? "").not.toContain("session-token");
  expect(await (await request.get("/api/auth/session")).json()).toEqual({});
});

test("a server action replayed with a foreign Origin is refused; the same request from this origin runs", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, "editor");
  const list = await (await page.request.get(`${W}/claims?limit=1`)).json();
  const claimId = list.items[0].id as string;
  await page.goto(`/desk/demo/claims/${claimId}`);
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  const form = page.getByRole("form", { name: "Add comment" });
  await form.getByLabel("Comment").fill("csrf-probe-original");
  await form.getByRole("button", { name: "Comment" }).click();
  const action = await captured;
  const headers = await action.allHeaders();
  const replay = (origin: string, body: string) =>
    page.request.post(action.url(), {
      headers: {
        "next-action": headers["next-action"],
        "content-type": headers["content-type"],
        accept: "text/x-component",
        origin,
      },
      data: action.postData()!.replace("csrf-probe-original", body),
    });
  const stamp = Date.now().toString(36);
  const forged = await replay(EVIL, `csrf-forged-${stamp}`);
  expect(forged.ok()).toBe(false);
  const genuine = await replay(new URL(baseURL!).origin, `csrf-genuine-${stamp}`);
  expect(genuine.status()).toBe(200);
  await page.reload();
  const thread = page.getByRole("region", { name: "Discussion" });
  await expect(thread).toContainText(`csrf-genuine-${stamp}`);
  await expect(thread).not.toContainText(`csrf-forged-${stamp}`);
});

test("the session cookie does not make the API a CSRF target: foreign-origin writes are refused", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, "editor");
  const text = `csrf-api-${Date.now().toString(36)}`;
  const forged = await page.request.post(`${W}/claims`, {
    headers: { origin: EVIL, "content-type": "text/plain" },
    data: JSON.stringify({ text }),
  });
  await expectProblem(forged, 403);
  const listed = await (await page.request.get(`${W}/claims?q=${text}`)).json();
  expect(listed.items).toEqual([]);
  const own = await page.request.post(`${W}/claims`, { headers: { origin: new URL(baseURL!).origin }, data: { text } });
  expect(own.status()).toBe(201);
});

test("sessions last 8 hours and a JWT past its expiry is not a session", async ({ page, request, baseURL }) => {
  await signInAs(page, "owner");
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const hours = (cookie.expires * 1000 - Date.now()) / 3_600_000;
  expect(hours).toBeGreaterThan(7.9);
  expect(hours).toBeLessThanOrEqual(8);
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");

  // Forge tokens with the server's real secret: a fresh one is a session (so forging works), an expired one is not.
  const secret = fs.readFileSync(".data/nextauth-secret", "utf8").trim();
  const owner = (await (await page.request.get("/api/auth/session")).json()).user;
  // A token carries the session version it was issued under (lib/auth/revocation.ts): copy the real one's.
  const { sv } = (await decode({ token: cookie.value, secret }))!;
  const token = { sub: owner.id, email: owner.email, name: owner.name, sv };
  const as = async (value: string) =>
    (await request.get("/api/auth/session", { headers: { cookie: `${cookie.name}=${value}` } })).json();
  expect((await as(await encode({ token, secret, maxAge: 60 }))).user.email).toBe(owner.email);
  expect(await as(await encode({ token, secret, maxAge: -60 }))).toEqual({});
  const desk = await request.get("/desk/demo", {
    headers: { cookie: `${cookie.name}=${await encode({ token, secret, maxAge: -60 })}` },
    maxRedirects: 0,
  });
  expect(desk.status()).toBeGreaterThanOrEqual(300);
  expect(desk.status()).toBeLessThan(400);
  expect(new URL(desk.headers()["location"], baseURL).pathname).toBe("/signin");
});
