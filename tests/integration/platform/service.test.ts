// The production server as an operator runs it (`npm start`): probes, favicon, the start banner,
// sign-in/out redirects on the host the browser used, and a graceful stop that closes the database.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db";
import { ensureBuild, freePort, startServer, stopServer, waitReady, type Server } from "../../support/server";

function request(port: number, method: string, urlPath: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: urlPath, headers }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: data }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Where next-auth sends the browser after signing out, for a request with these headers. */
async function signOutTarget(port: number, headers: Record<string, string>): Promise<string> {
  const csrf = await request(port, "GET", "/api/auth/csrf", headers);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }).toString();
  const res = await request(
    port,
    "POST",
    "/api/auth/signout",
    { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body,
  );
  return (JSON.parse(res.body) as { url: string }).url;
}

describe("the server as a service", { timeout: 900_000 }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-service-"));
  const dir = path.join(tmp, "db");
  let s: Server;
  let port: number;
  beforeAll(async () => {
    await ensureBuild();
    port = await freePort();
    s = startServer(port, { DATABASE_URL: `pglite:${dir}`, PUBLIC_URL: "", NEXTAUTH_URL: "", DEMO: "0" });
    await waitReady(s, 600_000);
  }, 900_000);
  afterAll(async () => {
    if (s) await stopServer(s);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("answers /api/health and /api/ready, serves a favicon, and prints the banner", async () => {
    const health = await fetch(`${s.origin}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${s.origin}/api/ready`);
    expect(ready.status).toBe(200);
    const icon = await fetch(`${s.origin}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    for (let i = 0; i < 100 && !s.log.some((l) => l.includes("Corroborate is ready.")); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(s.log.find((l) => l.startsWith("  Open:"))).toMatch(new RegExp(`^  Open: +http://localhost:${port}( |$)`));
    expect(s.log.some((l) => l.startsWith("  Data:    ") && l.includes(dir))).toBe(true);
    expect(s.log.some((l) => l.includes("No accounts yet"))).toBe(true);
    expect(s.log.some((l) => l.includes("corroborate-demo"))).toBe(false);
  });

  it("with PUBLIC_URL unset, sign-out stays on the host used; client-sent forwarded headers are ignored", async () => {
    expect(await signOutTarget(port, { host: `localhost:${port}` })).toBe(`http://localhost:${port}/signin`);
    expect(await signOutTarget(port, { host: `127.0.0.1:${port}` })).toBe(`http://127.0.0.1:${port}/signin`);
    expect(
      await signOutTarget(port, {
        host: `127.0.0.1:${port}`,
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      }),
    ).toBe(`http://127.0.0.1:${port}/signin`);
  });

  it("SIGTERM stops it gracefully: the database closes and its lock is released", async () => {
    expect(fs.existsSync(`${dir}.pid`)).toBe(true); // /api/ready opened it
    await stopServer(s);
    expect(s.child.exitCode ?? s.child.signalCode).not.toBeNull();
    // The pid file goes only when the database is closed (lib/db/pglite.ts), not on a bare exit.
    expect(fs.existsSync(`${dir}.pid`)).toBe(false);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
    const again = await openDatabase(`pglite:${dir}`);
    expect(
      (await again.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`))[0].n,
    ).toBeGreaterThan(0);
    await again.close();
  });
});
