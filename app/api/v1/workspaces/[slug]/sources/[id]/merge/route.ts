import { apiHandler } from "@/lib/api/handler";
import { mergeSource } from "@/lib/merge";

type Params = { slug: string; id: string };

// Body `{ "into": "<id>" }`: this record merges into that one (lib/merge).
export const POST = apiHandler<Params>(async ({ db, actor, params, json }) =>
  mergeSource(db, actor, params.slug, params.id, await json()),
);
