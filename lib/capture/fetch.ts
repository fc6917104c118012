import "server-only";
// Fetches a page for capture without letting a URL steer the server at itself: http(s) only, the
// host resolved once and every address checked before connecting, the socket pinned to the checked
// address (so a second DNS answer cannot swap it), every redirect hop checked again, and the body cut
// off at a size cap and a deadline. Refusals throw CaptureRefused, which retries never repeat.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { addressRefusal } from "./address";

export class CaptureRefused extends Error {}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;
const systemResolver: Resolver = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

export interface FetchOptions {
  resolve?: Resolver;
  /** Hostnames (or IP literals) connected to without the address check: CAPTURE_ALLOW_HOSTS. */
  allowHosts?: string[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export interface Fetched {
  finalUrl: string;
  httpStatus: number;
  contentType: string;
  body: Buffer;
  redirects: string[];
}

const ALLOWED_TYPES = ["text/html", "application/xhtml+xml", "text/plain", "application/pdf"];

export function captureSettings(env: NodeJS.ProcessEnv = process.env): Required<Omit<FetchOptions, "resolve">> {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  return {
    allowHosts: (env.CAPTURE_ALLOW_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    maxBytes: num(env.CAPTURE_MAX_BYTES, 10 * 1024 * 1024),
    timeoutMs: num(env.CAPTURE_TIMEOUT_MS, 20_000),
    maxRedirects: 5,
  };
}

export async function fetchForCapture(start: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...captureSettings(), ...opts };
  const deadline = Date.now() + o.timeoutMs;
  const redirects: string[] = [];
  let url = start;
  for (;;) {
    const target = await checkTarget(url, o);
    const res = await request(target, o, deadline);
    if (res.httpStatus >= 300 && res.httpStatus < 400 && res.location) {
      if (redirects.length >= o.maxRedirects) throw new CaptureRefused(`more than ${o.maxRedirects} redirects`);
      redirects.push(url);
      url = new URL(res.location, url).toString();
      continue;
    }
    return { finalUrl: url, httpStatus: res.httpStatus, contentType: res.contentType, body: res.body, redirects };
  }
}

interface Target {
  url: URL;
  address?: { address: string; family: number };
}

async function checkTarget(raw: string, o: FetchOptions & { allowHosts: string[] }): Promise<Target> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CaptureRefused(`“${raw.slice(0, 200)}” is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CaptureRefused(`only http and https pages can be captured, not ${url.protocol}`);
  if (url.username || url.password) throw new CaptureRefused("URLs with a user name or password are not captured");
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (o.allowHosts.includes(host)) return { url };
  if (ipaddr.isValid(host)) {
    const why = addressRefusal(host);
    if (why) throw new CaptureRefused(`refused: ${why}`);
    return { url };
  }
  let answers: { address: string; family: number }[];
  try {
    answers = await (o.resolve ?? systemResolver)(host);
  } catch {
    throw new CaptureRefused(`the name ${host} does not resolve`);
  }
  if (!answers.length) throw new CaptureRefused(`the name ${host} does not resolve`);
  // Every answer must be public: picking the first public one would let a name list a private one too.
  for (const a of answers) {
    const why = addressRefusal(a.address);
    if (why) throw new CaptureRefused(`refused: ${host} resolves to ${why}`);
  }
  return { url, address: answers[0] };
}

function request(t: Target, o: { maxBytes: number; timeoutMs: number }, deadline: number) {
  return new Promise<{ httpStatus: number; contentType: string; location?: string; body: Buffer }>(
    (resolve, reject) => {
      const pinned: LookupFunction | undefined = t.address
        ? (_host, options, cb) => {
            const a = t.address!;
            if ((options as { all?: boolean }).all)
              (cb as unknown as (e: null, r: { address: string; family: number }[]) => void)(null, [a]);
            else cb(null, a.address, a.family);
          }
        : undefined;
      const mod = t.url.protocol === "https:" ? https : http;
      const left = deadline - Date.now();
      if (left <= 0) return reject(new CaptureRefused("the page did not finish in time"));
      const req = mod.request(t.url, {
        method: "GET",
        lookup: pinned,
        headers: {
          "user-agent": "Corroborate capture (+https://corroborate.example/capture)",
          accept: "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.1",
        },
      });
      const timer = setTimeout(
        () => req.destroy(new CaptureRefused(`the page did not finish within ${Math.round(o.timeoutMs / 1000)} s`)),
        left,
      );
      req.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      req.on("response", (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers["content-type"] ?? "").toLowerCase();
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          clearTimeout(timer);
          return resolve({ httpStatus: status, contentType, location: res.headers.location, body: Buffer.alloc(0) });
        }
        const type = contentType.split(";")[0].trim();
        if (status < 400 && !ALLOWED_TYPES.includes(type)) {
          clearTimeout(timer);
          req.destroy();
          return reject(
            new CaptureRefused(`${type || "an unnamed content type"} is not captured (HTML, plain text and PDF are)`),
          );
        }
        const declared = Number(res.headers["content-length"]);
        if (declared > o.maxBytes) {
          clearTimeout(timer);
          req.destroy();
          return reject(new CaptureRefused(`the page is ${mb(declared)}; captures stop at ${mb(o.maxBytes)}`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > o.maxBytes)
            return req.destroy(new CaptureRefused(`the page is larger than ${mb(o.maxBytes)}; captures stop there`));
          chunks.push(c);
        });
        res.on("end", () => {
          clearTimeout(timer);
          resolve({ httpStatus: status, contentType, body: Buffer.concat(chunks) });
        });
        res.on("error", (e) => {
          clearTimeout(timer);
          reject(e);
        });
      });
      req.end();
    },
  );
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;
