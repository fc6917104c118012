// The production server's operations contract, on a real `npm start` process: JSON-line logs with a
// request id that matches the response header, LOG_LEVEL, no secrets in logs, public links from
// PUBLIC_URL or the request's host, and a SIGTERM that lets an in-flight request finish.
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db";
import { prepareDatabase } from "@/lib/platform/prepare";
import { makeUser, makeWorkspace, TEST_PASSWORD } from "../../support/factories";
import { ensureBuild, freePort, startServer, stopServer, waitReady, type Server } from "../../support/server";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Res = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(port: number, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<Res>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: urlPath, headers, agent: false }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: data }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Every stdout line of the server, kept whole (the shared helper keeps only the last 200, merged). */
function stdoutLines(s: Server): string[] {
  const lines: string[] = [];
  let rest = "";
  s.child.stdout!.on("data", (c: Buffer) => {
    const parts = (rest + c.toString()).split("\n");
    rest = parts.pop()!;
    lines.push(...parts.filter(Boolean));
  });
  return lines;
}

type Line = {
  time: string;
  level: string;
  msg: string;
  requestId?: string;
  method?: string;
  path?: string;
  status?: number;
  duration_ms?: number;
};
const parsed = (lines: string[]) => lines.map((l) => JSON.parse(l) as Line);

