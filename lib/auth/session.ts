import "server-only";
// The actor a request's next-auth session cookie names: for server components and server actions
// (currentActor, over next/headers) and for route handlers (sessionActor, over the Request itself).
import { getServerSession, type NextAuthOptions, type Session } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { anonymous, type Actor } from "./actor";
import { authOptions } from "./next-auth";

/** next-auth's getServerSession in its request/response form, typed as the fields it reads. */
const sessionFrom = getServerSession as unknown as (
  req: { headers: Record<string, string>; cookies: Record<string, string> },
  res: { getHeader(): undefined; setHeader(): void },
  options: NextAuthOptions,
) => Promise<Session | null>;

/** The session these request headers carry (a refreshed cookie is not set here, as in a server component). */
export async function sessionActor(requestHeaders: Headers): Promise<Actor> {
  const cookies = new NextRequest("http://localhost/", { headers: requestHeaders }).cookies.getAll();
  const req = {
    headers: Object.fromEntries(requestHeaders),
    cookies: Object.fromEntries(cookies.map((c) => [c.name, c.value])),
  };
  const res = { getHeader: () => undefined, setHeader: () => undefined };
  const session = await sessionFrom(req, res, authOptions);
  const user = session?.user as { id?: string; email?: string | null; name?: string | null } | undefined;
  if (!user?.id) return anonymous;
  return { kind: "user", userId: user.id, email: user.email, name: user.name };
}

export async function currentActor(): Promise<Actor> {
  return sessionActor(await headers());
}

/** For desk pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(callbackUrl: string): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return actor;
}
