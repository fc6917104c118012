// Sign-in limits that hold (issue 22): counted exactly under parallel guesses, per (account,
// client) so a stranger's failures cannot lock the owner out, a forged X-Forwarded-For worth
// nothing without TRUST_PROXY, and a global limit that slows but never refuses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client";
import { accountKey, authenticate, SIGNIN_LIMITS, type SignInLimits } from "@/lib/auth/signin";
import { deviceCookieName, deviceTokenFromCookies, issueDeviceToken, verifyDeviceToken } from "@/lib/auth/device";
import { AppError } from "@/lib/errors";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { makeUser, TEST_PASSWORD } from "../support/factories";

async function outcome(p: Promise<unknown>): Promise<"accepted" | "wrong" | string> {
  try {
    return (await p) ? "accepted" : "wrong";
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

const count = (xs: string[], x: string) => xs.filter((v) => v === x).length;

describe("client address", () => {
  it("ignores X-Forwarded-For and X-Real-IP unless TRUST_PROXY=1", () => {
    const forged = { "x-forwarded-for": "198.51.100.7", "x-real-ip": "198.51.100.8" };
    expect(clientAddress(forged, {})).toBeNull();
    expect(clientAddress(new Headers(forged), { TRUST_PROXY: "0" })).toBeNull();
  });
  it("with TRUST_PROXY=1 takes the address the proxy appended, not what the client put before it", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" }, { TRUST_PROXY: "1" })).toBe("203.0.113.5");
    expect(clientAddress({ "x-real-ip": "2001:db8::1" }, { TRUST_PROXY: "1" })).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "<script>" }, { TRUST_PROXY: "1" })).toBeNull();
  });
});

describe("device tokens", () => {
  it("are genuine only for their account, unaltered and unexpired", () => {
    const token = issueDeviceToken("Owner@Example.test");
    expect(verifyDeviceToken(token, "owner@example.test")).toMatch(/^[\w-]{22}$/);
    expect(verifyDeviceToken(token, "other@example.test")).toBeNull();
    const [a, id, at, mac] = token.split(".");
    expect(verifyDeviceToken([a, id, String(Number(at) + 1), mac].join("."), "owner@example.test")).toBeNull();
    expect(
      verifyDeviceToken(
        [Buffer.from("other@example.test").toString("base64url"), id, at, mac].join("."),
        "other@example.test",
      ),
    ).toBeNull();
    expect(verifyDeviceToken(token, "owner@example.test", Date.now() + 181 * 86_400_000)).toBeNull();
    expect(verifyDeviceToken("garbage", "owner@example.test")).toBeNull();
  });
  it("are read from the account's own cookie", () => {
    const header = `a=1; ${deviceCookieName("x@example.test")}=tok-x; ${deviceCookieName("y@example.test")}=tok-y`;
    expect(deviceTokenFromCookies(header, "Y@example.test")).toBe("tok-y");
    expect(deviceTokenFromCookies(header, "z@example.test")).toBeNull();
  });
});

