import "server-only";
// Credential check behind next-auth's sign-in. Failures are counted per (account, client) with
// increasing delays, so someone guessing from elsewhere cannot lock the owner out of their own
// account; per client across accounts (password spraying), when the client is known; and
// globally, where too many failures slow every attempt down but refuse none. Each count is
// claimed in one SQL statement before the password is checked, so parallel guesses count
// exactly. The answer never says whether the email exists. A browser that signed in to the
// account before (a valid device token, lib/auth/device) has its own per-account series, so
// others' failures do not delay it; each success hands out a fresh token.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { issueDeviceToken, verifyDeviceToken } from "./device";
import { verifyPassword } from "./password";
import { attempt, clear, hit, peek, refund, type AttemptPolicy } from "./rate-limit";

export interface SignInLimits {
  /** Per account and client: free failures, then doubling waits. */
  account: AttemptPolicy;
  /** Per client across accounts (only when the client address is trusted, see lib/auth/client). */
  client: AttemptPolicy;
  /** Failures everywhere per window above which each attempt first waits `globalSlowdownMs`. */
  globalFailures: number;
  globalWindowMs: number;
  globalSlowdownMs: number;
}

export const SIGNIN_LIMITS: SignInLimits = {
  account: { free: 5, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000, idleResetMs: 60 * 60_000 },
  client: { free: 50, baseDelayMs: 10_000, maxDelayMs: 15 * 60_000, idleResetMs: 60 * 60_000 },
  globalFailures: Number(process.env.SIGNIN_GLOBAL_FAILURES ?? 2_000),
  globalWindowMs: 15 * 60_000,
  globalSlowdownMs: 1_000,
};
/** Kept for callers that show the limit. */
export const MAX_FAILURES_PER_EMAIL = SIGNIN_LIMITS.account.free;
export const MAX_FAILURES_PER_CLIENT = SIGNIN_LIMITS.client.free;

export interface SignInInput {
  email: string;
  password: string;
  /** The trusted client address (lib/auth/client), or null when none is known. */
  client?: string | null;
  /** The device token this browser holds for the account (its cookie), if any. */
  device?: string | null;
}

export const accountKey = (email: string, client: string | null | undefined) =>
  `signin:account:${email}|${client ?? "unknown"}`;
export const clientKey = (client: string) => `signin:client:${client}`;
export const deviceKey = (deviceId: string) => `signin:device:${deviceId}`;
const GLOBAL_KEY = "signin:global";

function refusal(retryAt: Date): AppError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
  const wait = seconds < 120 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return new AppError("rate_limited", `Too many failed sign-ins. Try again in ${wait}.`, {
    retryAfterSeconds: seconds,
  });
}

export async function authenticate(db: Db, input: SignInInput, limits: SignInLimits = SIGNIN_LIMITS) {
  const email = String(input.email ?? "")
    .trim()
    .toLowerCase()
    .slice(0, 320);
  const client = input.client || null;
  const global = await peek(db, GLOBAL_KEY);
  if (global && global.count >= limits.globalFailures) await new Promise((r) => setTimeout(r, limits.globalSlowdownMs));

  if (client) {
    const c = await attempt(db, clientKey(client), limits.client);
    if (!c.allowed) throw refusal(c.retryAt);
  }
  // A known device counts its own attempts (still limited); everyone else shares the account's.
  const deviceId = email ? verifyDeviceToken(input.device, email) : null;
  const seriesKey = deviceId ? deviceKey(deviceId) : accountKey(email, client);
  const a = await attempt(db, seriesKey, limits.account);
  if (!a.allowed) {
    if (client) await refund(db, clientKey(client)); // refused before any guess was made
    throw refusal(a.retryAt);
  }
  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  const ok = await verifyPassword(String(input.password ?? ""), user?.passwordHash);
  if (!user || !ok) {
    await hit(db, GLOBAL_KEY, limits.globalWindowMs);
    return null;
  }
  await clear(db, seriesKey);
  if (client) await refund(db, clientKey(client));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    sessionVersion: user.sessionVersion,
    deviceToken: issueDeviceToken(email),
  };
}
