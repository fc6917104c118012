// Which requests the page cache may answer from stored output, and the hash policy it sends with it.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPolicy, noncePolicy } from "@/lib/http/csp";
import { publicPageSlug } from "@/lib/publishing/page-cache";

const sha = (s: string) => `'sha256-${crypto.createHash("sha256").update(s, "utf8").digest("base64")}'`;

describe("publicPageSlug", () => {
  it("takes a workspace's public pages without a query", () => {
    for (const p of [
      "/w/demo",
      "/w/demo/claims/c1",
      "/w/demo/claims/c1/revisions",
      "/w/demo/claims/c1/revisions/2",
      "/w/demo/documents/d1",
      "/w/demo/claimants",
      "/w/demo/claimants/p1",
      "/w/demo/verdicts",
      "/w/demo/corrections",
      "/w/demo/methodology",
      "/w/demo/search",
    ])
      expect(publicPageSlug(p), p).toBe("demo");
  });
  it("leaves queries, Next's navigations, feeds, the desk and the API to Next", () => {
    for (const p of [
      "/w/demo/search?q=opium",
      "/w/demo/verdicts?rating=1",
      "/w/demo/claims/c1?_rsc=abc",
      "/w/demo/feed.xml",
      "/w/demo/corrections/feed.xml",
      "/w/demo/",
      "/w/Demo",
      "/desk/demo",
      "/api/v1/workspaces/demo/claims",
      "/signin",
      "/",
    ])
      expect(publicPageSlug(p), p).toBeNull();
  });
});

describe("hashPolicy", () => {
  it("allows exactly the page's inline scripts by hash, and script files from this origin", () => {
    const a = `self.__next_f.push([1,"a\\u003c/b"])`;
    const b = `(self.__next_f=self.__next_f||[]).push([0])`;
    const html = `<html><head><script src="/_next/static/chunks/x.js" async=""></script></head><body><script>${a}</script><script>${b}</script><script>${a}</script><script type="application/ld+json">{"@type":"ClaimReview"}</script></body></html>`;
    const policy = hashPolicy(html);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc.split(" ").slice(1)).toEqual(["'self'", sha(a), sha(b), sha(`{"@type":"ClaimReview"}`)]);
    expect(policy).not.toContain("nonce");
    expect(policy).not.toContain("unsafe-inline' 'sha"); // inline script is never allowed wholesale
    // Everything but script-src is the desk's policy.
    const rest = (p: string) => p.split("; ").filter((d) => !d.startsWith("script-src "));
    expect(rest(policy)).toEqual(rest(noncePolicy("abc")));
  });
});
