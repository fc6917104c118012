import { apiHandler } from "@/lib/api/handler";
import { submitClaim } from "@/lib/review";

export const POST = apiHandler<{ slug: string; id: string }>(async ({ db, actor, params }) => submitClaim(db, actor, params.slug, params.id));
