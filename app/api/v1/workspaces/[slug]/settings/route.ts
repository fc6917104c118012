import { apiHandler } from "@/lib/api/handler";
import { updateWorkspaceSettings, workspaceSettings } from "@/lib/workspaces";

type Params = { slug: string };

export const GET = apiHandler<Params>(async ({ db, actor, params }) => workspaceSettings(db, actor, params.slug));

/** `{ name?, description?, isPublic?, publishDissent?, reviewersMayPublish? }` (owners). */
export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateWorkspaceSettings(db, actor, params.slug, await json()),
);
