import { apiHandler } from "@/lib/api/handler";
import { deleteView, getView, updateView } from "@/lib/views";

type Params = { slug: string; id: string };

export const GET = apiHandler<Params>(async ({ db, actor, params }) => getView(db, actor, params.slug, params.id));

export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateView(db, actor, params.slug, params.id, await json()),
);

export const DELETE = apiHandler<Params>(async ({ db, actor, params }) => {
  await deleteView(db, actor, params.slug, params.id);
  return new Response(null, { status: 204 });
});
