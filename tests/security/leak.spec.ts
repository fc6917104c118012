import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoEmail, signInAs } from "../e2e/helpers";
import { unzip } from "../integration/exports/unzip";

// Anonymous leak crawl over HTTP against the running app (the rendered pages, which the
// code-level leak.test.ts cannot render): the demo workspace gets fresh internal data — a draft
// with a claimant, an unpublished document, internal notes on a draft source and on a published
// one, evidence notes, a review rationale, a comment, an API token — then every public page,
// feed, sitemap, export format and API endpoint is fetched anonymously and searched for it, and
// guessed unpublished ids must be 404 at public pages and at the API.

const WS = "/w/demo";
const API = "/api/v1/workspaces/demo";
const FORMATS = ["json", "ndjson", "claimreview", "annotations", "datapackage", "csv"];
const CSV_ENTITIES = [
  "claims",
  "sources",
  "evidence",
  "claimants",
  "documents",
  "relations",
  "citations",
  "corrections",
];

const decode = (s: string) =>
  s
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(["\\/])/g, "$1")
    .replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp|nbsp);/gi, (m, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : (({ quot: '"', apos: "'", lt: "<", gt: ">", amp: "&", nbsp: "\u00a0" } as Record<string, string>)[
            e.toLowerCase()
          ] ?? m),
    );

async function json<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<T> {
  expect(res.status(), `${what}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

test("anonymous crawl: no unpublished string in any public page, feed, sitemap, export or API response; guessed ids are 404", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const secrets: { what: string; value: string }[] = [];
  const secret = (what: string, value: string) => (secrets.push({ what, value }), value);

  // --- The editor's internal work (session cookie on the API, the comment form on the desk).
  const editorCtx = await browser.newContext({ baseURL });
  const editor = await editorCtx.newPage();
  await signInAs(editor, "editor");
  const api = editor.request;
  const draft = await json<{ id: string; claimantId: string }>(
    await api.post(`${API}/claims`, {
      data: {
        text: secret("draft statement", `Unpublished statement ${run}: the ledger sits in the basement.`),
        claimant: { name: secret("draft claimant", `Hidden Claimant ${run}`) },
      },
    }),
    "create draft",
  );
  secret("draft claim id", draft.id);
  secret("draft claimant id", draft.claimantId);
  const doc = await json<{ documentId: string }>(
    await api.post(`${API}/documents`, {
      data: {
        title: secret("unpublished document title", `Internal memo ${run}`),
        format: "text",
        text: `Memo\n\n${secret("unpublished document text", `The memo ${run} names the courier.`)}\n`,
      },
    }),
    "import document",
  );
  secret("unpublished document id", doc.documentId);
  const draftSource = await json<{ id: string }>(
    await api.post(`${API}/sources`, {
      data: {
        title: secret("draft source title", `Unvetted dossier ${run}`),
        notes: secret("draft source notes", `Source notes ${run}: informant, do not name.`),
        force: true,
      },
    }),
    "create source",
  );
  await json(
    await api.post(`${API}/evidence`, {
      data: {
        claimId: draft.id,
        sourceId: draftSource.id,
        stance: "supports",
        note: secret("evidence note on a draft", `Evidence note ${run} on the draft.`),
      },
    }),
    "add evidence",
  );
  // A published claim's source gets internal notes: a source's notes are never public.
  const published = (
    await json<{ items: { id: string }[] }>(await api.get(`${API}/claims?status=published&limit=50`), "published")
  ).items;
  expect(published.length).toBeGreaterThan(0);
  const ev = await json<{ supports: { source: { id: string } }[]; contests: { source: { id: string } }[] }>(
    await api.get(`${API}/evidence?claimId=${published[0].id}`),
    "evidence",
  );
  const publicSourceId = [...ev.supports, ...ev.contests][0]?.source.id;
  if (publicSourceId) {
    const s = await json<{ version: number }>(await api.get(`${API}/sources/${publicSourceId}`), "source");
    await json(
      await api.patch(`${API}/sources/${publicSourceId}`, {
        data: {
          version: s.version,
          notes: secret("published source's internal notes", `Desk notes ${run} on a cited source.`),
        },
      }),
      "source notes",
    );
  }
  const comment = secret("desk comment", `Desk comment ${run}: hold this one.`);
  await editor.goto(`/desk/demo/claims/${draft.id}`);
  await editor.getByRole("form", { name: "Add comment" }).getByLabel("Comment").fill(comment);
  await editor.getByRole("form", { name: "Add comment" }).getByRole("button", { name: "Comment" }).click();
  await expect(editor.getByTestId("comments")).toContainText(comment);
  expect(
    (
      await api.post(`${API}/claims/${draft.id}/submit`, {
        data: {
          verdict: "Supported",
          confidence: "medium",
          rationale: secret("proposed rationale", `Proposed rationale ${run}: unpublished.`),
        },
      })
    ).status(),
  ).toBe(200);
  await editorCtx.close();

  // --- A reviewer's rationale and an owner's API token.
  const reviewerCtx = await browser.newContext({ baseURL });
  const reviewer = await reviewerCtx.newPage();
  await signInAs(reviewer, "reviewer");
  const rationale = secret("review rationale", `Review rationale ${run}: too thin.`);
  expect(
    (
      await reviewer.request.post(`${API}/reviews`, {
        data: { claimId: draft.id, decision: "request_changes", rationale },
      })
    ).status(),
  ).toBe(201);
  await reviewerCtx.close();
  const ownerCtx = await browser.newContext({ baseURL });
  const owner = await ownerCtx.newPage();
  await signInAs(owner, "owner");
  await owner.goto("/desk/demo/settings");
  const form = owner.getByRole("form", { name: "Create API token" });
  await form.getByLabel("Name").fill(secret("token name", `leak-bot-${run}`));
  await form.getByRole("button", { name: "Create token" }).click();
  const token = (await owner.getByTestId("token-secret").textContent())!.trim();
  secret("API token", token);
  secret("API token prefix", token.slice(0, 10));
  await ownerCtx.close();
  for (const role of ["owner", "editor", "reviewer", "contributor"]) secret(`${role}'s email`, demoEmail(role));

  // --- Anonymous: crawl.
  const anonCtx = await browser.newContext({ baseURL });
  const anon = anonCtx.request;
  const origin = new URL(baseURL!).origin;
  const bodies = new Map<string, string>();
  const exports = [
    ...FORMATS.filter((f) => f !== "csv").map((f) => `${API}/export?format=${f}`),
    ...CSV_ENTITIES.map((e) => `${API}/export?format=csv&entity=${e}`),
  ];
  const queue = [
    "/robots.txt",
    "/sitemap.xml",
    `${WS}/feed.xml`,
    WS,
    `${WS}/methodology`,
    `${WS}/search?q=${run}`,
    `${WS}/search?q=basement`,
    "/api/v1/openapi.json",
    ...exports,
  ];
  const seen = new Set<string>();
  while (queue.length && bodies.size < 250) {
    const p = queue.shift()!;
    if (seen.has(p)) continue;
    seen.add(p);
    const res = await anon.get(p, { maxRedirects: 0 });
    expect(res.status(), `GET ${p}`).toBe(200);
    const buf = await res.body();
    bodies.set(
      p,
      p.includes("datapackage")
        ? [...unzip(buf)].map(([name, b]) => `${name}\n${b.toString("utf8")}`).join("\n")
        : buf.toString("utf8"),
    );
    const type = res.headers()["content-type"] ?? "";
    const body = buf.toString("utf8");
    const links = type.includes("html")
      ? [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
      : type.includes("xml")
        ? [...body.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((m) => m[1] ?? m[2])
        : [];
    for (const href of links) {
      const u = new URL(decode(href), origin + p);
      if (
        u.origin === origin &&
        (u.pathname === WS || u.pathname.startsWith(`${WS}/`)) &&
        !seen.has(u.pathname + u.search)
      )
        queue.push(u.pathname + u.search);
    }
  }
  // API list endpoints and item routes, anonymously.
  const apiGuesses = [
    "/claims",
    "/claimants",
    "/documents",
    "/sources",
    "/reviews",
    `/claims/similar?text=basement`,
    `/evidence?claimId=${draft.id}`,
    `/claims/${draft.id}`,
    `/claims/${draft.id}/relations`,
    `/reviews?claimId=${draft.id}`,
    `/sources/${draftSource.id}`,
  ];
  // The demo workspace is public: its lists answer published data (searched for leaks with the rest),
  // unpublished records 404, the desk-only review queue 401 (tests/security/anonymous-api.test.ts).
  const anonymousStatus = (g: string) =>
    g.startsWith("/reviews") ? 401 : /claimId=|\/claims\/(?!similar)|\/sources\//.test(g) ? 404 : 200;
  for (const g of apiGuesses) {
    const res = await anon.get(`${API}${g}`);
    expect(res.status(), `anonymous GET ${API}${g}`).toBe(anonymousStatus(g));
    bodies.set(`${API}${g}`, await res.text());
  }
  // Guessed unpublished ids at public pages: 404 (the page may echo its own URL, so ids aside).
  const pageGuesses = [
    `${WS}/claims/${draft.id}`,
    `${WS}/documents/${doc.documentId}`,
    `${WS}/claimants/${draft.claimantId}`,
    `${WS}/documents/${draftSource.id}`,
  ];
  for (const g of pageGuesses) {
    const res = await anon.get(g);
    expect(res.status(), `GET ${g}`).toBe(404);
    bodies.set(`${g} (404)`, (await res.text()).replaceAll(g.split("/").pop()!, "<id>"));
  }
  const paths = [...bodies.keys()];
  for (const kind of ["claims", "documents", "claimants", "search", "methodology"])
    expect(
      paths.some((p) => p.startsWith(`${WS}/${kind}`)),
      `crawl reached ${kind}`,
    ).toBe(true);

  const leaks: string[] = [];
  for (const [p, body] of bodies) {
    const texts = [body, decode(body)];
    for (const s of secrets) if (texts.some((t) => t.includes(s.value))) leaks.push(`${p}: ${s.what} “${s.value}”`);
  }
  console.log(
    `security leak crawl: ${bodies.size} URLs fetched anonymously (${exports.length} exports, ${apiGuesses.length} API, ${pageGuesses.length} guessed pages), ${secrets.length} secrets checked`,
  );
  expect(leaks, leaks.join("\n")).toEqual([]);
  await anonCtx.close();
});
