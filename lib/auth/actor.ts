// Who is asking: a signed-in user, an API token, an anonymous visitor or the CLI.
export type Actor =
  | { kind: "user"; userId: string; email?: string | null; name?: string | null }
  | { kind: "token"; tokenId: string; workspaceId: string; scope: "read" | "write"; userId: string | null }
  /** `reads: "public"`: an API GET without credentials, answered with a public workspace's published
   * data (lib/publishing/read-scope.ts); elsewhere (the desk's actions) an anonymous caller may read nothing. */
  | { kind: "anonymous"; reads?: "public" }
  | { kind: "system"; label: string };

export const anonymous: Actor = { kind: "anonymous" };
export const anonymousReader: Actor = { kind: "anonymous", reads: "public" };
export const systemActor = (label = "cli"): Actor => ({ kind: "system", label });

export function actorUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : actor.kind === "token" ? actor.userId : null;
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case "user":
      return actor.email ?? actor.userId;
    case "token":
      return `token:${actor.tokenId}`;
    case "anonymous":
      return "anonymous";
    case "system":
      return `system:${actor.label}`;
  }
}
