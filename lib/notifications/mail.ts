import "server-only";
// Email bodies (plain text and simple HTML, each with the link to the claim) and the signed
// one-click unsubscribe link (RFC 8058). SMTP_URL names the server; without it nothing is mailed.
import crypto from "node:crypto";
import type { Prisma } from "@/lib/db";
import { log } from "@/lib/platform/log";
import { publicOrigin } from "@/lib/platform/origin";
import { describeNotification } from "./kinds";

type Tx = Prisma.TransactionClient;

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

async function context(tx: Tx, r: Recipient) {
  const [ws, membership] = await Promise.all([
    tx.workspace.findUniqueOrThrow({ where: { id: r.workspaceId }, select: { slug: true, name: true } }),
    tx.membership.findUniqueOrThrow({
      where: { workspaceId_userId: { workspaceId: r.workspaceId, userId: r.recipientId } },
      select: { id: true },
    }),
  ]);
  return { ws, unsubscribe: unsubscribeUrl(membership.id) };
}

async function lines(tx: Tx, slug: string, items: { kind: string; claimId: string | null; actorId: string | null }[]) {
  const claimIds = [...new Set(items.map((i) => i.claimId).filter((x): x is string => !!x))];
  const actorIds = [...new Set(items.map((i) => i.actorId).filter((x): x is string => !!x))];
  const [claims, users] = await Promise.all([
    tx.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, headline: true } }),
    tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }),
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

export async function immediateEmail(
  tx: Tx,
  n: Recipient & { kind: string; claimId: string | null; actorId: string | null },
): Promise<Prisma.EmailOutboxUncheckedCreateInput> {
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
  tx: Tx,
  r: Recipient,
  items: { kind: string; claimId: string | null; actorId: string | null }[],
): Promise<Prisma.EmailOutboxUncheckedCreateInput> {
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
