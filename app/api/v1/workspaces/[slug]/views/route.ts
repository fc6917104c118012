import { apiHandler } from "@/lib/api/handler";
import { createView, listViews } from "@/lib/views";

type Params = { slug: string };

export const GET = apiHandler<Params>(async ({ db, actor, params }) => listViews(db, actor, params.slug));

export const POST = apiHandler<Params>(async ({ db, actor, params, json }) =>
  Response.json(await createView(db, actor, params.slug, await json()), { status: 201 }),
);
