// The page cache (lib/publishing/page-cache.ts) renders a public page by requesting it from its own
// server over loopback. That request carries this process's secret, so proxy.ts renders it with a
// secret marker nonce (the stored copy gets a hash policy instead); a client can't forge it to skip the policy.
import crypto from "node:crypto";
import { processShared } from "@/lib/platform/process-shared";

export const PAGE_RENDER_HEADER = "x-corroborate-page-render";

export function pageRenderSecret(): string {
  return processShared("pageRenderSecret", () => ({ value: crypto.randomBytes(24).toString("base64url") })).value;
}

/**
 * The nonce Next puts on the scripts it renders for the page cache. It stays secret (derived from
 * the process's secret, removed from the stored copy), so markup can't claim to be Next's script.
 */
export function pageRenderNonce(): string {
  return crypto.createHmac("sha256", pageRenderSecret()).update("script nonce").digest("base64");
}

export function isPageRender(value: string | null | undefined): boolean {
  if (!value) return false;
  const a = Buffer.from(value),
    b = Buffer.from(pageRenderSecret());
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
