// Email (issue 18): delivered to a real SMTP server started here. Immediate mail with the claim's
// link and one-click unsubscribe headers; preferences (immediately, daily digest, off); digests
// once a day; retries with doubling waits when the server refuses or is down, the change
// committing regardless and the failure visible to owners.
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { assignClaim } from "@/lib/claims";
import {
  emailFailures,
  MAX_EMAIL_ATTEMPTS,
  queueDigests,
  runEmailJobs,
  setEmailPreference,
  unsubscribe,
} from "@/lib/notifications";
import { useAppDatabase } from "../../support/app-database";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { startSmtp, unfolded, type TestSmtp } from "./smtp";
import { teamWorld } from "./world";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

const DAY = 24 * 60 * 60 * 1000;

/** A port nothing listens on: the SMTP server is down. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe.each(DB_TARGETS)("notification email on $name", (target) => {
  let t: TestDatabase;
  let smtp: TestSmtp;
  const saved = { SMTP_URL: process.env.SMTP_URL, PUBLIC_URL: process.env.PUBLIC_URL };
  beforeAll(async () => {
    t = await createTestDatabase(target);
    smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.PUBLIC_URL = "http://127.0.0.1:3999";
  });
  afterAll(async () => {
    process.env.SMTP_URL = saved.SMTP_URL;
    process.env.PUBLIC_URL = saved.PUBLIC_URL;
    if (saved.SMTP_URL === undefined) delete process.env.SMTP_URL;
    if (saved.PUBLIC_URL === undefined) delete process.env.PUBLIC_URL;
    await smtp?.close();
    await t?.drop();
  });
  beforeEach(async () => {
    smtp.received.length = 0;
    smtp.refuseNext = 0;
    // Each test sees only its own mail.
    await t.prisma.emailOutbox.deleteMany({});
  });

  it("mails an assignment at once: link to the claim, plain text and HTML, one-click unsubscribe", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, {
      version: c.version,
      reviewerId: w.reviewer.user.id,
      reviewerDueAt: "2030-03-01",
    });
    expect(await runEmailJobs(t.prisma)).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.to).toEqual([w.reviewer.user.email]);
    const raw = unfolded(mail.raw);
    expect(raw).toMatch(/^Subject: .*assigned you to review/im);
    expect(raw).toContain(`http://127.0.0.1:3999/desk/${w.slug}/claims/${c.id}`);
    expect(raw).toMatch(/Content-Type: text\/plain/i);
    expect(raw).toMatch(/Content-Type: text\/html/i);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
    const link = raw.match(/^List-Unsubscribe: <([^>]+)>/im)![1];
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3999\/unsubscribe\?t=/);
    const row = await t.prisma.notification.findFirstOrThrow({ where: { recipientId: w.reviewer.user.id } });
    expect(row.emailedAt).not.toBeNull();

    // The link works without signing in (the route handler, as a mail client's one-click POST),
    // GET only asks, and a forged one does nothing.
    const token = decodeURIComponent(new URL(link).searchParams.get("t")!);
    const forgedToken = token.replace(/.$/, (ch) => (ch === "A" ? "B" : "A"));
    await expect(unsubscribe(t.prisma, forgedToken)).rejects.toMatchObject({ code: "not_found" });
    useAppDatabase(t);
    try {
      const route = await import("@/app/unsubscribe/route");
      expect(await route.GET(new Request(link)).text()).toContain('method="post"');
      const mode = async () =>
        (await t.prisma.membership.findFirstOrThrow({ where: { userId: w.reviewer.user.id } })).emailMode;
      expect(await mode()).toBe("immediately");
      const forged = new URL(link);
      forged.searchParams.set("t", forgedToken);
      expect((await route.POST(new Request(forged, { method: "POST" }))).status).toBe(404);
      const done = await route.POST(
        new Request(link, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
      );
      expect(done.status).toBe(200);
      expect(await done.text()).toContain("Unsubscribed");
    } finally {
      useAppDatabase(undefined);
    }
    const m = await t.prisma.membership.findFirstOrThrow({ where: { userId: w.reviewer.user.id } });
    expect(m.emailMode).toBe("off");
    const c2 = await w.claim();
    await assignClaim(t.prisma, w.editor.actor, w.slug, c2.id, { version: c2.version, reviewerId: w.reviewer.user.id });
    expect(await runEmailJobs(t.prisma)).toBe(0);
    // Still in the app.
    expect(await t.prisma.notification.count({ where: { recipientId: w.reviewer.user.id } })).toBe(2);
  });

  it("a daily digest collects the unmailed notifications once a day; off sends nothing", async () => {
    const w = await teamWorld(t.prisma);
    await setEmailPreference(t.prisma, w.reviewer.actor, w.slug, { emailMode: "daily_digest" });
    await setEmailPreference(t.prisma, w.writer.actor, w.slug, { emailMode: "off" });
    await expect(setEmailPreference(t.prisma, w.writer.actor, w.slug, { emailMode: "hourly" })).rejects.toThrow();
    const [a, b] = [await w.claim("First claim: the ledger was kept."), await w.claim("Second claim: it was burned.")];
    for (const c of [a, b])
      await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, {
        version: c.version,
        reviewerId: w.reviewer.user.id,
        writerId: w.writer.user.id,
      });
    expect(await t.prisma.emailOutbox.count()).toBe(0); // nothing immediate for either

    const now = new Date();
    expect(await queueDigests(t.prisma, now)).toBe(1);
    expect(await runEmailJobs(t.prisma)).toBe(1);
    const raw = unfolded(smtp.received[0].raw);
    expect(smtp.received[0].to).toEqual([w.reviewer.user.email]);
    expect(raw).toMatch(/^Subject: .*Daily digest: 2 notifications/im);
    expect(raw).toContain(`/desk/${w.slug}/claims/${a.id}`);
    expect(raw).toContain(`/desk/${w.slug}/claims/${b.id}`);
    expect(raw).toMatch(/^List-Unsubscribe: </im);

    // Once a day: a new notification waits for tomorrow's digest.
    const c = await w.claim();
    await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, { version: c.version, reviewerId: w.reviewer.user.id });
    expect(await queueDigests(t.prisma, new Date(now.getTime() + DAY / 2))).toBe(0);
    expect(await queueDigests(t.prisma, new Date(now.getTime() + DAY + 1000))).toBe(1);
    await runEmailJobs(t.prisma);
    expect(smtp.received).toHaveLength(2);
    expect(unfolded(smtp.received[1].raw)).toMatch(/Daily digest: 1 notification\b/);
    expect(smtp.received.some((r) => r.to.includes(w.writer.user.email))).toBe(false);
  });

  it("retries with doubling waits when the server refuses, then delivers; owners see the failure meanwhile", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    smtp.refuseNext = 2;
    await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, { version: c.version, reviewerId: w.reviewer.user.id });
    const waits: number[] = [];
    for (let i = 0; i < 2; i++) {
      expect(await runEmailJobs(t.prisma, { retryMs: 300 })).toBe(0);
      const job = await t.prisma.emailOutbox.findFirstOrThrow();
      expect(job).toMatchObject({ status: "queued", attempts: i + 1 });
      expect(job.error).toContain("Try again later");
      // The wait is set when the failure is written (updatedAt): 300 ms, then 600 ms.
      waits.push(job.runAfter.getTime() - job.updatedAt.getTime());
      // Not due yet: a run now sends nothing.
      expect(await runEmailJobs(t.prisma, { retryMs: 300 })).toBe(0);
      expect(smtp.received).toHaveLength(0);
      const failing = await emailFailures(t.prisma, w.owner.actor, w.slug);
      expect(failing.count).toBe(1);
      expect(failing.since).toBeInstanceOf(Date);
      await new Promise((r) => setTimeout(r, job.runAfter.getTime() - Date.now() + 50));
    }
    expect(waits[0]).toBeGreaterThanOrEqual(250);
    expect(waits[0]).toBeLessThan(450);
    expect(waits[1]).toBeGreaterThanOrEqual(550);
    expect(waits[1]).toBeLessThan(750);
    expect(await runEmailJobs(t.prisma, { retryMs: 300 })).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(await t.prisma.emailOutbox.findFirstOrThrow()).toMatchObject({ status: "sent", attempts: 3 });
    expect((await emailFailures(t.prisma, w.owner.actor, w.slug)).count).toBe(0);
    await expect(emailFailures(t.prisma, w.editor.actor, w.slug)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("with the server down the change still commits; after the last attempt the email stays failed, visible", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    const down = `smtp://127.0.0.1:${await closedPort()}`;
    const after = await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, {
      version: c.version,
      reviewerId: w.reviewer.user.id,
    });
    expect(after.reviewerId).toBe(w.reviewer.user.id);
    for (let i = 0; i < MAX_EMAIL_ATTEMPTS; i++) {
      await t.prisma.emailOutbox.updateMany({ data: { runAfter: new Date(Date.now() - 1000) } });
      await runEmailJobs(t.prisma, { smtpUrl: down, retryMs: 0 });
    }
    const job = await t.prisma.emailOutbox.findFirstOrThrow();
    expect(job).toMatchObject({ status: "failed", attempts: MAX_EMAIL_ATTEMPTS });
    expect(job.error).toMatch(/ECONNREFUSED|refused|connect/i);
    // Failed is final: a later run does not pick it up, and owners keep seeing it.
    expect(await runEmailJobs(t.prisma, { retryMs: 0 })).toBe(0);
    const failing = await emailFailures(t.prisma, w.owner.actor, w.slug);
    expect(failing).toMatchObject({ count: 1 });
    expect(failing.lastError).toBe(job.error);
  });
});
