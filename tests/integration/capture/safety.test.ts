// Every SSRF form from the issue is refused before any connection is made. Only the test's own
// server on 127.0.0.1 is ever dialled; names are "resolved" by a stub, never by DNS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CaptureRefused } from "@/lib/capture";
import { fetchForCapture, type Resolver } from "@/lib/capture/fetch";
import { extractCapture } from "@/lib/capture/extract";
import { html, startPages, type PageServer } from "./pages";

const resolver = (table: Record<string, string[]>): Resolver & { asked: string[] } => {
  const asked: string[] = [];
  const fn = async (host: string) => {
    asked.push(host);
    const a = table[host];
    if (!a) throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
    return a.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(fn, { asked });
};

describe("capture safety", () => {
  let web: PageServer;
  beforeAll(async () => {
    web = await startPages();
  });
  afterAll(() => web?.close());

  const refused = async (url: string, opts: Parameters<typeof fetchForCapture>[1] = {}) => {
    const err = await fetchForCapture(url, { allowHosts: [], ...opts }).then(
      () => null,
      (e) => e,
    );
    expect(err, url).toBeInstanceOf(CaptureRefused);
    return (err as Error).message;
  };

  it("refuses other schemes, and private, loopback, link-local, metadata and mapped addresses, before connecting", async () => {
    expect(await refused("file:///etc/passwd")).toMatch(/only http and https/);
    expect(await refused("gopher://127.0.0.1:70/_x")).toMatch(/only http and https/);
    expect(await refused("data:text/html,<p>hi</p>")).toMatch(/only http and https/);
    expect(await refused("ftp://example.org/file")).toMatch(/only http and https/);
    // The test's own server, unlisted: loopback is refused (and so never reached).
    const before = web.hits.get("/") ?? 0;
    expect(await refused(`${web.origin}/`)).toMatch(/loopback/);
    expect(web.hits.get("/") ?? 0).toBe(before);
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
      "http://192.168.1.1/",
      "http://172.16.0.1/",
      "http://100.100.100.200/",
      "http://0.0.0.0/",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://[::ffff:a9fe:a9fe]/",
      "http://[fd00:ec2::254]/",
      "http://[fe80::1]/",
      "http://0x7f000001/",
      "http://2130706433/",
      "http://127.1/",
      "http://224.0.0.1/",
    ])
      expect(await refused(url)).toMatch(/refused/);
    expect(await refused("http://user:pw@example.org/")).toMatch(/user name or password/);
  });

  it("checks what a name resolves to, every answer of it, and every redirect hop", async () => {
    const r = resolver({
      "evil.example": ["127.0.0.1"],
      "split.example": ["93.184.216.34", "10.1.2.3"],
      "meta.example": ["fd00:ec2::254"],
      "mapped.example": ["::ffff:169.254.169.254"],
    });
    expect(await refused("http://evil.example/", { resolve: r })).toMatch(
      /evil\.example resolves to 127\.0\.0\.1 is a loopback/,
    );
    expect(await refused("http://split.example/", { resolve: r })).toMatch(/10\.1\.2\.3 is a private/);
    expect(await refused("http://meta.example/", { resolve: r })).toMatch(/unique-local/);
    expect(await refused("http://mapped.example/", { resolve: r })).toMatch(/link-local/);
    expect(await refused("http://nowhere.example/", { resolve: r })).toMatch(/does not resolve/);
    expect(r.asked).toEqual(["evil.example", "split.example", "meta.example", "mapped.example", "nowhere.example"]);

    // The allowed local server redirects into private space: the hop is checked and refused.
    web.pages.set("/to-metadata", (_q, s) =>
      s.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    );
    web.pages.set("/to-name", (_q, s) => s.writeHead(302, { location: "http://evil.example/" }).end());
    web.pages.set("/to-file", (_q, s) => s.writeHead(302, { location: "file:///etc/passwd" }).end());
    const local = { allowHosts: ["127.0.0.1"], resolve: r };
    expect(await refused(`${web.origin}/to-metadata`, local)).toMatch(/link-local/);
    expect(await refused(`${web.origin}/to-name`, local)).toMatch(/loopback/);
    expect(await refused(`${web.origin}/to-file`, local)).toMatch(/only http and https/);
    web.pages.set("/loop", (_q, s) => s.writeHead(302, { location: "/loop" }).end());
    expect(await refused(`${web.origin}/loop`, local)).toMatch(/more than 5 redirects/);
  });

  it("cuts off huge, endless and binary responses with a reason, and reads a page whose charset lies", async () => {
    const local = { allowHosts: ["127.0.0.1"] };
    const big = Buffer.alloc(2 * 1024 * 1024, "a");
    web.pages.set("/big", (_q, s) =>
      s.writeHead(200, { "content-type": "text/html", "content-length": big.length }).end(big),
    );
    web.pages.set("/big-chunked", (_q, s) => {
      s.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 40; i++) s.write(Buffer.alloc(64 * 1024, "b"));
      s.end();
    });
    web.pages.set("/endless", (_q, s) => {
      s.writeHead(200, { "content-type": "text/html" });
      const t = setInterval(() => s.write("<p>more</p>"), 20);
      s.on("close", () => clearInterval(t));
    });
    web.pages.set("/binary", html("\x7fELF\x00\x00", "application/octet-stream"));
    expect(await refused(`${web.origin}/big`, { ...local, maxBytes: 1024 * 1024 })).toMatch(
      /the page is 2 MB; captures stop at 1 MB/,
    );
    expect(await refused(`${web.origin}/big-chunked`, { ...local, maxBytes: 1024 * 1024 })).toMatch(/larger than 1 MB/);
    const t0 = Date.now();
    expect(await refused(`${web.origin}/endless`, { ...local, timeoutMs: 600 })).toMatch(/did not finish within 1 s/);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await refused(`${web.origin}/binary`, local)).toMatch(/application\/octet-stream is not captured/);

    const latin1 = Buffer.from(
      "<html><body><article><p>Le café de la gare, où l'on a dit que le rapport était faux, ferme à midi pour toujours.</p></article></body></html>",
      "latin1",
    );
    web.pages.set("/liar", (_q, s) => s.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(latin1));
    const page = await fetchForCapture(`${web.origin}/liar`, local);
    const ex = extractCapture(page.body, page.contentType, page.finalUrl);
    expect(ex.text).toContain("Le café de la gare");
    expect(ex.notes.join()).toMatch(/not valid utf-8; read as windows-1252/);
  });
});
