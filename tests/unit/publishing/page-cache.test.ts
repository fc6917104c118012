// Which requests the page cache may answer from stored output, and the hash policy it sends with it.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { noncePolicy, scriptFreePage, storedPagePolicy } from "@/lib/http/csp";
import { coalescedStampReader, publicPageSlug } from "@/lib/publishing/page-cache";

const sha = (s: string) => `'sha256-${crypto.createHash("sha256").update(s, "utf8").digest("base64")}'`;

describe("publicPageSlug", () => {
  it("takes a workspace's public pages without a query", () => {
    for (const p of [
      "/w/demo",
      "/w/demo/claims/c1",
      "/w/demo/claims/c1/revisions",
      "/w/demo/claims/c1/revisions/2",
      "/w/demo/documents/d1",
      "/w/demo/documents",
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
      "/w/demo/documents?page=2",
      "/w/demo/documents/d1/x",
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

describe("scriptFreePage", () => {
  const marker = "bWFya2Vy";
  const jsonLd = `<script type="application/ld+json">{"@type":"ClaimReview"}</script>`;
  const page = (body: string) =>
    `<html><head><link rel="stylesheet" href="/x.css" nonce="${marker}"/>` +
    `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>` +
    `<link rel="modulepreload" href="/_next/static/chunks/b.js"/><link rel="preload" as="font" href="/f.woff2"/>` +
    `<script src="/_next/static/chunks/x.js" async="" nonce="${marker}"></script></head><body>${body}` +
    `<script nonce="${marker}">self.__next_f.push([1,"the text again"])</script>${jsonLd}</body></html>`;

  it("takes out every script and script preload, keeps JSON-LD, and allows no script", () => {
    const out = scriptFreePage(page(`<p>the text</p><script>alert(1)</script>`), marker)!;
    expect(out.html).toBe(
      `<html><head><link rel="stylesheet" href="/x.css"/><link rel="preload" as="font" href="/f.woff2"/></head>` +
        `<body><p>the text</p>${jsonLd}</body></html>`,
    );
    expect(out.policy.split("; ")).toContain("script-src 'none'");
    const rest = (p: string) => p.split("; ").filter((d) => !d.startsWith("script-src "));
    expect(rest(out.policy)).toEqual(rest(noncePolicy("abc")));
  });
  it("declines a page that streamed a boundary after its shell (only a script would show it)", () => {
    const streamed = `<!--$?--><template id="B:0"></template><p>Loading</p><!--/$--><div hidden id="S:0"><p>done</p></div>`;
    expect(scriptFreePage(page(streamed), marker)).toBeNull();
  });
});

describe("coalescedStampReader", () => {
  // A fake counter read that the test finishes by hand: each read returns the counter as it was
  // when the read started, as a database snapshot would.
  function fakeDb() {
    let counter = 0;
    const started: { value: number; finish: () => void }[] = [];
    const read = (slug: string) =>
      new Promise<string | null>((resolve) => {
        const value = counter;
        started.push({ value, finish: () => resolve(`${slug}:${value}`) });
      });
    return { read, started, bump: () => counter++ };
  }
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it("runs one read at a time per workspace: a crowd shares the next read", async () => {
    const db = fakeDb();
    const stamp = coalescedStampReader(db.read);
    const first = stamp("a");
    const crowd = Array.from({ length: 50 }, () => stamp("a"));
    const other = stamp("b"); // another workspace reads at once
    expect(db.started).toHaveLength(2);
    db.started[0].finish();
    await tick();
    expect(db.started).toHaveLength(3); // the crowd's one read starts when the first ends
    db.started[1].finish();
    db.started[2].finish();
    expect(await first).toBe("a:0");
    expect(await other).toBe("b:0");
    expect(new Set(await Promise.all(crowd))).toEqual(new Set(["a:0"]));
    expect(db.started).toHaveLength(3);
  });

  it("never answers a request with a read that started before it arrived", async () => {
    const db = fakeDb();
    const stamp = coalescedStampReader(db.read);
    const before = stamp("a"); // reads counter 0
    db.bump(); // a publish commits while that read runs…
    const after = stamp("a"); // …and a reader arrives after it: it must see counter 1
    db.started[0].finish();
    await tick();
    db.started[1].finish();
    expect(await before).toBe("a:0");
    expect(await after).toBe("a:1");
    // Idle again: the next request reads afresh.
    db.bump();
    const later = stamp("a");
    db.started[2].finish();
    expect(await later).toBe("a:2");
  });
});
