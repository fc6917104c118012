import { apiHandler } from "@/lib/api/handler";
import { requestLinkCheck } from "@/lib/capture";

/** Queues a link check of the workspace's sources: 202 with how many were queued. */
export const POST = apiHandler<{ slug: string }>(async ({ db, actor, params, json }) =>
  Response.json(await requestLinkCheck(db, actor, params.slug, await json()), { status: 202 }),
);
