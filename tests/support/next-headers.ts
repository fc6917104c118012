// `next/headers` in tests: headers() and cookies() answer the Request the test runs its code with
// (withRequest), and cookies().set is kept for the test to read. Next provides these inside its own
// request scope, which only its server sets up; a test mocks the module with this one:
//   vi.mock("next/headers", () => import("../support/next-headers"));
// It reaches code under lib/ and app/; next-auth's own handlers load Next's copy, so tests call
// next-auth through lib/auth (sessionActor reads the Request it is given).
import { AsyncLocalStorage } from "node:async_hooks";
import { NextRequest, NextResponse } from "next/server";

interface Scope {
  request: NextRequest;
  /** Cookies the code set, as a response would carry them. */
  response: NextResponse;
}

const scope = new AsyncLocalStorage<Scope>();

function current(): Scope {
  const s = scope.getStore();
  if (!s) throw new Error("next/headers called outside withRequest() in a test");
  return s;
}

/** Runs `fn` as Next runs code for `req`: headers() and cookies() answer this request. */
export function withRequest<T>(req: Request, fn: () => Promise<T>): Promise<T> {
  const request = new NextRequest(req.url, { headers: req.headers, method: req.method });
  return scope.run({ request, response: NextResponse.next() }, fn);
}

/** The cookies code set while it ran for this request (inside withRequest). */
export function cookiesSet() {
  return current().response.cookies;
}

export async function headers(): Promise<Headers> {
  return current().request.headers;
}

export async function cookies() {
  const { request, response } = current();
  return {
    get: (name: string) => response.cookies.get(name) ?? request.cookies.get(name),
    getAll: () => request.cookies.getAll(),
    has: (name: string) => response.cookies.has(name) || request.cookies.has(name),
    set: (...args: Parameters<typeof response.cookies.set>) => void response.cookies.set(...args),
    delete: (name: string) => void response.cookies.delete(name),
  };
}

export async function draftMode() {
  return { isEnabled: false, enable: () => undefined, disable: () => undefined };
}
