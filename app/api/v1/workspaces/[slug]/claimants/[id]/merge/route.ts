import { apiHandler } from "@/lib/api/handler";
import { mergeClaimant } from "@/lib/merge";

type Params = { slug: string; id: string };

// Body `{ "into": "<id>" }`: this record merges into that one (lib/merge).
export const POST = apiHandler<Params>(async ({ db, actor, params, json }) =>
  mergeClaimant(db, actor, params.slug, params.id, await json()),
);
