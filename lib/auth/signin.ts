import "server-only";
// Credential check behind next-auth's sign-in. Failures are counted per email and per client
// address in the database; the answer never says whether the email exists.
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "./password";
import { clear, hit, peek } from "./rate-limit";

export const SIGNIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_CLIENT = 30;

export interface SignInInput {
  email: string;
  password: string;
  client?: string | null;
}

export async function authenticate(db: Db, input: SignInInput) {
  const email = input.email.trim().toLowerCase();
  const keys = [
    { key: `signin:email:${email}`, max: MAX_FAILURES_PER_EMAIL },
    ...(input.client ? [{ key: `signin:client:${input.client}`, max: MAX_FAILURES_PER_CLIENT }] : []),
  ];
  for (const { key, max } of keys) {
    const bucket = await peek(db, key);
    if (bucket && bucket.count >= max) {
      const minutes = Math.max(1, Math.ceil((bucket.resetAt.getTime() - Date.now()) / 60_000));
      throw new AppError("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    }
  }
  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  const ok = await verifyPassword(input.password, user?.passwordHash);
  if (!user || !ok) {
    for (const { key } of keys) await hit(db, key, SIGNIN_WINDOW_MS);
    return null;
  }
  await clear(db, keys[0].key);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
