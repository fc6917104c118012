import { apiHandler } from "@/lib/api/handler";
import { retractClaim } from "@/lib/review";

/** `{ why }`: the public reason shown in the retraction notice. */
export const POST = apiHandler<{ slug: string; id: string }>(async ({ db, actor, params, json }) =>
  retractClaim(db, actor, params.slug, params.id, await json()),
);
