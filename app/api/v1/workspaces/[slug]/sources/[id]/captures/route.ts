import { apiHandler } from "@/lib/api/handler";
import { listCaptures, requestCapture } from "@/lib/capture";

type Params = { slug: string; id: string };

/** The source's captures, newest first (no bytes, no text). */
export const GET = apiHandler<Params>(async ({ db, actor, params }) => listCaptures(db, actor, params.slug, params.id));

/** Queues a capture of the source's URL: 202 with the job; the same pending job if one is queued. */
export const POST = apiHandler<Params>(async ({ db, actor, params }) =>
  Response.json(await requestCapture(db, actor, params.slug, params.id), { status: 202 }),
);
