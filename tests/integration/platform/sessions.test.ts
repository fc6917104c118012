// Sessions that end: a session cookie saved before sign-out (or before a password change, or
// before removal from a workspace) is refused afterwards. Runs next-auth's own session and
// sign-out handlers with the app's options against a real database.
import crypto from "node:crypto";
import NextAuth, { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authenticate, systemActor } from "@/lib/auth";
import { authOptions, SESSION_MAX_AGE_S } from "@/lib/auth/next-auth";
import { addUser } from "@/lib/users";
import { removeMember } from "@/lib/workspaces";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace, TEST_PASSWORD } from "../../support/factories";
import { useAppDatabase } from "../../support/app-database";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

const secret = "a-test-secret-of-thirty-two-chars!!";
const COOKIE = "next-auth.session-token";

/** Signs in through the app's credentials check and jwt callback; returns the session cookie. */
async function signIn(email: string, password = TEST_PASSWORD): Promise<string> {
  const provider = authOptions.providers.find((p) => p.id === "credentials") as unknown as {
    options: { authorize: (c: Record<string, string>, req: unknown) => Promise<{ id: string } | null> };
  };
  const user = await provider.options.authorize({ email, password }, { headers: {} });
  expect(user).not.toBeNull();
  const token = await authOptions.callbacks!.jwt!({
    token: { sub: user!.id, email },
    user: user as never,
    account: { provider: "credentials", type: "credentials", providerAccountId: user!.id },
    trigger: "signIn",
  });
  return encode({ token, secret, maxAge: SESSION_MAX_AGE_S });
}

/** The user id the app sees for a request carrying this cookie, or null. */
async function sessionUser(cookie: string): Promise<string | null> {
  const res = { getHeader: () => undefined, setHeader: () => undefined };
  const session = await getServerSession(
    { headers: {}, cookies: { [COOKIE]: cookie } } as never,
    res as never,
    authOptions,
  );
  return (session?.user as { id?: string } | undefined)?.id ?? null;
}

/** Next-auth's POST /api/auth/signout (its pages-API entry) with a valid CSRF token and the session cookie. */
async function signOut(cookie: string) {
  const csrf = crypto.randomBytes(16).toString("hex");
  const hash = crypto.createHash("sha256").update(`${csrf}${secret}`).digest("hex");
  const headers: Record<string, unknown> = {};
  const res = {
    statusCode: 0,
    status(code: number) {
      this.statusCode = code;
      return this;
    },
    getHeader: (k: string) => headers[k.toLowerCase()],
    setHeader(k: string, v: unknown) {
      headers[k.toLowerCase()] = v;
      return this;
    },
    end: () => undefined,
    send: () => undefined,
    json: () => undefined,
  };
  const req = {
    method: "POST",
    query: { nextauth: ["signout"] },
    body: { csrfToken: csrf },
    cookies: { [COOKIE]: cookie, "next-auth.csrf-token": `${csrf}|${hash}` },
    headers: { host: "localhost:3000" },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, o: unknown) => Promise<void>)(req, res, authOptions);
  expect(res.statusCode).toBe(302);
  // This browser's cookie is cleared; the saved copy is what someone replays.
  expect(String(headers["set-cookie"])).toMatch(new RegExp(`${COOKIE}=;`));
}

describe.each(DB_TARGETS)("sessions that end on $name", (target) => {
  let t: TestDatabase;
  const env = { secret: process.env.NEXTAUTH_SECRET, url: process.env.NEXTAUTH_URL };
  beforeAll(async () => {
    t = await createTestDatabase(target);
    useAppDatabase(t);
    process.env.NEXTAUTH_SECRET = secret;
    process.env.NEXTAUTH_URL = "http://localhost:3000";
  });
  afterAll(async () => {
    useAppDatabase(undefined);
    process.env.NEXTAUTH_SECRET = env.secret;
    process.env.NEXTAUTH_URL = env.url;
    if (env.secret === undefined) delete process.env.NEXTAUTH_SECRET;
    if (env.url === undefined) delete process.env.NEXTAUTH_URL;
    await t?.drop();
  });

  it("a cookie saved before sign-out is refused after it; signing in again works", async () => {
    const ws = await makeWorkspace(t.prisma);
    const { user } = await makeUser(t.prisma, { workspaceId: ws.id });
    const saved = await signIn(user.email);
    expect(await sessionUser(saved)).toBe(user.id);
    await signOut(saved);
    expect(await sessionUser(saved)).toBeNull();
    const again = await signIn(user.email);
    expect(await sessionUser(again)).toBe(user.id);
    expect(await sessionUser(saved)).toBeNull();
  });

  it("a password change ends existing sessions", async () => {
    const ws = await makeWorkspace(t.prisma);
    const { user } = await makeUser(t.prisma, { workspaceId: ws.id });
    const saved = await signIn(user.email);
    expect(await sessionUser(saved)).toBe(user.id);
    await addUser(t.prisma, systemActor(), { email: user.email, password: "a new long passphrase" });
    expect(await sessionUser(saved)).toBeNull();
    expect(await authenticate(t.prisma, { email: user.email, password: "a new long passphrase" })).not.toBeNull();
  });

  it("removal from a workspace ends the removed member's sessions, not the owner's", async () => {
    const ws = await makeWorkspace(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    const { user } = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const ownerCookie = await signIn(owner.user.email);
    const saved = await signIn(user.email);
    expect(await sessionUser(saved)).toBe(user.id);
    const membership = await t.prisma.membership.findFirstOrThrow({ where: { workspaceId: ws.id, userId: user.id } });
    await removeMember(t.prisma, owner.actor, ws.slug, membership.id);
    expect(await sessionUser(saved)).toBeNull();
    expect(await sessionUser(ownerCookie)).toBe(owner.user.id);
  });

  it("a session of a user who no longer exists is refused", async () => {
    const { user } = await makeUser(t.prisma);
    const saved = await signIn(user.email);
    await t.prisma.user.delete({ where: { id: user.id } });
    expect(await sessionUser(saved)).toBeNull();
  });
});
