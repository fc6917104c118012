// GitHub sign-in mapped no GitHub account to a member (its sessions were refused), so it was removed:
// setting the old variables must not bring a sign-in path back.
import { afterEach, describe, expect, it, vi } from "vitest";

describe("sign-in providers", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("offers email and password only, even with GITHUB_ID and GITHUB_SECRET set", async () => {
    vi.stubEnv("GITHUB_ID", "an-app-id");
    vi.stubEnv("GITHUB_SECRET", "an-app-secret");
    vi.resetModules();
    const { authOptions } = await import("@/lib/auth/next-auth");
    expect(authOptions.providers.map((p) => p.id)).toEqual(["credentials"]);
  });
});
