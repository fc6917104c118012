import { describe, expect, it } from "vitest";
import { checkEnv } from "@/lib/env";

describe("checkEnv", () => {
  it("accepts the one-line-start defaults", () => {
    expect(checkEnv({ NODE_ENV: "development" })).toBeNull();
  });
  it("names DATABASE_URL when its scheme is unknown", () => {
    expect(checkEnv({ DATABASE_URL: "sqlite:x.db" })?.variable).toBe("DATABASE_URL");
  });
  it("requires NEXTAUTH_SECRET in production", () => {
    expect(checkEnv({ NODE_ENV: "production" })?.variable).toBe("NEXTAUTH_SECRET");
    expect(checkEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) })).toBeNull();
    expect(checkEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "short" })?.variable).toBe("NEXTAUTH_SECRET");
  });
  it("checks PUBLIC_URL and PORT", () => {
    expect(checkEnv({ PUBLIC_URL: "ftp://x" })?.variable).toBe("PUBLIC_URL");
    expect(checkEnv({ PUBLIC_URL: "https://facts.example.org" })).toBeNull();
    expect(checkEnv({ PORT: "eighty" })?.variable).toBe("PORT");
  });
  it("checks DUPLICATE_THRESHOLD is a share above 0 and at most 1", () => {
    for (const bad of ["0", "1.5", "high", "-0.2"])
      expect(checkEnv({ DUPLICATE_THRESHOLD: bad })?.variable, bad).toBe("DUPLICATE_THRESHOLD");
    for (const good of ["0.35", "1", "0.05"]) expect(checkEnv({ DUPLICATE_THRESHOLD: good }), good).toBeNull();
  });
});
