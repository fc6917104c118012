// The page cache's behaviour around a change, against a real loopback "Next" whose renders the
// test releases by hand: the reader who starts a render waits for it; readers who join it get the
// previous copy for a moment (never longer than the cache's stale bound); then everyone the new one.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_RENDER_HEADER, pageRenderSecret } from "@/lib/http/page-render";
import { createPageCache } from "@/lib/publishing/page-cache";

let version = 1; // what "Next" renders now
let hold: Promise<void> = Promise.resolve(); // renders wait on this
let renders = 0;
let stamp = "ws1:1";
const servers: http.Server[] = [];

async function listen(handler: http.RequestListener): Promise<number> {
  const s = http.createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return (s.address() as AddressInfo).port;
}

let origin = "";
beforeAll(async () => {
  // "Next": only the cache's own renders come here in this test.
  const nextPort = await listen(async (req, res) => {
    expect(req.headers[PAGE_RENDER_HEADER]).toBe(pageRenderSecret()); // the cache's own render, with its secret
    renders++;
    const v = version;
    await hold;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<html><body>version ${v}</body></html>`);
  });
  const cache = createPageCache({ port: nextPort, stamp: async () => stamp });
  const port = await listen(async (req, res) => {
    if (!(await cache.handle(req, res))) res.writeHead(502).end();
  });
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => servers.forEach((s) => s.close()));

const read = async () => (await fetch(`${origin}/w/demo/claims/c1`)).text();

describe("a stored page around a change", () => {
  it("serves the previous copy to readers who join a render, only briefly, and the new one after", async () => {
    expect(await read()).toContain("version 1");
    expect(await read()).toContain("version 1");
    expect(renders).toBe(1);

    // A change: the next reader starts the render and waits for it…
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    version = 2;
    stamp = "ws1:2";
    const starter = read();
    await new Promise((r) => setTimeout(r, 50));
    // …while readers who arrive during it get the previous copy at once.
    expect(await read()).toContain("version 1");
    expect(renders).toBe(2);
    release();
    expect(await starter).toContain("version 2");
    expect(await read()).toContain("version 2");
    expect(renders).toBe(2);
  });

  it("makes joiners wait once the render has run past the stale bound", async () => {
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    version = 3;
    stamp = "ws1:3";
    const starter = read();
    await new Promise((r) => setTimeout(r, 700)); // past the 500 ms bound
    let joinerDone = false;
    const joiner = read().then((t) => ((joinerDone = true), t));
    await new Promise((r) => setTimeout(r, 50));
    expect(joinerDone).toBe(false); // it waits for the new copy rather than take one 700 ms stale
    release();
    expect(await joiner).toContain("version 3");
    expect(await starter).toContain("version 3");
  });

  it("never serves another workspace's copy under a reused address", async () => {
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    version = 4;
    stamp = "ws2:1"; // the slug now names another workspace
    const starter = read();
    await new Promise((r) => setTimeout(r, 50));
    let joinerDone = false;
    const joiner = read().then((t) => ((joinerDone = true), t));
    await new Promise((r) => setTimeout(r, 50));
    expect(joinerDone).toBe(false);
    release();
    expect(await joiner).toContain("version 4");
    expect(await starter).toContain("version 4");
  });
});
