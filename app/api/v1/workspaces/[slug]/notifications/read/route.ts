import { apiHandler } from "@/lib/api/handler";
import { markNotificationsRead } from "@/lib/notifications";

/** `{ "ids": [...] }` or `{ "all": true }`: marks the caller's own notifications read. */
export const POST = apiHandler<{ slug: string }>(async ({ db, actor, params, json }) =>
  markNotificationsRead(db, actor, params.slug, await json()),
);
