import "server-only";
// The opening every desk page shares: the signed-in user (else the sign-in page, coming back to
// this address) and the request's database; `deskMember` adds the member's access, a 404 for
// a workspace that is not theirs. Pages then call lib readers with these.
import { workspaceAccess } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/server";
import { orNotFound } from "@/lib/http/pages";

/** A desk page's props: `[workspace]` plus the route's own params, and its query parameters. */
export type DeskPageProps<P extends object = object, S extends object = object> = {
  params: Promise<{ workspace: string } & P>;
  searchParams: Promise<S>;
};

/** `path` is the page's address below `/desk/<workspace>` (e.g. `/claims/<id>`), for after sign-in. */
export async function deskPage(workspace: string, path: string) {
  const actor = await requireUser(`/desk/${workspace}${path}`);
  return { actor, db: await getDb() };
}

export async function deskMember(workspace: string, path: string) {
  const { actor, db } = await deskPage(workspace, path);
  return { actor, db, access: await orNotFound(workspaceAccess(db, actor, workspace)) };
}
