import "server-only";
// The email outbox: a row is the job. Claimed with FOR UPDATE SKIP LOCKED under a lease (several
// app instances share the queue; a job whose instance died runs again when its lease ends), sent
// through nodemailer, retried with doubling waits; after MAX_EMAIL_ATTEMPTS it stays `failed`,
// counted on the owners' settings page (emailFailures), never dropped. Same pattern as
// lib/capture/queue.ts (lib/platform/leased-jobs.ts). The same worker queues the daily digests.
import nodemailer from "nodemailer";
import type { Db } from "@/lib/db";
import { claimNextJob, retryLater, type JobTable } from "@/lib/platform/leased-jobs";
import { errorFields, errorMessage, log } from "@/lib/platform/log";
import { poller } from "@/lib/platform/poller";
import { digestEmail, mailConfigured, mailFrom, noteMailOff } from "./mail";

export const MAX_EMAIL_ATTEMPTS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SendOptions {
  /** Overrides SMTP_URL (tests). */
  smtpUrl?: string;
  /** The first retry's wait; each next one doubles. EMAIL_RETRY_MS, default 60 s. */
  retryMs?: number;
}

interface Claimed {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string;
  attempts: number;
}

const JOBS: JobTable = {
  table: "EmailOutbox",
  running: "sending",
  returning: `id, "toAddress", subject, text, html, "unsubscribeUrl", attempts`,
};
const claimNext = (db: Db) => claimNextJob<Claimed>(db, JOBS);

/** Sends queued email until none is runnable; returns how many were sent. */
export async function runEmailJobs(db: Db, opts: SendOptions = {}): Promise<number> {
  const url = opts.smtpUrl ?? process.env.SMTP_URL;
  if (!url) return 0;
  const transport = nodemailer.createTransport(url);
  let sent = 0;
  try {
    for (let job = await claimNext(db); job; job = await claimNext(db)) {
      if (await sendOne(db, transport, job, opts)) sent++;
    }
  } finally {
    transport.close();
  }
  return sent;
}

async function sendOne(db: Db, transport: nodemailer.Transporter, job: Claimed, opts: SendOptions) {
  try {
    await transport.sendMail({
      from: mailFrom(),
      to: job.toAddress,
      subject: job.subject,
      text: job.text,
      html: job.html,
      headers: {
        // RFC 8058: mail clients unsubscribe with one POST to the link, no sign-in.
        "List-Unsubscribe": `<${job.unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    await db.emailOutbox.update({
      where: { id: job.id },
      data: { status: "sent", sentAt: new Date(), leaseUntil: null, error: null },
    });
    return true;
  } catch (e) {
    const final = job.attempts >= MAX_EMAIL_ATTEMPTS;
    const message = errorMessage(e);
    const firstWait = opts.retryMs ?? Number(process.env.EMAIL_RETRY_MS || 60_000);
    // A retry is routine; giving up is what an operator must see (owners see both on the settings page).
    log[final ? "warn" : "info"]({ err: errorFields(e), emailId: job.id, attempt: job.attempts }, "email not sent");
    await db.$executeRaw`UPDATE "EmailOutbox" SET "firstFailedAt" = COALESCE("firstFailedAt", now() AT TIME ZONE 'UTC') WHERE id = ${job.id}`;
    await db.emailOutbox.update({
      where: { id: job.id },
      data: final
        ? { status: "failed", error: message, leaseUntil: null }
        : retryLater(message, job.attempts, MAX_EMAIL_ATTEMPTS, firstWait),
    });
    return false;
  }
}

/**
 * Queues a digest for every member who chose the daily digest, whose last one is a day old (or
 * who never had one) and who has notifications not yet mailed. Returns how many were queued.
 */
export async function queueDigests(db: Db, now = new Date()): Promise<number> {
  if (!mailConfigured()) return 0;
  const due = await db.membership.findMany({
    where: {
      emailMode: "daily_digest",
      OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: new Date(now.getTime() - DAY_MS) } }],
    },
    select: { id: true, workspaceId: true, userId: true, lastDigestAt: true, user: { select: { email: true } } },
  });
  let queued = 0;
  for (const m of due) {
    queued += await db.$transaction(async (tx) => {
      // Taking the member's row first: two instances never queue the same digest.
      const { count } = await tx.membership.updateMany({
        where: { id: m.id, lastDigestAt: m.lastDigestAt },
        data: { lastDigestAt: now },
      });
      if (!count) return 0;
      const items = await tx.notification.findMany({
        where: { workspaceId: m.workspaceId, recipientId: m.userId, emailedAt: null, readAt: null },
        orderBy: { createdAt: "asc" },
        take: 200,
        select: { id: true, kind: true, claimId: true, actorId: true },
      });
      if (!items.length) return 0;
      const r = { workspaceId: m.workspaceId, recipientId: m.userId, toAddress: m.user.email };
      await tx.emailOutbox.create({ data: await digestEmail(tx, r, items) });
      await tx.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { emailedAt: now } });
      return 1;
    });
  }
  return queued;
}

// In-process worker: polls, and wakes at once when asked to.
const worker = poller("email worker");

export function startEmailWorker(
  db: () => Db | Promise<Db>,
  opts: SendOptions = {},
  pollMs = Number(process.env.EMAIL_POLL_MS || 10_000),
) {
  if (worker.started) return;
  if (!mailConfigured() && !opts.smtpUrl) return noteMailOff();
  worker.start(async () => {
    const d = await db();
    await queueDigests(d);
    await runEmailJobs(d, opts);
  }, pollMs);
}

export const wakeEmailWorker = worker.wake;
