import "server-only";
// The current request's actor, for server components and server actions.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { anonymous, type Actor } from "./actor";
import { authOptions } from "./next-auth";

export async function currentActor(): Promise<Actor> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; email?: string | null; name?: string | null } | undefined;
  if (!user?.id) return anonymous;
  return { kind: "user", userId: user.id, email: user.email, name: user.name };
}

/** For desk pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(callbackUrl: string): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await currentActor();
  if (actor.kind !== "user") redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return actor;
}
