import "server-only";
// The opening every desk page shares: the signed-in user (else the sign-in page, coming back to
// this address) and the request's database; `deskMember` adds the member's access, a 404 for
// a workspace that is not theirs; `deskRecord` adds the record a record page shows. Pages then
// call lib readers with these.
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { workspaceAccess } from "@/lib/auth/access";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/server";
import { injectedFault } from "@/lib/http/fault";
import { orNotFound } from "@/lib/http/pages";

/** A desk page's props: `[workspace]` plus the route's own params, and its query parameters. */
export type DeskPageProps<P extends object = object, S extends object = object> = {
  params: Promise<{ workspace: string } & P>;
  searchParams: Promise<S>;
};

/** A listing's query parameters, passed to lib as they came. */
export type DeskQuery = Record<string, string | undefined>;

/** `path` is the page's address below `/desk/<workspace>` (e.g. `/claims/<id>`), for after sign-in. */
export async function deskPage(workspace: string, path: string) {
  const actor = await requireUser(`/desk/${workspace}${path}`);
  // Pages only (the layout passes no path): a failing page keeps the desk's navigation around it.
  if (path) await injectedFault("desk");
  return { actor, db: await getDb() };
}

export async function deskMember(workspace: string, path: string) {
  const { actor, db } = await deskPage(workspace, path);
  return { actor, db, access: await orNotFound(workspaceAccess(db, actor, workspace)) };
}

/**
 * A record page's opening: `deskMember`, then the record from lib's reader (a 404 when it is not
 * the member's to see). A merged record lives on as the one it was merged into (lib/merge), so
 * its address leads there. `area` is the desk section: `claims`, `sources`, …
 */
export async function deskRecord<T extends object>(
  workspace: string,
  area: string,
  id: string,
  read: (db: Awaited<ReturnType<typeof getDb>>, actor: Actor, slug: string, id: string) => Promise<T>,
) {
  const member = await deskMember(workspace, `/${area}/${id}`);
  const record = await orNotFound(read(member.db, member.actor, workspace, id));
  const mergedInto = "mergedIntoId" in record ? record.mergedIntoId : null;
  if (typeof mergedInto === "string" && mergedInto) redirect(`/desk/${workspace}/${area}/${mergedInto}`);
  return { ...member, record };
}
