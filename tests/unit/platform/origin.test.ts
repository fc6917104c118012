import { describe, expect, it } from "vitest";
import { authOriginEnv, publicOrigin, trustedForwardedHeaders } from "@/lib/platform/origin";

describe("the host a request came in on", () => {
  const spoofed = () =>
    new Headers({ host: "192.168.1.20:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });

  it("ignores client-sent forwarded headers unless TRUST_PROXY=1", () => {
    const h = trustedForwardedHeaders(spoofed(), {});
    expect(h.get("x-forwarded-host")).toBe("192.168.1.20:3000");
    expect(h.get("x-forwarded-proto")).toBe("http");
    expect(h.get("host")).toBe("192.168.1.20:3000");
  });

  it("believes a trusted proxy's forwarded headers", () => {
    const h = trustedForwardedHeaders(spoofed(), { TRUST_PROXY: "1" });
    expect(h.get("x-forwarded-host")).toBe("evil.example");
    expect(h.get("x-forwarded-proto")).toBe("https");
  });

  it("pins next-auth's origin only when PUBLIC_URL (or NEXTAUTH_URL) names one", () => {
    expect(authOriginEnv({})).toEqual({ AUTH_TRUST_HOST: "1" });
    expect(authOriginEnv({ PUBLIC_URL: "https://facts.example.org" })).toEqual({
      NEXTAUTH_URL: "https://facts.example.org",
    });
    expect(authOriginEnv({ NEXTAUTH_URL: "https://a.example", PUBLIC_URL: "https://b.example" })).toEqual({});
  });

  it("publicOrigin: PUBLIC_URL wins; unset, the request's Host (forwarded headers only from a trusted proxy)", () => {
    expect(publicOrigin(spoofed(), { PUBLIC_URL: "https://facts.example.org/" })).toBe("https://facts.example.org");
    expect(publicOrigin(spoofed(), {})).toBe("http://192.168.1.20:3000");
    expect(publicOrigin(spoofed(), { TRUST_PROXY: "1" })).toBe("https://evil.example");
    expect(
      publicOrigin(new Headers({ host: "desk.example", "x-forwarded-host": "a.example, b.example" }), {
        TRUST_PROXY: "1",
      }),
    ).toBe("http://a.example");
  });

  it("publicOrigin falls back to localhost without a request or with a Host no URL can carry", () => {
    expect(publicOrigin(null, { PORT: "4000" })).toBe("http://localhost:4000");
    expect(publicOrigin(new Headers({ host: "evil.example/x@" }), {})).toBe("http://localhost:3000");
    expect(publicOrigin(new Headers({ host: "[::1]:3000" }), {})).toBe("http://[::1]:3000");
  });
});
