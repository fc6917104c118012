import "server-only";
// next-auth 4: credentials sign-in, JWT sessions (stateless app instances). No OAuth provider: a
// GitHub sign-in had no mapping to a member, so its sessions were refused; it was removed (README).
import type { NextAuthOptions } from "next-auth";
import { cookies } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { assertSessionCurrent, revokeSessions, SessionRevoked } from "./revocation";
import { clientAddress } from "./client";
import { safeCallbackUrl } from "./redirect";
import { log } from "@/lib/platform/log";
import { authenticate } from "./signin";
import { DEVICE_COOKIE_MAX_AGE_S, deviceCookieName, deviceTokenFromCookies } from "./device";

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

/** Sets the account's device cookie on the sign-in response (lib/auth/device). */
async function rememberDevice(email: string, token: string): Promise<void> {
  try {
    (await cookies()).set(deviceCookieName(email), token, {
      httpOnly: true,
      sameSite: "lax",
      secure: (process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
      path: "/api/auth",
      maxAge: DEVICE_COOKIE_MAX_AGE_S,
    });
  } catch (err) {
    // Outside a request (no cookie store): the sign-in stands, the browser just is not remembered.
    console.warn(`device cookie not set: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) return null;
        try {
          const headers = req?.headers as Record<string, unknown> | undefined;
          const cookie = headers?.cookie;
          const user = await authenticate(await getDb(), {
            email: credentials.email,
            password: credentials.password,
            client: clientAddress(headers),
            device: deviceTokenFromCookies(typeof cookie === "string" ? cookie : null, credentials.email),
          });
          if (!user) return null;
          const { deviceToken, ...rest } = user;
          await rememberDevice(credentials.email, deviceToken);
          return rest;
        } catch (err) {
          // next-auth passes a thrown message to the sign-in page as ?error=…
          if (err instanceof AppError) throw new Error(err.message);
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    // next-auth's default accepts any "/…" string; resolved the browser's way, some are other hosts.
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackUrl(url, baseUrl)}`;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      }
      // A revoked session throws: next-auth then answers "no session" and clears the cookie.
      if (token.sub) await assertSessionCurrent(await getDb(), token.sub, token.sv);
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
  events: {
    // Sign-out ends this user's sessions everywhere, including copies of the cookie.
    async signOut({ token }) {
      if (token?.sub) await revokeSessions(await getDb(), token.sub);
    },
  },
  logger: {
    error(code, metadata) {
      if ((metadata as Error | undefined)?.name === SessionRevoked.name) return; // expected, not an error
      // next-auth's metadata may hold the request or credentials: only the error's own fields.
      const err = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
      log.error({ code, err: err instanceof Error ? err : undefined }, `next-auth: ${code}`);
    },
    warn: (code) => log.warn({ code }, `next-auth: ${code}`),
    debug: () => undefined,
  },
};
