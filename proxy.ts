// A fresh nonce per request and a strict Content-Security-Policy: only this origin's scripts
// and those Next.js marks with the nonce may run, so injected markup can't execute script.
// Public pages served from the page cache get a hash policy there instead (lib/http/csp.ts).
import { NextResponse, type NextRequest } from "next/server";
import { noncePolicy } from "@/lib/http/csp";
import { isPageRender, PAGE_RENDER_HEADER, pageRenderNonce } from "@/lib/http/page-render";
import { trustedForwardedHeaders } from "@/lib/platform/origin";
import { badUrlReason, hstsHeader } from "@/lib/http/url-guard";

export function proxy(request: NextRequest) {
  // A URL no page can use is the client's error (400), not a 500 from deep inside a render.
  const raw = new URL(request.url);
  const bad = badUrlReason(raw.pathname, raw.search);
  if (bad)
    return new NextResponse(`Bad request: ${bad}.\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  // next-auth builds its redirects from the forwarded host: only a trusted proxy may set it.
  if (request.nextUrl.pathname.startsWith("/api/auth/"))
    return NextResponse.next({ request: { headers: trustedForwardedHeaders(request.headers) } });
  // The page cache's own render of a public page: Next marks its scripts with the secret marker,
  // and the stored copy trades it for their hashes (lib/http/csp.ts).
  const pageRender = isPageRender(request.headers.get(PAGE_RENDER_HEADER));
  const nonce = pageRender ? pageRenderNonce() : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = noncePolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const hsts = hstsHeader(process.env.PUBLIC_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [
    "/api/auth/:path*",
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
