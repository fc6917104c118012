import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkCheckMaxAge, queueDueLinkChecks, requestCapture, requestLinkCheck, runCaptureJobs } from "@/lib/capture";
import { createSource, listSources } from "@/lib/sources";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { runExport } from "../exports/read";
import { ARTICLE, html, startPages, type PageServer } from "./pages";

const LOCAL = { allowHosts: ["127.0.0.1"], retryMs: 0 };
const DAY = 86_400_000;

describe.each(DB_TARGETS)("link checks on $name", (target) => {
  let t: TestDatabase;
  let web: PageServer;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    web = await startPages();
  });
  afterAll(async () => {
    await web?.close();
    await t?.drop();
  });

  async function world() {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const viewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const source = (path: string, title: string) =>
      t.prisma.source.create({ data: { workspaceId: ws.id, title, url: `${web.origin}${path}` } });
    const linkOf = async (id: string) =>
      (await listSources(t.prisma, editor.actor, ws.slug, { limit: 100 })).items.find((s) => s.id === id)!.link;
    return { ws, editor, viewer, source, linkOf };
  }

  it("re-checks captured sources on request: a changed page is marked changed, a vanished one failing", async () => {
    const { ws, editor, source, linkOf } = await world();
    const tag = crypto.randomUUID();
    web.pages.set(`/${tag}/stays`, html(ARTICLE("The committee found the same thing twice.")));
    web.pages.set(`/${tag}/edits`, html(ARTICLE("The first version of the story said one thing.")));
    web.pages.set(`/${tag}/goes`, html(ARTICLE("This page will be taken down.")));
    const stays = await source(`/${tag}/stays`, "Stays");
    const edits = await source(`/${tag}/edits`, "Edits");
    const goes = await source(`/${tag}/goes`, "Goes");
    const never = await source(`/${tag}/never`, "Never captured");
    for (const s of [stays, edits, goes]) await requestCapture(t.prisma, editor.actor, ws.slug, s.id);
    await runCaptureJobs(t.prisma, LOCAL);
    expect(await linkOf(stays.id)).toBe("live");
    expect(await linkOf(never.id)).toBe("unchecked");

    web.pages.set(`/${tag}/edits`, html(ARTICLE("The story was quietly rewritten to say another.")));
    web.pages.delete(`/${tag}/goes`);
    const r = await requestLinkCheck(t.prisma, editor.actor, ws.slug, {});
    // Only sources captured before: the never-captured one waits for "all".
    expect(r).toMatchObject({ scope: "captured", queued: 3, pending: 0, sources: 3 });
    // Asking again while they are pending queues nothing twice.
    expect(await requestLinkCheck(t.prisma, editor.actor, ws.slug, {})).toMatchObject({ queued: 0, pending: 3 });
    await runCaptureJobs(t.prisma, LOCAL);
    expect(await linkOf(stays.id)).toBe("live");
    expect(await linkOf(edits.id)).toBe("changed");
    expect(await linkOf(goes.id)).toBe("failing");

    const all = await requestLinkCheck(t.prisma, editor.actor, ws.slug, { scope: "all" });
    expect(all).toMatchObject({ scope: "all", queued: 4, sources: 4 });
    const audit = await t.prisma.auditEvent.count({ where: { workspaceId: ws.id, action: "source.link_check" } });
    expect(audit).toBe(3);
  });

  it("refuses a member who cannot edit sources, and a scope it does not know", async () => {
    const { ws, editor, viewer } = await world();
    await expect(requestLinkCheck(t.prisma, viewer.actor, ws.slug, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(requestLinkCheck(t.prisma, editor.actor, ws.slug, { scope: "everything" })).rejects.toThrow(
      /scope must be captured or all/,
    );
  });

  it("the schedule queues sources whose newest capture is older than the limit, and only those", async () => {
    const { ws, editor, source } = await world();
    const tag = crypto.randomUUID();
    web.pages.set(`/${tag}/a`, html(ARTICLE("An old finding.")));
    web.pages.set(`/${tag}/b`, html(ARTICLE("A recent finding.")));
    const old = await source(`/${tag}/a`, "Old");
    const recent = await source(`/${tag}/b`, "Recent");
    await source(`/${tag}/c`, "Never captured");
    for (const s of [old, recent]) await requestCapture(t.prisma, editor.actor, ws.slug, s.id);
    await runCaptureJobs(t.prisma, LOCAL);
    // The old one was captured ten days ago.
    await t.prisma.sourceCapture.updateMany({
      where: { sourceId: old.id },
      data: { createdAt: new Date(Date.now() - 10 * DAY), capturedAt: new Date(Date.now() - 10 * DAY) },
    });
    const before = await t.prisma.sourceCapture.count({ where: { workspaceId: ws.id } });
    expect(await queueDueLinkChecks(t.prisma, 7 * DAY)).toBeGreaterThanOrEqual(1);
    const queued = await t.prisma.sourceCapture.findMany({ where: { workspaceId: ws.id, status: "queued" } });
    expect(queued.map((c) => c.sourceId)).toEqual([old.id]);
    expect(await t.prisma.sourceCapture.count({ where: { workspaceId: ws.id } })).toBe(before + 1);
    // Pending now: the next tick does not queue it again.
    await queueDueLinkChecks(t.prisma, 7 * DAY);
    expect(await t.prisma.sourceCapture.count({ where: { workspaceId: ws.id, status: "queued" } })).toBe(1);
    const event = await t.prisma.auditEvent.findFirst({ where: { workspaceId: ws.id, action: "source.link_check" } });
    expect(event).toMatchObject({ actorLabel: expect.stringContaining("link check") });
  });

  it("exports each source's link status, snapshot time and hash, never the page", async () => {
    const { ws, editor, source } = await world();
    const tag = crypto.randomUUID();
    const body = ARTICLE("A finding worth keeping.");
    web.pages.set(`/${tag}/kept`, html(body));
    const kept = await source(`/${tag}/kept`, "Kept");
    const bare = await source(`/${tag}/bare`, "Bare");
    await requestCapture(t.prisma, editor.actor, ws.slug, kept.id);
    await runCaptureJobs(t.prisma, LOCAL);
    const [capture] = await t.prisma.sourceCapture.findMany({ where: { sourceId: kept.id } });

    const json = await runExport(t.prisma, editor.actor, { workspace: ws.slug, format: "json" });
    const sources = JSON.parse(json.text).sources as Record<string, unknown>[];
    expect(sources.find((s) => s.id === kept.id)).toMatchObject({
      linkStatus: "live",
      capturedAt: capture.capturedAt!.toISOString(),
      captureSha256: crypto.createHash("sha256").update(body).digest("hex"),
    });
    expect(sources.find((s) => s.id === bare.id)).toMatchObject({
      linkStatus: "unchecked",
      capturedAt: null,
      captureSha256: null,
    });
    expect(json.text).not.toContain("A finding worth keeping");

    // Several captures a source: the newest decides the state, the newest successful one the snapshot.
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));
    const history = async (title: string, captures: [string, number, string | null, boolean | null][]) => {
      const s = await source(`/${tag}/${title}`, title);
      for (const [status, day, sha256, changed] of captures)
        await t.prisma.sourceCapture.create({
          data: {
            workspaceId: ws.id,
            sourceId: s.id,
            requestedUrl: `${web.origin}/${tag}/${title}`,
            status: status as "done" | "failed",
            capturedAt: at(day),
            sha256,
            changed,
          },
        });
      return s.id;
    };
    const failing = await history("failing", [
      ["done", 1, "a".repeat(64), false],
      ["done", 3, "b".repeat(64), true],
      ["failed", 5, null, null],
      ["failed", 2, null, null],
    ]);
    const changed = await history("changed", [
      ["failed", 1, null, null],
      ["done", 4, "c".repeat(64), true],
      ["done", 2, "d".repeat(64), false],
    ]);
    const again = JSON.parse((await runExport(t.prisma, editor.actor, { workspace: ws.slug, format: "json" })).text)
      .sources as Record<string, unknown>[];
    expect(again.find((s) => s.id === failing)).toMatchObject({
      linkStatus: "failing",
      capturedAt: at(3).toISOString(),
      captureSha256: "b".repeat(64),
    });
    expect(again.find((s) => s.id === changed)).toMatchObject({
      linkStatus: "changed",
      capturedAt: at(4).toISOString(),
      captureSha256: "c".repeat(64),
    });

    const csv = await runExport(t.prisma, editor.actor, { workspace: ws.slug, format: "csv", entity: "sources" });
    const [header] = csv.text.split("\r\n");
    expect(header.split(",")).toEqual(expect.arrayContaining(["linkStatus", "capturedAt", "captureSha256"]));
  });

  it("a new source can be captured as it is added; without a URL that is refused naming the field", async () => {
    const { ws, editor } = await world();
    const tag = crypto.randomUUID();
    web.pages.set(`/${tag}/new`, html(ARTICLE("Added and captured at once.")));
    const s = await createSource(t.prisma, editor.actor, ws.slug, {
      title: "Added with a capture",
      url: `${web.origin}/${tag}/new`,
      capture: true,
    });
    expect(await t.prisma.sourceCapture.count({ where: { sourceId: s.id, status: "queued" } })).toBe(1);
    await runCaptureJobs(t.prisma, LOCAL);
    expect(await t.prisma.sourceCapture.findFirst({ where: { sourceId: s.id } })).toMatchObject({ status: "done" });
    await expect(
      createSource(t.prisma, editor.actor, ws.slug, { title: "No page", capture: true }),
    ).rejects.toMatchObject({ code: "unprocessable", details: { field: "url" } });
    expect(await t.prisma.source.count({ where: { workspaceId: ws.id, title: "No page" } })).toBe(0);
  });

  it("a page whose text takes longer than the budget to extract keeps its bytes and hash, with the reason", async () => {
    const { ws, editor, source } = await world();
    const tag = crypto.randomUUID();
    const body = ARTICLE("A long page. ".repeat(20_000));
    web.pages.set(`/${tag}/long`, html(body));
    const s = await source(`/${tag}/long`, "Long");
    await requestCapture(t.prisma, editor.actor, ws.slug, s.id);
    await runCaptureJobs(t.prisma, { ...LOCAL, extractMs: 1 });
    const c = await t.prisma.sourceCapture.findFirstOrThrow({ where: { sourceId: s.id } });
    expect(c).toMatchObject({
      status: "done",
      text: null,
      sha256: crypto.createHash("sha256").update(body).digest("hex"),
      byteLength: Buffer.byteLength(body),
    });
    expect(c.notes).toMatch(/took longer than 0\.001 s to extract \(the limit\); the file and its hash are kept/);
  });

  it("reads LINK_CHECK_DAYS: a week by default, 0 turns the schedule off, nonsense is refused", () => {
    expect(linkCheckMaxAge({})).toBe(7 * DAY);
    expect(linkCheckMaxAge({ LINK_CHECK_DAYS: "1.5" })).toBe(1.5 * DAY);
    expect(linkCheckMaxAge({ LINK_CHECK_DAYS: "0" })).toBeNull();
    expect(() => linkCheckMaxAge({ LINK_CHECK_DAYS: "weekly" })).toThrow(/LINK_CHECK_DAYS/);
  });
});
