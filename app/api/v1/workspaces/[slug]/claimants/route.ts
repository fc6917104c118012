import { apiHandler } from "@/lib/api/handler";
import { createClaimant, listClaimants } from "@/lib/claims";

type Params = { slug: string };

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) => ({
  items: await listClaimants(db, actor, params.slug, new URL(req.url).searchParams.get("q") ?? undefined),
}));

export const POST = apiHandler<Params>(async ({ db, actor, params, json }) =>
  Response.json(await createClaimant(db, actor, params.slug, await json()), { status: 201 }),
);
