// The device cookie through next-auth's real credentials callback (issue 22): a successful
// sign-in sets this account's signed device cookie (HttpOnly, for /api/auth only), and the next
// sign-in from that browser is let in although strangers' guesses keep other browsers waiting.
import "./als-global";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import * as auth from "@/app/api/auth/[...nextauth]/route";
import { deviceCookieName, verifyDeviceToken } from "@/lib/auth/device";
import { authenticate, SIGNIN_LIMITS } from "@/lib/auth/signin";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { makeUser, TEST_PASSWORD } from "../support/factories";
import { inRequestScope } from "./next-request";

type Handler = (req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;
const handler = auth.POST as unknown as Handler;
const getHandler = auth.GET as unknown as Handler;

describe("device cookie through the credentials callback", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "a test secret of enough length");
    vi.stubEnv("NEXTAUTH_URL", "http://localhost");
    t = await createTestDatabase({ name: "pglite" });
    (globalThis as { __corroborateDb?: Promise<unknown> }).__corroborateDb = Promise.resolve(t);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    delete (globalThis as { __corroborateDb?: unknown }).__corroborateDb;
    await t?.drop();
  });

  async function csrf(): Promise<{ token: string; cookie: string }> {
    const req = new NextRequest("http://localhost/api/auth/csrf");
    const res = await inRequestScope(req, "/api/auth/[...nextauth]", () =>
      getHandler(req, { params: Promise.resolve({ nextauth: ["csrf"] }) }),
    );
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return { token: ((await res.json()) as { csrfToken: string }).csrfToken, cookie };
  }

  /** Signs in; returns whether it worked and the device cookie the response sets, if any. */
  async function signIn(email: string, password: string, extraCookie = "") {
    const { token, cookie } = await csrf();
    const req = new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: [cookie, extraCookie].filter(Boolean).join("; "),
      },
      body: new URLSearchParams({ csrfToken: token, email, password, json: "true", callbackUrl: "/desk" }).toString(),
    });
    return inRequestScope(req, "/api/auth/[...nextauth]", async () => {
      const res = await handler(req, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
      const url = ((await res.json()) as { url: string }).url;
      const jar = await cookies();
      return { ok: !new URL(url).searchParams.has("error"), url, device: jar.get(deviceCookieName(email)) };
    });
  }

  it("sets a signed device cookie on success only, and that browser gets past strangers' failures", async () => {
    const { user } = await makeUser(t.prisma);
    const wrong = await signIn(user.email, "wrong password");
    expect(wrong.ok).toBe(false);
    expect(wrong.device).toBeUndefined();

    const first = await signIn(user.email, TEST_PASSWORD);
    expect(first.ok).toBe(true);
    expect(first.device).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/api/auth" });
    expect(verifyDeviceToken(first.device!.value, user.email)).not.toBeNull();

    // Strangers (no trusted address without TRUST_PROXY) push the account's shared series into waiting.
    for (let i = 0; i < SIGNIN_LIMITS.account.free + 2; i++)
      await authenticate(t.prisma, { email: user.email, password: "guess" }).catch(() => null);
    const stranger = await signIn(user.email, TEST_PASSWORD);
    expect(stranger.ok).toBe(false);
    expect(decodeURIComponent(stranger.url)).toMatch(/Too many failed sign-ins/);

    const owner = await signIn(user.email, TEST_PASSWORD, `${deviceCookieName(user.email)}=${first.device!.value}`);
    expect(owner.ok).toBe(true);
  });
});
