import { apiHandler } from "@/lib/api/handler";
import { listNotifications } from "@/lib/notifications";

/** The calling member's notifications; `?unread=1` for the unread ones only. */
export const GET = apiHandler<{ slug: string }>(async ({ req, db, actor, params }) =>
  listNotifications(db, actor, params.slug, Object.fromEntries(new URL(req.url).searchParams)),
);
