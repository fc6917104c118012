import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { HOSTILE, expectInert, signInAs } from "./inert";

// Hostile text in every field a member can write, seeded over the API as real users (the e2e
// server holds its embedded database), then every page that renders it opened in Chromium.
const W = "/api/v1/workspaces/demo";
const mark = (field: string) => `hx-${field}-${Date.now().toString(36)}`;

async function post(req: APIRequestContext, path: string, data: unknown, status = 201) {
  const res = await req.post(W + path, { data });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(status);
  return res.json();
}

const WIKITEXT = (m: string) => `== ${m} <script>window.__xss=1</script> ==
${m} opening. The agency <img src=x onerror="window.__xss=1;alert(1)"> ran the program in 1985.<ref>{{cite web |url=javascript:alert(1) |title=${m} <svg onload=alert(1)> |publisher=<script>alert(1)</script>}}</ref>
See [javascript:alert(1) a link] and <a href="data:text/html,<script>alert(1)</script>">data</a>.<ref name="d">[x](javascript:alert(1)) "Report" ${HOSTILE}</ref>
`;

test("hostile text in every writable field renders inert on public and desk pages", async ({ browser }) => {
  test.setTimeout(180_000);
  const m = mark("doc");
  const editor = await browser.newPage();
  await signInAs(editor, "editor");
  const req = editor.request;

  const doc = await post(req, "/documents", {
    title: `${m} <img src=x onerror=alert(1)>`,
    format: "wikitext",
    text: WIKITEXT(m),
  });
  expect(doc, JSON.stringify(doc)).toMatchObject({
    status: "created",
    format: "wikitext",
    documentId: expect.any(String),
  });
  const docId: string = doc.documentId;
  const md = await post(req, "/documents", {
    title: `${mark("md")} [x](javascript:alert(1))`,
    format: "markdown",
    text: `# ${m}\n\n${HOSTILE}\n\n[click](javascript:alert(1)) <iframe src="javascript:alert(1)"></iframe>\n`,
  });
  expect(md, JSON.stringify(md)).toMatchObject({
    status: "created",
    format: "markdown",
    documentId: expect.any(String),
  });

  const claimant = await post(req, "/claimants", {
    name: `${mark("claimant")} <svg onload=alert(1)>`,
    description: `${mark("desc")} ${HOSTILE}`,
    aliases: ["<script>alert(1)</script>"],
  });
  // A javascript: URL is refused outright; a hostile query string in an http URL is only text.
  await post(req, "/sources", { title: "x", url: "javascript:alert(1)" }, 422);
  const source = await post(req, "/sources", {
    title: `${mark("source")} ${HOSTILE}`.slice(0, 500),
    publisher: "<img src=x onerror=alert(1)>",
    notes: HOSTILE,
    type: "web_page",
    url: `https://example.org/?q="><script>alert(1)</script>`,
    force: true,
  });
  const claimMark = mark("claim");
  const claim = await post(req, "/claims", {
    text: `${claimMark} ${HOSTILE}`,
    headline: `${mark("head")} <img src=x onerror=alert(1)>`.slice(0, 75),
    claimant: { id: claimant.id },
    documentId: docId,
    start: 0,
    end: 10,
  });
  await post(req, "/evidence", {
    claimId: claim.id,
    sourceId: source.id,
    stance: "supports",
    excerpt: `${mark("excerpt")} ${HOSTILE}`,
    note: HOSTILE,
    locator: "<script>alert(1)</script>",
  });
  await post(
    req,
    `/claims/${claim.id}/submit`,
    { verdict: "Supported", confidence: "medium", rationale: `${mark("proposal")} ${HOSTILE}` },
    200,
  );

  // One more claim left waiting in the review queue.
  const queued = await post(req, "/claims", {
    text: `${mark("queued")} ${HOSTILE}`,
    headline: `${mark("head2")} <svg onload=alert(1)>`.slice(0, 75),
  });
  await post(
    req,
    `/claims/${queued.id}/submit`,
    { verdict: "Contested", confidence: "low", rationale: `${mark("proposal2")} ${HOSTILE}` },
    200,
  );

  // Two verdicts of the demo scale, read from published demo claims.
  const published = await (await req.get(`${W}/claims?status=published&limit=20`)).json();
  const ratings = new Set<string>();
  for (const c of published.items as { id: string }[]) {
    if (ratings.size >= 2) break;
    const full = await (await req.get(`${W}/claims/${c.id}`)).json();
    if (full.ratingId) ratings.add(full.ratingId);
  }
  const [verdict, corrected] = [...ratings];
  expect(ratings.size, "demo has published claims with two different verdicts").toBe(2);

  const reviewer = await browser.newPage();
  await signInAs(reviewer, "reviewer");
  const rationale = `${mark("rationale")} ${HOSTILE}\n\n[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <a href="jav&#x09;ascript:alert(1)">t</a>`;
  await post(reviewer.request, "/reviews", {
    claimId: claim.id,
    decision: "approve",
    ratingId: verdict,
    confidence: "high",
    rationale,
  });
  await post(req, `/claims/${claim.id}/publish`, {}, 200);
  // A changed verdict on a published claim goes through a correction whose "why" is public.
  await post(req, `/claims/${claim.id}/corrections`, {}, 201);
  await post(req, `/claims/${claim.id}/submit`, { ratingId: corrected, confidence: "low", rationale }, 200);
  await post(reviewer.request, "/reviews", { claimId: claim.id, decision: "approve" });
  await post(req, `/claims/${claim.id}/publish`, { why: `${mark("why")} ${HOSTILE}` }, 200);

  await editor.goto(`/desk/demo/claims/${claim.id}`);
  const form = editor.getByRole("form", { name: "Add comment" });
  await form.getByLabel("Comment").fill(`${mark("comment")} ${HOSTILE} [x](javascript:alert(1))`);
  await form.getByRole("button", { name: "Comment" }).click();
  await expect(editor.getByRole("region", { name: "Discussion" })).toContainText("hx-comment-");

  const visitor = await browser.newPage();
  const pages: [Page, string, string | string[]][] = [
    [visitor, `/w/demo/claims/${claim.id}`, ["hx-claim-", "hx-rationale-", "hx-why-", "hx-excerpt-", "hx-claimant-"]],
    [visitor, `/w/demo/documents/${docId}`, "hx-doc-"],
    [visitor, `/w/demo/claimants/${claimant.id}`, ["hx-claimant-", "hx-desc-"]],
    [visitor, `/w/demo/search?q=${encodeURIComponent(claimMark)}`, claimMark],
    [
      visitor,
      `/w/demo/search?q=${encodeURIComponent(`"><script>alert(1)</script><img src=x onerror=alert(1)>`)}`,
      "Results",
    ],
    [visitor, "/w/demo", "hx-"],
    [editor, `/desk/demo/claims/${claim.id}`, ["hx-comment-", "hx-rationale-", "hx-excerpt-"]],
    [editor, `/desk/demo/documents/${docId}`, "hx-doc-"],
    [editor, `/desk/demo/sources/${source.id}`, "hx-source-"],
    [editor, "/desk/demo/sources", "hx-source-"],
    [editor, "/desk/demo/claims", "hx-head-"],
    [editor, "/desk/demo/documents", "hx-md-"],
    [editor, "/desk/demo/activity", "hx-head-"],
    [reviewer, "/desk/demo/review", "hx-head2-"],
  ];
  let checked = 0;
  for (const [page, path, expectText] of pages) {
    await expectInert(page, path, expectText);
    checked++;
  }
  console.log(`hostile input: ${checked} pages checked, 0 scripts ran, 0 javascript:/data: links`);
});
