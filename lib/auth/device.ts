// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
// signed in to an account before carries a signed token naming that account, and its attempts
// are counted on their own, so strangers' failed guesses (which, without TRUST_PROXY, all land
// in one per-account series) cannot keep the owner waiting. Attempts without a valid token stay
// limited as before. One cookie per account, so a shared browser keeps each account's token.
import crypto from "node:crypto";

export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;
const PREFIX = "corroborate-device-";

// Without NEXTAUTH_SECRET (development), a per-process key: tokens then last until a restart.
const fallbackKey = crypto.randomBytes(32).toString("hex");
const key = () => process.env.NEXTAUTH_SECRET || fallbackKey;
const sign = (payload: string) => crypto.createHmac("sha256", key()).update(`device:${payload}`).digest("base64url");
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

/** The cookie that holds `email`'s device token (the name carries a hash, never the address). */
export function deviceCookieName(email: string): string {
  return PREFIX + crypto.createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 16);
}

/** A fresh token for `email`: account, random id, issue time, HMAC over them. */
export function issueDeviceToken(email: string, now = Date.now()): string {
  const payload = `${b64(email.trim().toLowerCase())}.${crypto.randomBytes(16).toString("base64url")}.${Math.floor(now / 1000)}`;
  return `${payload}.${sign(payload)}`;
}

/** The token's id when it is genuine, for `email`, and not expired; else null. */
export function verifyDeviceToken(token: string | null | undefined, email: string, now = Date.now()): string | null {
  if (typeof token !== "string" || token.length > 500) return null;
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [account, id, issued, mac] = parts;
  const payload = `${account}.${id}.${issued}`;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  if (account !== b64(email.trim().toLowerCase())) return null;
  const age = now / 1000 - Number(issued);
  return Number.isFinite(age) && age >= 0 && age <= DEVICE_COOKIE_MAX_AGE_S ? id : null;
}

/** `email`'s device token from a Cookie header, if any. */
export function deviceTokenFromCookies(cookieHeader: string | null | undefined, email: string): string | null {
  if (!cookieHeader) return null;
  const name = deviceCookieName(email);
  for (const pair of cookieHeader.split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return null;
}
