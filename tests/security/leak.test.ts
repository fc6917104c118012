// Leak crawl at the code level, on PGlite and PostgreSQL: a workspace holding published and
// unpublished claims, reviews, comments, draft sources' notes, emails and API tokens. Every
// anonymous surface that needs no browser (feed and sitemap route code, the public pages' data
// layer, every export format) and the whole API through the real route handlers, anonymously
// and with ANOTHER workspace's token, must hold none of its secrets; guessed unpublished ids
// are 404 / absent.
// (The rendered pages over HTTP: leak.spec.ts.)
import { pathToFileURL } from "node:url";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/tokens";
import { addComment } from "@/lib/comments";
import {
  publicClaim,
  publicClaimant,
  publicDocument,
  publicHome,
  publicSearch,
  publicWorkspace,
  searchFacets,
  feedEntries,
} from "@/lib/publishing";
import { GET as feedGET } from "@/app/(public)/w/[workspace]/feed.xml/route";
import { GET as sitemapGET } from "@/app/sitemap.xml/route";
import { useAppDatabase } from "../support/app-database";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";
import { buildNewsroom, type Newsroom } from "../integration/exports/fixture";
import { runExport } from "../integration/exports/read";
import { unzip } from "../integration/exports/unzip";
import { ROOT } from "./discover";

vi.mock("@/lib/db/server", () => import("../support/app-database"));
vi.mock("next/headers", () => import("../support/next-headers"));

const FORMATS = ["csv", "json", "ndjson", "claimreview", "annotations", "datapackage"];
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
type Handler = (req: Request, ctx: { params: Promise<unknown> }) => Promise<Response>;

async function route(rel: string): Promise<Record<string, Handler>> {
  return import(pathToFileURL(path.join(ROOT, "app/api/v1/workspaces/[slug]", rel, "route.ts")).href);
}

