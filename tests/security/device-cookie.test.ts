// The device cookie through the app's real credentials callback (issue 22): a successful sign-in
// sets this account's signed device cookie (HttpOnly, for /api/auth only), and the next sign-in
// from that browser is let in although strangers' guesses keep other browsers waiting. The
// callback runs as next-auth's sign-in route runs it, with the request's headers and cookies.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/next-auth";
import { deviceCookieName, verifyDeviceToken } from "@/lib/auth/device";
import { authenticate, SIGNIN_LIMITS } from "@/lib/auth/signin";
import { useAppDatabase } from "../support/app-database";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { makeUser, TEST_PASSWORD } from "../support/factories";
import { cookiesSet, withRequest } from "../support/next-headers";

vi.mock("@/lib/db/server", () => import("../support/app-database"));
vi.mock("next/headers", () => import("../support/next-headers"));

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const credentials = authOptions.providers.find((p) => p.id === "credentials") as unknown as {
  options: { authorize: Authorize };
};

describe("device cookie through the credentials callback", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ name: "pglite" });
    useAppDatabase(t);
  });
  afterAll(async () => {
    useAppDatabase(undefined);
    await t?.drop();
  });

  /** Signs in; returns whether it worked, the refusal's message and the device cookie set, if any. */
  async function signIn(email: string, password: string, cookie = "") {
    const req = new Request("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: cookie ? { cookie } : {},
    });
    return withRequest(req, async () => {
      let user: unknown = null;
      let error = "";
      try {
        user = await credentials.options.authorize({ email, password }, { headers: Object.fromEntries(req.headers) });
      } catch (err) {
        error = (err as Error).message; // next-auth shows it on the sign-in page as ?error=…
      }
      return { ok: user !== null, error, device: cookiesSet().get(deviceCookieName(email)) };
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
    expect(stranger.error).toMatch(/Too many failed sign-ins/);

    const owner = await signIn(user.email, TEST_PASSWORD, `${deviceCookieName(user.email)}=${first.device!.value}`);
    expect(owner.ok).toBe(true);
  });
});
