import "server-only";
// Email bodies (plain text and simple HTML, each with the link to the claim) and the signed
// one-click unsubscribe link (RFC 8058). SMTP_URL names the server; without it nothing is mailed.
import crypto from "node:crypto";
import { Prisma } from "@/lib/db";
import { sqlOf, type SqlExecutor } from "@/lib/db/sql";
import { log } from "@/lib/platform/log";
import { publicOrigin } from "@/lib/platform/origin";
import { describeNotification } from "./kinds";

export const mailConfigured = () => !!process.env.SMTP_URL;

let saidMailOff = false;
/** Without SMTP_URL the log says so, once per process. */
export function noteMailOff() {
  if (saidMailOff) return;
  saidMailOff = true;
  log.info("SMTP_URL is not set: notifications stay in the app, no email is sent");
}
export const mailFrom = () => process.env.MAIL_FROM || "Corroborate <corroborate@localhost>";

// Without NEXTAUTH_SECRET (development), a per-process key: links then work until a restart.
const fallbackKey = crypto.randomBytes(32).toString("hex");
const sign = (membershipId: string) =>
  crypto
    .createHmac("sha256", process.env.NEXTAUTH_SECRET || fallbackKey)
    .update(`unsubscribe:${membershipId}`)
    .digest("base64url");

export function unsubscribeToken(membershipId: string): string {
  return `${membershipId}.${sign(membershipId)}`;
}

/** The membership the token was signed for, or null when it is not genuine. */
export function verifyUnsubscribeToken(token: unknown): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [id, mac, extra] = token.split(".");
  if (!id || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(mac);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? id : null;
}

const origin = () => publicOrigin(null);
export const unsubscribeUrl = (membershipId: string) =>
  `${origin()}/unsubscribe?t=${encodeURIComponent(unsubscribeToken(membershipId))}`;
const claimUrl = (slug: string, claimId: string) => `${origin()}/desk/${slug}/claims/${claimId}`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

interface Line {
  text: string;
  url: string | null;
}

function render(workspaceName: string, intro: string, lines: Line[], unsubscribe: string) {
  const text = [
    intro,
    "",
    ...lines.flatMap((l) => [l.text, ...(l.url ? [l.url] : []), ""]),
    `You get these emails as a member of ${workspaceName}. Unsubscribe: ${unsubscribe}`,
    "",
  ].join("\n");
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    "<ul>",
    ...lines.map(
      (l) => `<li>${l.url ? `<a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a>` : escapeHtml(l.text)}</li>`,
    ),
    "</ul>",
    `<p style="color:#666;font-size:small">You get these emails as a member of ${escapeHtml(workspaceName)}. <a href="${escapeHtml(unsubscribe)}">Unsubscribe</a></p>`,
  ].join("\n");
  return { text, html };
}

interface Recipient {
  workspaceId: string;
  recipientId: string;
  toAddress: string;
}

async function context(tx: SqlExecutor, r: Recipient) {
  const [row] = await sqlOf(tx).rows<{ slug: string; name: string; membershipId: string }>(Prisma.sql`
    SELECT w.slug, w.name, m.id AS "membershipId"
    FROM "Workspace" w JOIN "Membership" m ON m."workspaceId" = w.id AND m."userId" = ${r.recipientId}
    WHERE w.id = ${r.workspaceId}`);
  if (!row) throw new Error(`no membership of ${r.recipientId} in ${r.workspaceId} to mail`);
  return { ws: { slug: row.slug, name: row.name }, unsubscribe: unsubscribeUrl(row.membershipId) };
}

async function lines(
  tx: SqlExecutor,
  slug: string,
  items: { kind: string; claimId: string | null; actorId: string | null }[],
) {
  const sql = sqlOf(tx);
  const claimIds = [...new Set(items.map((i) => i.claimId).filter((x): x is string => !!x))];
  const actorIds = [...new Set(items.map((i) => i.actorId).filter((x): x is string => !!x))];
  const [claims, users] = await Promise.all([
    claimIds.length
      ? sql.rows<{ id: string; headline: string }>(
          Prisma.sql`SELECT id, headline FROM "Claim" WHERE id IN (${Prisma.join(claimIds)})`,
        )
      : [],
    actorIds.length
      ? sql.rows<{ id: string; name: string | null; email: string }>(
          Prisma.sql`SELECT id, name, email FROM "User" WHERE id IN (${Prisma.join(actorIds)})`,
        )
      : [],
  ]);
  return items.map((i) => {
    const u = users.find((x) => x.id === i.actorId);
    const headline = claims.find((c) => c.id === i.claimId)?.headline ?? null;
    return {
      text: describeNotification(i.kind, u ? (u.name ?? u.email) : null, headline),
      url: i.claimId ? claimUrl(slug, i.claimId) : null,
    };
  });
}

/** An email as the outbox stores it. */
export interface OutboxEmail {
  workspaceId: string;
  recipientId: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
}

export async function immediateEmail(
  tx: SqlExecutor,
  n: Recipient & { kind: string; claimId: string | null; actorId: string | null },
): Promise<OutboxEmail> {
  const { ws, unsubscribe } = await context(tx, n);
  const [line] = await lines(tx, ws.slug, [n]);
  return {
    workspaceId: n.workspaceId,
    recipientId: n.recipientId,
    toAddress: n.toAddress,
    subject: `[${ws.name}] ${line.text}`,
    ...render(ws.name, `${line.text}.`, [line], unsubscribe),
    unsubscribeUrl: unsubscribe,
  };
}

export async function digestEmail(
  tx: SqlExecutor,
  r: Recipient,
  items: { kind: string; claimId: string | null; actorId: string | null }[],
): Promise<OutboxEmail> {
  const { ws, unsubscribe } = await context(tx, r);
  const ls = await lines(tx, ws.slug, items);
  const what = `${items.length} notification${items.length === 1 ? "" : "s"}`;
  return {
    workspaceId: r.workspaceId,
    recipientId: r.recipientId,
    toAddress: r.toAddress,
    subject: `[${ws.name}] Daily digest: ${what}`,
    ...render(ws.name, `Your daily digest from ${ws.name}: ${what}.`, ls, unsubscribe),
    unsubscribeUrl: unsubscribe,
  };
}
