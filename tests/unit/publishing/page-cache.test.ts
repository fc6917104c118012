// Which requests the page cache may answer from stored output, and the hash policy it sends with it.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { noncePolicy, storedPagePolicy } from "@/lib/http/csp";
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

describe("storedPagePolicy", () => {
  const marker = "bWFya2Vy";
  const a = `self.__next_f.push([1,"a\\u003c/b"])`;
  const b = `(self.__next_f=self.__next_f||[]).push([0])`;
  const injected = `alert(document.cookie)`;
  // Next repeats the nonce in its flight data; the stored copy must not carry it there either.
  const flight = `self.__next_f.push([1,"{\\"nonce\\":\\"${marker}\\"}"])`;
  const flightStored = `self.__next_f.push([1,"{\\"nonce\\":\\"\\"}"])`;
  const html =
    `<html><head><script src="/_next/static/chunks/x.js" async="" nonce="${marker}"></script></head><body>` +
    `<p>headline</p><script>${injected}</script><script nonce="guess">${injected}1</script>` +
    `<script nonce="${marker}">${a}</script><script nonce="${marker}">${b}</script><script nonce="${marker}">${a}</script>` +
    `<link rel="stylesheet" href="/x.css" nonce="${marker}"/><script nonce="${marker}">${flight}</script>` +
    `<script type="application/ld+json">{"@type":"ClaimReview"}</script></body></html>`;
  const scriptSrc = (p: string) =>
    p
      .split("; ")
      .find((d) => d.startsWith("script-src "))!
      .split(" ")
      .slice(1);

  it("allows by hash exactly the inline scripts Next marked, and script files from this origin", () => {
    const sealed = storedPagePolicy(html, marker);
    expect(scriptSrc(sealed.policy)).toEqual(["'self'", sha(a), sha(b), sha(flightStored)]);
    expect(sealed.policy).not.toContain("nonce");
    expect(sealed.policy).not.toContain("unsafe-inline' 'sha"); // inline script is never allowed wholesale
    // Everything but script-src is the desk's policy.
    const rest = (p: string) => p.split("; ").filter((d) => !d.startsWith("script-src "));
    expect(rest(sealed.policy)).toEqual(rest(noncePolicy("abc")));
  });
  it("leaves an unmarked script (injected markup) out of the policy, whatever nonce it claims", () => {
    const allowed = scriptSrc(storedPagePolicy(html, marker).policy);
    expect(allowed).not.toContain(sha(injected));
    expect(allowed).not.toContain(sha(`${injected}1`));
    // Without the marker nothing inline is allowed at all.
    expect(scriptSrc(storedPagePolicy(html, "other").policy)).toEqual(["'self'"]);
  });
  it("removes the marker from the stored copy and keeps everything else byte for byte", () => {
    const sealed = storedPagePolicy(html, marker);
    expect(sealed.html).not.toContain(marker);
    expect(sealed.html).toBe(html.replaceAll(` nonce="${marker}"`, "").replace(flight, flightStored));
  });
});
