// proxy.ts runs before every page: malformed URLs are 400s there, and HTTPS deployments get HSTS.
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { PAGE_RENDER_HEADER, pageRenderNonce, pageRenderSecret } from "@/lib/http/page-render";

const run = (url: string) => proxy(new NextRequest(url));

describe("proxy", () => {
  const saved = process.env.PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.PUBLIC_URL;
    else process.env.PUBLIC_URL = saved;
  });

  it("answers malformed percent-encoding and NUL bytes in the path or query with a 400", async () => {
    for (const url of [
      "http://localhost/w/demo/claims/%FF",
      "http://localhost/w/demo/claims/%00",
      "http://localhost/w/demo/search?q=%00",
      "http://localhost/w/demo/search?q=%E0%A4%A",
      "http://localhost/w/demo/claims/%ED%A0%80",
    ]) {
      const res = run(url);
      expect(res.status, url).toBe(400);
      expect(await res.text()).toMatch(/^Bad request: /);
    }
  });
  it("lets ordinary URLs through with the CSP, including encoded Unicode", () => {
    const res = run("http://localhost/w/demo/search?q=caf%C3%A9+%F0%9F%98%80&page=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
  });
  it("sends HSTS only when the public origin is https", () => {
    process.env.PUBLIC_URL = "https://checks.example.org";
    expect(run("http://localhost/w/demo").headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    process.env.PUBLIC_URL = "http://localhost:3000";
    expect(run("http://localhost/w/demo").headers.get("strict-transport-security")).toBeNull();
  });
  it("renders the page cache's own request with the secret marker nonce, and only with this process's secret", () => {
    const own = proxy(
      new NextRequest("http://localhost/w/demo", { headers: { [PAGE_RENDER_HEADER]: pageRenderSecret() } }),
    );
    expect(own.headers.get("content-security-policy")).toContain(`'nonce-${pageRenderNonce()}'`);
    expect(own.headers.get("x-middleware-request-x-nonce")).toBe(pageRenderNonce());
    const forged = proxy(new NextRequest("http://localhost/w/demo", { headers: { [PAGE_RENDER_HEADER]: "guess" } }));
    expect(forged.headers.get("content-security-policy")).toMatch(/'nonce-/);
    expect(forged.headers.get("content-security-policy")).not.toContain(pageRenderNonce());
  });
});
