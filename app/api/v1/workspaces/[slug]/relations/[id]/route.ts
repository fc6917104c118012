import { apiHandler } from "@/lib/api/handler";
import { removeRelation } from "@/lib/claims";

type Params = { slug: string; id: string };

export const DELETE = apiHandler<Params>(async ({ db, actor, params }) => {
  await removeRelation(db, actor, params.slug, params.id);
  return new Response(null, { status: 204 });
});
