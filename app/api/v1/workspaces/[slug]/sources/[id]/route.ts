import { readSource } from "@/lib/publishing/api-reads";
import { deleteRoute } from "@/lib/api/trash-routes";
import { deleteSource } from "@/lib/trash";
import { apiHandler } from "@/lib/api/handler";
import { updateSource } from "@/lib/sources";

type Params = { slug: string; id: string };

export const GET = apiHandler<Params>(async ({ db, actor, params }) => readSource(db, actor, params.slug, params.id));
export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateSource(db, actor, params.slug, params.id, await json()),
);

/** Moves the source to the trash (204); `POST …/restore` brings it back. */
export const DELETE = deleteRoute(deleteSource);
