// The server wrapper's drain (lib/platform/http-server.ts) on a real loopback server; the handler
// stands in for Next's (tests/integration/platform/operations.test.ts runs the real one).
import http from "node:http";
import type net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAppServer, type AppServer } from "@/lib/platform/http-server";

let app: AppServer | undefined;
afterEach(() => {
  app?.server.closeAllConnections();
  app?.server.close();
});

function listen(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<number> {
  app = createAppServer(handler);
  return new Promise((r) =>
    app!.server.listen(0, "127.0.0.1", () => r((app!.server.address() as net.AddressInfo).port)),
  );
}

function get(port: number, path: string) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, agent: false }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      })
      .on("error", reject);
  });
}

describe("draining the app server", () => {
  it("waits for a request in flight, then resolves without forcing", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const inHandler = new Promise<void>((r) => (started = r));
    const port = await listen(async (_req, res) => {
      started();
      await gate;
      res.end("done");
    });
    const pending = get(port, "/slow");
    await inHandler;
    const drained = app!.drain(30_000);
    await expect(get(port, "/new")).rejects.toThrow(/ECONNREFUSED/);
    release();
    expect(await pending).toMatchObject({ status: 200, body: "done" });
    expect((await pending).headers.connection).toBe("close");
    expect(await drained).toEqual({ forced: false });
  });

  it("closes what is still open when the grace period runs out", async () => {
    let started!: () => void;
    const inHandler = new Promise<void>((r) => (started = r));
    const port = await listen(() => started()); // never answers
    const pending = get(port, "/stuck");
    await inHandler;
    expect(await app!.drain(200)).toEqual({ forced: true });
    await expect(pending).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