describe.each(DB_TARGETS)("sign-in limits on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  // A long first delay, so no test depends on how fast the machine is.
  const slow: SignInLimits = { ...SIGNIN_LIMITS, account: { ...SIGNIN_LIMITS.account, baseDelayMs: 10 * 60_000 } };

  it("evaluates exactly five of 40 parallel guesses and refuses the rest", async () => {
    const { user } = await makeUser(t.prisma);
    const results = await Promise.all(
      Array.from({ length: 40 }, () => outcome(authenticate(t.prisma, { email: user.email, password: "guess" }, slow))),
    );
    expect(count(results, "wrong")).toBe(SIGNIN_LIMITS.account.free);
    expect(count(results, "rate_limited")).toBe(40 - SIGNIN_LIMITS.account.free);
    const row = await t.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: accountKey(user.email, null) } });
    expect(row.count).toBe(SIGNIN_LIMITS.account.free);
  });

  it("does not lock the owner out: another client's failures leave the correct password working", async () => {
    const { user } = await makeUser(t.prisma);
    for (let i = 0; i < 12; i++)
      await outcome(authenticate(t.prisma, { email: user.email, password: "guess", client: "198.51.100.66" }, slow));
    expect(
      await outcome(
        authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD, client: "198.51.100.66" }, slow),
      ),
    ).toBe("rate_limited");
    expect(
      await outcome(
        authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD, client: "203.0.113.10" }, slow),
      ),
    ).toBe("accepted");
  });

  it("waits, then lets the correct password through, and the waits double with each further failure", async () => {
    const { user } = await makeUser(t.prisma);
    const key = accountKey(user.email, "192.0.2.1");
    const elapse = () =>
      t.prisma.rateLimitBucket.update({ where: { key }, data: { resetAt: new Date(Date.now() - 1000) } });
    const wait = async () => {
      const row = await t.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key } });
      return Math.round((row.resetAt.getTime() - row.updatedAt.getTime()) / 1000);
    };
    for (let i = 0; i < 5; i++)
      await authenticate(t.prisma, { email: user.email, password: "guess", client: "192.0.2.1" });
    expect(await wait()).toBe(2);
    await elapse();
    await authenticate(t.prisma, { email: user.email, password: "guess", client: "192.0.2.1" });
    expect(await wait()).toBe(4);
    const refused = await authenticate(t.prisma, {
      email: user.email,
      password: TEST_PASSWORD,
      client: "192.0.2.1",
    }).catch((e: AppError) => e);
    expect((refused as AppError).message).toMatch(/^Too many failed sign-ins\. Try again in \d+ seconds?\.$/);
    await elapse(); // the delay has passed: no 15-minute lockout the right password cannot lift
    expect(
      await outcome(authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD, client: "192.0.2.1" })),
    ).toBe("accepted");
    expect(await t.prisma.rateLimitBucket.findUnique({ where: { key } })).toBeNull();
  });

  it("the global limit slows attempts down but refuses nobody", async () => {
    const { user } = await makeUser(t.prisma);
    const tight: SignInLimits = { ...SIGNIN_LIMITS, globalFailures: 1, globalSlowdownMs: 1 };
    for (let i = 0; i < 3; i++)
      await authenticate(t.prisma, { email: `nobody-${i}@example.test`, password: "x" }, tight);
    expect(await outcome(authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD }, tight))).toBe(
      "accepted",
    );
  });

  it("a per-client limit across accounts stops password spraying from one trusted address", async () => {
    const spray: SignInLimits = {
      ...SIGNIN_LIMITS,
      client: { ...SIGNIN_LIMITS.client, free: 3, baseDelayMs: 10 * 60_000 },
    };
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(
        await outcome(
          authenticate(
            t.prisma,
            { email: `spray-${i}@example.test`, password: "Winter2026!", client: "198.51.100.99" },
            spray,
          ),
        ),
      );
    expect(results).toEqual(["wrong", "wrong", "wrong", "rate_limited", "rate_limited", "rate_limited"]);
  });

  it("without TRUST_PROXY, strangers' failures keep unknown browsers waiting but not the owner's known device", async () => {
    const { user } = await makeUser(t.prisma);
    const first = await authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD }, slow);
    expect(first?.deviceToken).toBeTruthy();
    // An attacker (no trusted address, no device token) guesses until the account's series waits.
    for (let i = 0; i < 8; i++) await outcome(authenticate(t.prisma, { email: user.email, password: "guess" }, slow));
    expect(await outcome(authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD }, slow))).toBe(
      "rate_limited",
    );
    // The owner's browser, holding the token from its last sign-in, is let in at once.
    expect(
      await outcome(
        authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD, device: first!.deviceToken }, slow),
      ),
    ).toBe("accepted");
    // Another account's token or a tampered one is worth nothing.
    const { user: other } = await makeUser(t.prisma);
    const theirs = (await authenticate(t.prisma, { email: other.email, password: TEST_PASSWORD }, slow))!.deviceToken;
    expect(
      await outcome(authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD, device: theirs }, slow)),
    ).toBe("rate_limited");
    expect(
      await outcome(
        authenticate(
          t.prisma,
          { email: user.email, password: TEST_PASSWORD, device: first!.deviceToken.slice(0, -2) + "xx" },
          slow,
        ),
      ),
    ).toBe("rate_limited");
  });

  it("a device token's own guesses are still limited, counted exactly under 40 parallel attempts", async () => {
    const { user } = await makeUser(t.prisma);
    const device = (await authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD }, slow))!.deviceToken;
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        outcome(authenticate(t.prisma, { email: user.email, password: "guess", device }, slow)),
      ),
    );
    expect(count(results, "wrong")).toBe(SIGNIN_LIMITS.account.free);
    expect(count(results, "rate_limited")).toBe(40 - SIGNIN_LIMITS.account.free);
  });
});
