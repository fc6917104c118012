// One-click unsubscribe from notification email (RFC 8058): the signed token in the link is the
// authority, no sign-in. GET only shows a button (link scanners fetch links), POST unsubscribes;
// mail clients POST `List-Unsubscribe=One-Click` to the same URL.
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { unsubscribe } from "@/lib/notifications";

export const dynamic = "force-dynamic";

const page = (status: number, body: string) =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Email notifications</title></head><body>${body}</body></html>`,
    { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } },
  );
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function GET(req: Request) {
  const t = new URL(req.url).searchParams.get("t") ?? "";
  return page(
    200,
    `<h1>Stop notification email?</h1><form method="post" action="/unsubscribe?t=${encodeURIComponent(t)}"><button type="submit">Unsubscribe</button></form>`,
  );
}

export async function POST(req: Request) {
  try {
    const { workspaceName } = await unsubscribe(await getDb(), new URL(req.url).searchParams.get("t"));
    return page(
      200,
      `<h1>Unsubscribed</h1><p>You will get no more notification email from ${escapeHtml(workspaceName)}. Notifications stay in the desk's inbox; the desk's settings page turns email back on.</p>`,
    );
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found")
      return page(404, "<h1>This unsubscribe link is not valid</h1>");
    throw e;
  }
}
