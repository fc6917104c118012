import { apiHandler } from "@/lib/api/handler";
import { removeEvidence, updateEvidence } from "@/lib/evidence";

type Params = { slug: string; id: string };

export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateEvidence(db, actor, params.slug, params.id, await json()),
);
export const DELETE = apiHandler<Params>(async ({ db, actor, params }) => {
  await removeEvidence(db, actor, params.slug, params.id);
  return new Response(null, { status: 204 });
});
