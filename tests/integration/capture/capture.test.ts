import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous } from "@/lib/auth/actor";
import {
  captureRaw,
  captureWithText,
  excerptsInSnapshot,
  linkStatus,
  listCaptures,
  requestCapture,
  requestDocumentCaptures,
  runCaptureJobs,
} from "@/lib/capture";
import { importDocument } from "@/lib/documents";
import { claimEvidence } from "@/lib/evidence";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { ARTICLE, html, startPages, type PageServer } from "./pages";

const LOCAL = { allowHosts: ["127.0.0.1"], retryMs: 0 };

describe.each(DB_TARGETS)("source captures on $name", (target) => {
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

  async function world(path: string) {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const source = await t.prisma.source.create({
      data: { workspaceId: ws.id, title: "Ledger", url: `${web.origin}${path}` },
    });
    return { ws, editor, source };
  }

  it("captures a page: final URL after a redirect, status, hash of the bytes, readable text and metadata", async () => {
    const body = ARTICLE("The report found that individuals in the Contras were involved in drug trafficking.");
    web.pages.set("/old", (_q, s) => s.writeHead(301, { location: "/a1" }).end());
    web.pages.set("/a1", html(body));
    const { ws, editor, source } = await world("/old");
    const queued = await requestCapture(t.prisma, editor.actor, ws.slug, source.id);
    expect(queued.status).toBe("queued");
    // Asking again while one is pending returns the same job.
    expect((await requestCapture(t.prisma, editor.actor, ws.slug, source.id)).id).toBe(queued.id);
    expect(await runCaptureJobs(t.prisma, LOCAL)).toBe(1);

    const [c] = await listCaptures(t.prisma, editor.actor, ws.slug, source.id);
    expect(c).toMatchObject({
      status: "done",
      error: null,
      httpStatus: 200,
      finalUrl: `${web.origin}/a1`,
      byteLength: Buffer.byteLength(body),
      sha256: crypto.createHash("sha256").update(body).digest("hex"),
      author: "Jane Reporter",
      publisher: "The Example Ledger",
      canonicalUrl: `${web.origin}/articles/kerry-report`,
      language: "en",
    });
    expect(c.title).toContain("Senate panel report");
    expect(c.datePublished).toContain("1989-04-13");
    const full = await captureWithText(t.prisma, editor.actor, ws.slug, c.id);
    expect(full.text).toContain("individuals in the Contras were involved in drug trafficking");
    expect(full.text).not.toContain("<p>");
    expect(full.text).not.toContain("World"); // navigation is not the article
    const raw = await captureRaw(t.prisma, editor.actor, ws.slug, c.id);
    expect(raw.bytes.toString("utf8")).toBe(body);
  });

  it("locates evidence excerpts in the snapshot with selectors, and flags one that is not there", async () => {
    web.pages.set(
      "/a2",
      html(ARTICLE("The Kerry Committee found that “individuals in the Contras” were involved in trafficking.")),
    );
    const { ws, editor, source } = await world("/a2");
    const claim = await t.prisma.claim.create({ data: { workspaceId: ws.id, text: "c", headline: "c" } });
    const claim2 = await t.prisma.claim.create({ data: { workspaceId: ws.id, text: "d", headline: "d" } });
    const found = await t.prisma.evidence.create({
      data: {
        claimId: claim.id,
        sourceId: source.id,
        stance: "supports",
        excerpt: 'found that "individuals  in the\nContras" were involved',
      },
    });
    const missing = await t.prisma.evidence.create({
      data: {
        claimId: claim2.id,
        sourceId: source.id,
        stance: "contests",
        excerpt: "no such sentence appears on the page",
      },
    });
    expect(await excerptsInSnapshot(t.prisma, editor.actor, ws.slug, source.id)).toBeNull();
    await requestCapture(t.prisma, editor.actor, ws.slug, source.id);
    await runCaptureJobs(t.prisma, LOCAL);
    const r = (await excerptsInSnapshot(t.prisma, editor.actor, ws.slug, source.id))!;
    const byId = new Map(r.excerpts.map((e) => [e.evidenceId, e]));
    expect(byId.get(missing.id)).toMatchObject({ found: false, selectors: null });
    const hit = byId.get(found.id)!;
    expect(hit.found).toBe(true);
    const text = (await captureWithText(t.prisma, editor.actor, ws.slug, r.captureId)).text!;
    const [quote, pos] = hit.selectors! as unknown as [
      { exact: string; prefix: string; suffix: string },
      { start: number; end: number },
    ];
    // W3C rule: the TextQuoteSelector's exact text is found at the TextPositionSelector, with its context around it.
    expect(text.slice(pos.start, pos.end)).toBe(quote.exact);
    expect(text.slice(pos.start - quote.prefix.length, pos.start)).toBe(quote.prefix);
    expect(text.slice(pos.end, pos.end + quote.suffix.length)).toBe(quote.suffix);
    expect(quote.exact).toBe("found that “individuals in the Contras” were involved");
    // The claim's evidence panel reads the same check: found, or flagged.
    const [f] = (await claimEvidence(t.prisma, editor.actor, ws.slug, claim.id)).supports;
    const [m] = (await claimEvidence(t.prisma, editor.actor, ws.slug, claim2.id)).contests;
    expect(f.snapshot).toMatchObject({ found: true });
    expect(m.snapshot).toMatchObject({ found: false });
  });

  it("link check: a changed page is marked changed, a vanished one failing, and the last snapshot stays", async () => {
    let version = "first";
    web.pages.set("/a3", (_q, s) =>
      version === "gone"
        ? s.writeHead(404).end()
        : s.writeHead(200, { "content-type": "text/plain" }).end(`the ${version} text`),
    );
    const { ws, editor, source } = await world("/a3");
    const check = async () => {
      await requestCapture(t.prisma, editor.actor, ws.slug, source.id);
      await runCaptureJobs(t.prisma, LOCAL);
      return listCaptures(t.prisma, editor.actor, ws.slug, source.id);
    };
    expect(linkStatus(await check()).state).toBe("live");
    expect(linkStatus(await check()).state).toBe("live"); // same bytes: not changed
    version = "second";
    const changed = await check();
    expect(changed[0].changed).toBe(true);
    expect(linkStatus(changed).state).toBe("changed");
    version = "gone";
    const gone = await check();
    const status = linkStatus(gone);
    expect(status).toMatchObject({ state: "failing", detail: "the page answered 404" });
    expect(status.snapshot?.id).toBe(changed[0].id);
  });

  it("retries a 503 with backoff, and finishes a job whose instance died mid-run", async () => {
    let calls = 0;
    web.pages.set("/flaky", (_q, s) =>
      ++calls === 1 ? s.writeHead(503).end() : s.writeHead(200, { "content-type": "text/plain" }).end("back"),
    );
    const a = await world("/flaky");
    await requestCapture(t.prisma, a.editor.actor, a.ws.slug, a.source.id);
    await runCaptureJobs(t.prisma, { ...LOCAL, retryMs: 60_000 });
    let [c] = await listCaptures(t.prisma, a.editor.actor, a.ws.slug, a.source.id);
    expect(c).toMatchObject({ status: "queued", attempts: 1 });
    expect(c.error).toContain("retrying");
    // Not due yet: nothing runs.
    expect(await runCaptureJobs(t.prisma, LOCAL)).toBe(0);
    await t.prisma.sourceCapture.update({ where: { id: c.id }, data: { runAfter: new Date(Date.now() - 1000) } });
    await runCaptureJobs(t.prisma, LOCAL);
    [c] = await listCaptures(t.prisma, a.editor.actor, a.ws.slug, a.source.id);
    expect(c).toMatchObject({ status: "done", attempts: 2, httpStatus: 200 });

    // A job left "running" by an instance that stopped is taken again once its lease has run out; a live lease is respected.
    web.pages.set("/orphan", html(ARTICLE("Taken over after a restart.")));
    const b = await world("/orphan");
    const job = await requestCapture(t.prisma, b.editor.actor, b.ws.slug, b.source.id);
    await t.prisma.sourceCapture.update({
      where: { id: job.id },
      data: { status: "running", attempts: 1, leaseUntil: new Date(Date.now() + 60_000) },
    });
    expect(await runCaptureJobs(t.prisma, LOCAL)).toBe(0);
    await t.prisma.sourceCapture.update({ where: { id: job.id }, data: { leaseUntil: new Date(Date.now() - 1000) } });
    expect(await runCaptureJobs(t.prisma, LOCAL)).toBe(1);
    expect((await captureWithText(t.prisma, b.editor.actor, b.ws.slug, job.id)).text).toContain(
      "Taken over after a restart.",
    );
  });

  it("captures are desk material: reviewers read, only writers request, other workspaces and anonymous callers get nothing", async () => {
    web.pages.set("/a5", html(ARTICLE("Private to the desk.")));
    const { ws, editor, source } = await world("/a5");
    const viewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const outsider = await makeWorkspace(t.prisma);
    const stranger = await makeUser(t.prisma, { workspaceId: outsider.id, role: "owner" });
    await expect(requestCapture(t.prisma, viewer.actor, ws.slug, source.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    const job = await requestCapture(t.prisma, editor.actor, ws.slug, source.id);
    await runCaptureJobs(t.prisma, LOCAL);
    expect(await listCaptures(t.prisma, viewer.actor, ws.slug, source.id)).toHaveLength(1);
    await expect(listCaptures(t.prisma, stranger.actor, ws.slug, source.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(captureRaw(t.prisma, stranger.actor, outsider.slug, job.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listCaptures(t.prisma, anonymous, ws.slug, source.id)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    const noUrl = await t.prisma.source.create({ data: { workspaceId: ws.id, title: "A book" } });
    await expect(requestCapture(t.prisma, editor.actor, ws.slug, noUrl.id)).rejects.toMatchObject({
      code: "unprocessable",
    });
  });

  it("after an import, captures every web source the document cites, on request", async () => {
    web.pages.set("/cited-1", html(ARTICLE("First cited page.")));
    web.pages.set("/cited-2", (_q, s) => s.writeHead(200, { "content-type": "text/plain" }).end("Second cited page."));
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const text = `The panel reported its findings.<ref>{{cite web |url=${web.origin}/cited-1 |title=One}}</ref> The paper disputed them.<ref>{{cite web |url=${web.origin}/cited-2 |title=Two}}</ref> A book said so too.<ref>{{cite book |title=A Book |year=1991}}</ref>\n\n== References ==\n{{reflist}}\n`;
    const doc = await importDocument(t.prisma, editor.actor, {
      workspace: ws.slug,
      text,
      title: "Cited",
      format: "wikitext",
    });
    const r = await requestDocumentCaptures(t.prisma, editor.actor, ws.slug, doc.documentId);
    expect(r).toEqual({ queued: 2, pending: 0, sources: 2 });
    // Asked again before the worker ran: nothing is queued twice.
    expect(await requestDocumentCaptures(t.prisma, editor.actor, ws.slug, doc.documentId)).toEqual({
      queued: 0,
      pending: 2,
      sources: 2,
    });
    expect(await runCaptureJobs(t.prisma, LOCAL)).toBe(2);
    const done = await t.prisma.sourceCapture.findMany({ where: { workspaceId: ws.id }, orderBy: { finalUrl: "asc" } });
    expect(done.map((c) => [c.status, c.finalUrl])).toEqual([
      ["done", `${web.origin}/cited-1`],
      ["done", `${web.origin}/cited-2`],
    ]);
  });
});