/** A body as its reader sees it: raw, JSON escapes undone, XML entities decoded. */
function readings(body: string): string[] {
  const unjson = body
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(["\\/])/g, "$1");
  const decoded = unjson
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return [body, unjson, decoded];
}

describe.each(DB_TARGETS)("leak crawl on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  let otherSecret: string;
  let otherSlug: string;
  const secrets: string[] = [];
  const bodies = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDatabase(target);
    useAppDatabase(t);
    n = await buildNewsroom(t.prisma);
    process.env.NEXTAUTH_URL ??= "http://localhost"; // next-auth reads it on the anonymous session lookup
    process.env.NEXTAUTH_SECRET ??= "leak-test-secret-not-used-for-signing";
    const owner = await makeUser(t.prisma, {
      workspaceId: n.ws.id,
      role: "owner",
      email: `owner-${n.ws.slug}@example.test`,
    });
    const token = await createApiToken(t.prisma, owner.actor, n.ws.slug, {
      name: "TOKEN-NAME-SECRET bot",
      scope: "write",
    });
    await addComment(t.prisma, n.editor.actor, n.ws.slug, n.claims.draft.id, {
      body: "DRAFT-COMMENT-SECRET check the basement",
    });
    const other = await makeWorkspace(t.prisma);
    otherSlug = other.slug;
    otherSecret = (await createApiToken(t.prisma, systemActor("test"), other.slug, { name: "other", scope: "write" }))
      .secret;
    const claimant = await t.prisma.claim.findUniqueOrThrow({
      where: { id: n.claims.draft.id },
      select: { claimantId: true },
    });
    secrets.push(
      ...n.secrets,
      token.secret,
      token.secret.slice(0, 10),
      "TOKEN-NAME-SECRET",
      "DRAFT-COMMENT-SECRET",
      owner.user.email,
      claimant.claimantId!,
    );
  });
  afterAll(async () => {
    useAppDatabase(undefined);
    await t?.drop();
  });

  function expectNoLeak() {
    const leaks: string[] = [];
    for (const [where, body] of bodies)
      for (const text of readings(body)) for (const s of secrets) if (text.includes(s)) leaks.push(`${where}: ${s}`);
    expect([...new Set(leaks)], [...new Set(leaks)].join("\n")).toEqual([]);
  }

  it("anonymous: feed, sitemap, the public pages' data and every export format hold only published data", async () => {
    const db = t.prisma;
    const feed = await feedGET(new Request(`http://localhost/w/${n.ws.slug}/feed.xml`), {
      params: Promise.resolve({ workspace: n.ws.slug }),
    });
    expect(feed.status).toBe(200);
    bodies.set("feed.xml", await feed.text());
    // The sitemap takes its origin from the request (lib/platform/request-origin.ts).
    const sitemapReq = new Request("http://localhost/sitemap.xml");
    bodies.set("sitemap.xml", await (await sitemapGET(sitemapReq)).text());
    const ws = (await publicWorkspace(db, n.ws.slug))!;
    bodies.set("home", JSON.stringify(await publicHome(db, ws)));
    bodies.set("feed entries", JSON.stringify(await feedEntries(db, ws, "http://localhost")));
    bodies.set("search facets", JSON.stringify(await searchFacets(db, ws)));
    for (const q of ["", "agency", "basement", "Secret Claimant", "SOURCE-NOTE-SECRET", "Webb"]) {
      const { input: _echo, ...found } = await publicSearch(db, ws, { q }); // the page echoes the visitor's own query
      bodies.set(`search ${q}`, JSON.stringify(found));
    }
    for (const id of n.publicClaimIds) {
      const c = await publicClaim(db, ws, id);
      expect(c, `public claim ${id}`).not.toBeNull();
      // Evidence notes are internal everywhere: the page, like the export, never carries them.
      bodies.set(`claim ${id}`, JSON.stringify(c));
    }
    const publicDoc = await publicDocument(db, ws, n.docA.id);
    expect(publicDoc).not.toBeNull();
    bodies.set("document A", JSON.stringify(publicDoc));
    for (const c of await db.claimant.findMany({
      where: { workspaceId: n.ws.id, claims: { some: { status: { in: ["published", "retracted"] } } } },
    })) {
      bodies.set(`claimant ${c.name}`, JSON.stringify(await publicClaimant(db, ws, c.id)));
    }
    for (const format of FORMATS)
      bodies.set(`anonymous export ${format}`, (await runExport(db, anonymous, { workspace: n.ws.slug, format })).text);
    for (const entity of CSV_ENTITIES)
      bodies.set(
        `anonymous export csv ${entity}`,
        (await runExport(db, anonymous, { workspace: n.ws.slug, format: "csv", entity })).text,
      );
    expect(bodies.get("anonymous export json")).toContain("Kerry Committee"); // the crawl does see public data
    expectNoLeak();

    // Guessed unpublished ids: no public page data exists for them.
    const draftClaimant = secrets.at(-1)!;
    for (const id of n.hiddenClaimIds) expect(await publicClaim(db, ws, id), `claim ${id}`).toBeNull();
    expect(await publicDocument(db, ws, n.docB.id)).toBeNull();
    expect(await publicClaimant(db, ws, draftClaimant)).toBeNull();
  });

  it("another workspace's token: every API list and item route is 404, the export is the public one", async () => {
    const auth = { authorization: `Bearer ${otherSecret}` };
    const get = async (
      rel: string,
      query: string,
      params: Record<string, string>,
      slug = n.ws.slug,
      headers: Record<string, string> = auth,
    ) => {
      const mod = await route(rel);
      const url = `http://localhost/api/v1/workspaces/${slug}/${rel.replace(/\[(\w+)\]/g, (_, k: string) => params[k])}${query}`;
      const req = new Request(url, { headers });
      const res = await mod.GET(req, { params: Promise.resolve({ slug, ...params }) });
      const bytes = Buffer.from(await res.arrayBuffer());
      const body = query.includes("datapackage")
        ? [...unzip(bytes)].map(([k, v]) => `${k}\n${v}`).join("\n")
        : bytes.toString("utf8");
      bodies.set(`${headers === auth ? "token of another workspace" : "anonymous"}: GET ${url}`, body);
      return { status: res.status, headers: res.headers, body };
    };
    const lists: [string, string][] = [
      ["claims", ""],
      ["claimants", ""],
      ["documents", ""],
      ["sources", ""],
      ["reviews", ""],
      ["claims/similar", "?text=agency%20basement"],
      ["evidence", `?claimId=${n.claims.draft.id}`],
    ];
    const items: [string, string, Record<string, string>][] = [
      ...n.hiddenClaimIds.flatMap((id): [string, string, Record<string, string>][] => [
        ["claims/[id]", "", { id }],
        ["claims/[id]/relations", "", { id }],
        ["reviews", `?claimId=${id}`, {}],
        ["evidence", `?claimId=${id}`, {}],
      ]),
      ["sources/[id]", "", { id: n.sources.hidden.id }],
      ["sources/[id]", "", { id: n.sources.cited.id }],
    ];
    let requests = 0;
    let anonymousRequests = FORMATS.length;
    for (const [rel, q] of lists) {
      expect((await get(rel, q, {})).status, `GET ${rel}${q}`).toBe(404);
      requests++;
    }
    for (const [rel, q, p] of items) {
      expect((await get(rel, q, p)).status, `GET ${rel}${q} ${JSON.stringify(p)}`).toBe(404);
      // The same ids asked of the token's own workspace: not found there either.
      expect((await get(rel, q, p, otherSlug)).status, `own workspace ${rel}${q}`).toBe(404);
      requests += 2;
    }
    for (const format of FORMATS) {
      const res = await get("export", `?format=${format}`, {});
      expect(res.status, `export ${format}`).toBe(200);
      expect(res.headers.get("content-disposition")).toContain("-public");
      // Anonymous, through the same route: the public export too.
      const anon = await get("export", `?format=${format}`, {}, n.ws.slug, {});
      expect(anon.status, `anonymous export ${format}`).toBe(200);
      requests++;
    }
    // Anonymous at the API's list and item routes of this public workspace: its published data (lists 200,
    // unpublished records 404), the desk-only review queue 401 (every documented path: anonymous-api.test.ts).
    const anonymousStatus = (rel: string, q: string, p: Record<string, string>) =>
      rel === "reviews" ? 401 : q.includes("claimId=") || (p.id && p.id !== n.sources.cited.id) ? 404 : 200;
    for (const [rel, q, p] of [
      ...lists.map(([r, q]): [string, string, Record<string, string>] => [r, q, {}]),
      ...items,
    ]) {
      expect((await get(rel, q, p, n.ws.slug, {})).status, `anonymous GET ${rel}${q}`).toBe(anonymousStatus(rel, q, p));
      anonymousRequests++;
    }
    expectNoLeak();
    console.log(
      `leak crawl on ${target.name}: ${bodies.size} responses checked (${requests} through route handlers with another workspace's token, ${anonymousRequests} anonymously), ${secrets.length} secrets`,
    );
  });
});
