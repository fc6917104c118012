import { apiHandler } from "@/lib/api/handler";
import { createClaim, listClaims } from "@/lib/claims";

type Params = { slug: string };

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) =>
  listClaims(db, actor, params.slug, Object.fromEntries(new URL(req.url).searchParams)),
);

export const POST = apiHandler<Params>(async ({ db, actor, params, json }) => {
  const claim = await createClaim(db, actor, params.slug, await json());
  return Response.json(claim, { status: 201 });
});
