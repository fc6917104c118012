// The HTTP server around Next's request handler (bin/serve.ts): a request id on every request, one
// JSON access-log line per response, and a drain on shutdown. `next start` cuts requests short on
// SIGTERM (it exits as soon as its listener closes), so the server is ours and Next only handles.
import crypto from "node:crypto";
import http from "node:http";
import { log } from "./log";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;

/** An inbound id is kept only from a proxy the operator vouches for, and only when it looks sane. */
export function requestIdFor(
  inbound: string | string[] | undefined,
  env: Record<string, string | undefined> = process.env,
): string {
  const v = Array.isArray(inbound) ? inbound[0] : inbound;
  if (env.TRUST_PROXY === "1" && v && /^[A-Za-z0-9._:\-]{8,128}$/.test(v)) return v;
  return crypto.randomUUID();
}

export function shutdownGraceMs(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.SHUTDOWN_GRACE_MS);
  return Number.isFinite(n) && n >= 0 && env.SHUTDOWN_GRACE_MS?.trim() ? n : 10_000;
}

export interface AppServer {
  server: http.Server;
  /** Stops accepting connections, lets in-flight requests finish (up to graceMs), then resolves. */
  drain(graceMs: number): Promise<{ forced: boolean }>;
  draining(): boolean;
}

export function createAppServer(handle: Handler): AppServer {
  let draining = false;
  const inFlight = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const t0 = process.hrtime.bigint();
    const requestId = requestIdFor(req.headers["x-request-id"]);
    // Next reads it back from the request (lib/api/problem.ts puts it in a 500's body).
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const path = (req.url ?? "/").split("?")[0]; // the query may carry tokens or search terms: left out
    inFlight.add(res);
    log.debug({ requestId, method: req.method, path }, "request started");
    res.once("close", () => {
      inFlight.delete(res);
      const fields = {
        requestId,
        method: req.method,
        path,
        status: res.headersSent ? res.statusCode : undefined,
        duration_ms: Math.round(Number(process.hrtime.bigint() - t0) / 1e3) / 1e3,
      };
      if (!res.writableFinished) log.warn({ ...fields, aborted: true }, "request aborted");
      else if (res.statusCode >= 500) log.error(fields, "request failed");
      else log.info(fields, "request");
      if (draining) server.closeIdleConnections();
    });
    if (draining) {
      res.setHeader("connection", "close");
      // Load balancers stop sending here while the last requests finish.
      if (path === "/api/ready") {
        res.writeHead(503, { "content-type": "application/problem+json" });
        res.end(
          JSON.stringify({
            type: "about:blank",
            title: "Service Unavailable",
            status: 503,
            detail: "not ready: shutting down",
            problems: ["shutting down"],
          }),
        );
        return;
      }
    }
    Promise.resolve(handle(req, res)).catch((err: unknown) => {
      log.error({ requestId, err }, "request handler threw");
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end();
    });
  });

  return {
    server,
    draining: () => draining,
    drain(graceMs) {
      draining = true;
      return new Promise((resolve) => {
        // Responses still to be written say so, so their keep-alive sockets end with them.
        for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
        let forced = false;
        const timer = setTimeout(() => {
          forced = true;
          log.warn(
            { inFlight: inFlight.size, grace_ms: graceMs },
            "shutdown grace period over: closing open connections",
          );
          server.closeAllConnections();
        }, graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve({ forced });
        });
        server.closeIdleConnections();
      });
    },
  };
}
