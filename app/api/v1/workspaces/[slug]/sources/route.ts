import { apiHandler } from "@/lib/api/handler";
import { createSource, listSources } from "@/lib/sources";

type Params = { slug: string };

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) =>
  listSources(db, actor, params.slug, Object.fromEntries(new URL(req.url).searchParams)),
);

/** 409 with `details.existing` when the source looks like one already in the library; send `force: true` to create anyway. */
export const POST = apiHandler<Params>(async ({ db, actor, params, json }) =>
  Response.json(await createSource(db, actor, params.slug, await json()), { status: 201 }),
);
