import { describe, expect, it } from "vitest";
import { startBanner } from "@/lib/platform/banner";

describe("start banner", () => {
  it("names the URLs to open, the demo accounts, where data lives and how to stop", () => {
    const b = startBanner({
      port: "3000",
      target: { kind: "pglite-file", dir: "/srv/app/.data/pglite" },
      demo: true,
      addresses: ["192.168.1.20"],
    });
    expect(b).toContain("Open:    http://localhost:3000  or  http://192.168.1.20:3000");
    expect(b).toContain("owner@demo.corroborate.test");
    expect(b).toContain("password corroborate-demo");
    expect(b).toContain("Data:    /srv/app/.data/pglite");
    expect(b).toMatch(/Stop:\s+Ctrl\+C/);
  });

  it("on PostgreSQL without demo: the public URL, no accounts, no password in the database line", () => {
    const b = startBanner({
      port: "3000",
      publicUrl: "https://facts.example.org",
      target: { kind: "postgres", url: "postgresql://app:s3cret@db:5432/corroborate" },
      demo: false,
      addresses: [],
    });
    expect(b).toContain("Open:    https://facts.example.org");
    expect(b).not.toContain("localhost");
    expect(b).not.toMatch(/Sign in|corroborate-demo/);
    expect(b).toContain("Data:    PostgreSQL db:5432/corroborate");
    expect(b).not.toContain("s3cret");
  });
});
