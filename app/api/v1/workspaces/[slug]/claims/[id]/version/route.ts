import { apiHandler } from "@/lib/api/handler";
import { claimVersion } from "@/lib/claims";

type Params = { slug: string; id: string };

// Polled by the desk claim page; never cached, so a change shows at the next poll.
export const GET = apiHandler<Params>(async ({ db, actor, params }) =>
  Response.json(await claimVersion(db, actor, params.slug, params.id), { headers: { "Cache-Control": "no-store" } }),
);
