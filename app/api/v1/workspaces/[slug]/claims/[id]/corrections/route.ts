import { apiHandler } from "@/lib/api/handler";
import { openCorrection } from "@/lib/review";

/** Opens a correction draft of a published claim; the public keeps seeing the last revision. */
export const POST = apiHandler<{ slug: string; id: string }>(async ({ db, actor, params }) =>
  Response.json(await openCorrection(db, actor, params.slug, params.id), { status: 201 }),
);
