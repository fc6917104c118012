import { apiHandler } from "@/lib/api/handler";
import { requestDocumentCaptures } from "@/lib/capture";

type Params = { slug: string; id: string };

/** Queues a capture of every web source the document cites: 202 with how many were queued. */
export const POST = apiHandler<Params>(async ({ db, actor, params }) =>
  Response.json(await requestDocumentCaptures(db, actor, params.slug, params.id), { status: 202 }),
);
