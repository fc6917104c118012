// Sessions are JWTs that expire: 8 hours from sign-in, and a token past its expiry decodes to nothing usable.
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authOptions, SESSION_MAX_AGE_S } from "@/lib/auth/next-auth";

const secret = "a-test-secret-of-thirty-two-chars!!";
const token = { sub: "user-1", email: "e@example.test" };

describe("session lifetime", () => {
  it("uses stateless JWT sessions that last 8 hours", () => {
    expect(authOptions.session).toEqual({ strategy: "jwt", maxAge: 8 * 60 * 60 });
    expect(SESSION_MAX_AGE_S).toBe(28_800);
  });

  it("a token within its lifetime decodes; one past it, or signed with another secret, does not", async () => {
    const fresh = await encode({ token, secret, maxAge: SESSION_MAX_AGE_S });
    const claims = await decode({ token: fresh, secret });
    expect(claims).toMatchObject(token);
    expect((claims!.exp as number) - (claims!.iat as number)).toBe(SESSION_MAX_AGE_S);
    await expect(decode({ token: await encode({ token, secret, maxAge: -60 }), secret })).rejects.toThrow(/exp/i);
    await expect(decode({ token: fresh, secret: "another-secret-of-thirty-two-chars!" })).rejects.toThrow();
  });
});
