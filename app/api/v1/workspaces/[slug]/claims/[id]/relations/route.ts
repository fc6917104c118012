import { readClaimRelations } from "@/lib/publishing/api-reads";
import { apiHandler } from "@/lib/api/handler";
import { addRelation } from "@/lib/claims";

type Params = { slug: string; id: string };

export const GET = apiHandler<Params>(async ({ db, actor, params }) => ({
  items: await readClaimRelations(db, actor, params.slug, params.id),
}));

/** Relates this claim to another: `{ toClaimId, type, note? }`. */
export const POST = apiHandler<Params>(async ({ db, actor, params, json }) => {
  const body = (await json()) as Record<string, unknown>;
  const rel = await addRelation(db, actor, params.slug, { ...body, fromClaimId: params.id });
  return Response.json(rel, { status: 201 });
});
