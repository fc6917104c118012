import { apiHandler } from "@/lib/api/handler";
import { rateSource } from "@/lib/sources";

type Params = { slug: string; id: string };

/** `{ version, reliability: 1–5, rationale }` — editors and owners; audited. */
export const POST = apiHandler<Params>(async ({ db, actor, params, json }) =>
  rateSource(db, actor, params.slug, params.id, await json()),
);