async function until<T>(what: string, f: () => T | undefined, ms = 30_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) {
    const v = f();
    if (v !== undefined) return v;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** An empty embedded database with one public workspace and one member, before the server opens it. */
async function seed(dir: string) {
  const database = await openDatabase(`pglite:${dir}`);
  try {
    await prepareDatabase(database, { demo: false });
    const ws = await makeWorkspace(database.prisma, { isPublic: true });
    const { user } = await makeUser(database.prisma, { workspaceId: ws.id, role: "editor" });
    return { slug: ws.slug, email: user.email };
  } finally {
    await database.close();
  }
}

async function csrf(port: number) {
  const res = await request(port, "GET", "/api/auth/csrf");
  return {
    token: (JSON.parse(res.body) as { csrfToken: string }).csrfToken,
    cookie: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; "),
  };
}

describe("operations: logs, public links and a graceful stop", { timeout: 900_000 }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-ops-"));
  const servers: Server[] = [];
  const start = async (name: string, env: Record<string, string>) => {
    const dir = path.join(tmp, name);
    const seeded = await seed(dir);
    const port = await freePort();
    const s = startServer(port, { DATABASE_URL: `pglite:${dir}`, DEMO: "0", PUBLIC_URL: "", NEXTAUTH_URL: "", ...env });
    const out = stdoutLines(s);
    servers.push(s);
    await waitReady(s, 600_000);
    return { s, port, out, ...seeded };
  };
  beforeAll(() => ensureBuild(), 900_000);
  afterAll(async () => {
    for (const s of servers) await stopServer(s);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("writes JSON lines; a response's x-request-id is its log line's; no password or session cookie is logged", async () => {
    const { port, out, email } = await start("info", {});
    const health = await request(port, "GET", "/api/health?token=query-secret-value");
    const id = health.headers["x-request-id"] as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // A client's own id is not believed without TRUST_PROXY=1.
    const spoofed = await request(port, "GET", "/api/health", { "x-request-id": "client-chosen-id-1" });
    expect(spoofed.headers["x-request-id"]).not.toBe("client-chosen-id-1");

    // Sign in (a wrong password, then the right one) and use the session cookie.
    const c = await csrf(port);
    const form = (password: string) =>
      new URLSearchParams({ csrfToken: c.token, email, password, json: "true" }).toString();
    const headers = { cookie: c.cookie, "content-type": "application/x-www-form-urlencoded" };
    await request(port, "POST", "/api/auth/callback/credentials", headers, form("wrong-Password-zebra-42"));
    const ok = await request(port, "POST", "/api/auth/callback/credentials", headers, form(TEST_PASSWORD));
    const session = (ok.headers["set-cookie"] ?? [])
      .map((x) => x.split(";")[0])
      .find((x) => x.includes("session-token"));
    expect(session).toBeTruthy();
    const desk = await request(port, "GET", "/desk", { cookie: session! });
    expect(desk.headers.location ?? "").not.toContain("/signin"); // the session is accepted

    const line = await until("the health request's log line", () => parsed(out).find((l) => l.requestId === id));
    expect(line).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/api/health", status: 200 });
    expect(typeof line.duration_ms).toBe("number");
    expect(new Date(line.time).toISOString()).toBe(line.time);
    await until("the desk request's log line", () =>
      parsed(out).find((l) => l.requestId === desk.headers["x-request-id"]),
    );

    const all = out.join("\n");
    expect(out.length).toBeGreaterThan(5);
    for (const l of out) expect(() => JSON.parse(l), l).not.toThrow(); // every stdout line is one JSON object
    for (const secret of [
      TEST_PASSWORD,
      "wrong-Password-zebra-42",
      session!.split("=")[1],
      "query-secret-value",
      c.token,
    ])
      expect(all).not.toContain(secret);
  });

  it("LOG_LEVEL=warn leaves out info lines; PUBLIC_URL, when set, makes every absolute link", async () => {
    const { port, out, slug } = await start("warn", { LOG_LEVEL: "warn", PUBLIC_URL: "https://facts.example.org" });
    const res = await request(port, "GET", "/robots.txt", { host: "10.9.8.7:3000" });
    expect(res.body).toContain("Sitemap: https://facts.example.org/sitemap.xml");
    const sitemap = await request(port, "GET", "/sitemap.xml", { host: "10.9.8.7:3000" });
    expect(sitemap.body).toContain(`<loc>https://facts.example.org/w/${slug}</loc>`);
    const page = await request(port, "GET", `/w/${slug}`, { host: "10.9.8.7:3000" });
    expect(page.body).toContain(`<link rel="canonical" href="https://facts.example.org/w/${slug}"/>`);
    expect(page.body).not.toContain("10.9.8.7");
    // Only warn and above reach the log.
    const levels = new Set(parsed(out).map((l) => l.level));
    expect([...levels].every((l) => ["warn", "error", "fatal"].includes(l))).toBe(true);
    expect(out.some((l) => l.includes(res.headers["x-request-id"] as string))).toBe(false);
    expect(out.some((l) => l.includes(`"level":"info"`))).toBe(false);
  });

  it("with PUBLIC_URL unset, absolute links use the request's host; forwarded headers need TRUST_PROXY=1", async () => {
    const { port, slug } = await start("host", {});
    const host = "10.9.8.7:3000";
    const spoof = { host, "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect((await request(port, "GET", "/robots.txt", spoof)).body).toContain(`Sitemap: http://${host}/sitemap.xml`);
    expect((await request(port, "GET", "/sitemap.xml", spoof)).body).toContain(`<loc>http://${host}/w/${slug}</loc>`);
    const page = await request(port, "GET", `/w/${slug}`, spoof);
    expect(page.body).toContain(`<link rel="canonical" href="http://${host}/w/${slug}"/>`);
    expect(page.body).toContain(`<meta property="og:url" content="http://${host}/w/${slug}"/>`);
    expect(page.body).not.toContain("evil.example");
    const feed = await request(port, "GET", `/w/${slug}/feed.xml`, spoof);
    expect(feed.body).toContain(`href="http://${host}/w/${slug}/feed.xml"`);
    expect(feed.body).not.toContain("evil.example");
    const other = await request(port, "GET", "/robots.txt", { host: "localhost:3000" });
    expect(other.body).toContain("Sitemap: http://localhost:3000/sitemap.xml");
  });

  it("SIGTERM: the in-flight request finishes with 200, /api/ready is 503 while draining, new connections are refused, exit 0", async () => {
    const { s, port, out } = await start("drain", { LOG_LEVEL: "debug", SHUTDOWN_GRACE_MS: "30000", TRUST_PROXY: "1" });
    // A sign-out whose body is only half sent: the request is in flight until the rest arrives.
    const c = await csrf(port);
    const body = new URLSearchParams({ csrfToken: c.token, callbackUrl: "/signin", json: "true" }).toString();
    const half = Math.floor(body.length / 2);
    const slow = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/api/auth/signout",
      agent: false,
      headers: {
        cookie: c.cookie,
        "content-type": "application/x-www-form-urlencoded",
        "content-length": String(body.length),
        "x-request-id": "drain-test-request-1",
      },
    });
    const slowRes = new Promise<Res>((resolve, reject) => {
      slow.on("response", (res) => {
        let data = "";
        res.on("data", (d) => (data += d));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: data }));
      });
      slow.on("error", reject);
    });
    slow.flushHeaders();
    slow.write(body.slice(0, half));
    // A second connection with half its request line sent: it arrives while the server drains.
    const probe = net.connect(port, "127.0.0.1");
    await new Promise((r) => probe.once("connect", r));
    probe.write("GET /api/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    let probeData = "";
    probe.on("data", (d) => (probeData += d));
    const probeClosed = new Promise((r) => probe.once("close", r));
    await until("the server to have the slow request", () =>
      parsed(out).find((l) => l.requestId === "drain-test-request-1" && l.msg === "request started"),
    );

    const exited = new Promise<number | null>((r) => s.child.once("exit", (code) => r(code)));
    process.kill(-s.child.pid!, "SIGTERM");
    await until("the drain to start", () => parsed(out).find((l) => l.msg.startsWith("shutting down")));
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();

    probe.write("\r\n");
    await probeClosed;
    expect(probeData).toMatch(/^HTTP\/1\.1 503/);
    expect(probeData).toContain("shutting down");

    slow.end(body.slice(half));
    const res = await slowRes;
    expect(res.status).toBe(200);
    expect(res.headers["x-request-id"]).toBe("drain-test-request-1"); // kept: TRUST_PROXY=1
    expect(await exited).toBe(0);
    expect(parsed(out).some((l) => l.msg.startsWith("stopped: database closed"))).toBe(true);
  });
});
