// The API's per-minute limit for anonymous clients (issue 22): X-Forwarded-For is whatever the
// client sends, so without TRUST_PROXY a fresh forged address per request must not buy a fresh
// bucket; with TRUST_PROXY=1 the address our proxy appended tells clients apart.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { API_RATE_LIMIT } from "@/lib/api/handler";
import * as claims from "@/app/api/v1/workspaces/[slug]/claims/route";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { makeWorkspace } from "../support/factories";
import { useAppDatabase } from "../support/app-database";

vi.mock("@/lib/db/server", () => import("../support/app-database"));

type Handler = (req: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

describe.each(DB_TARGETS)("API rate limit for anonymous clients on $name", (target) => {
  let t: TestDatabase;
  let slug: string;
  const perMinute = API_RATE_LIMIT.perMinute;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    useAppDatabase(t);
    slug = (await makeWorkspace(t.prisma, { isPublic: true })).slug;
    API_RATE_LIMIT.perMinute = 3;
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await t.prisma.rateLimitBucket.deleteMany({});
  });
  afterAll(async () => {
    API_RATE_LIMIT.perMinute = perMinute;
    useAppDatabase(undefined);
    await t?.drop();
  });

  /** "limited" for a 429, else "served" (whatever the route then answers an anonymous caller). */
  async function get(forwardedFor: string): Promise<"limited" | "served"> {
    const req = new Request(`http://localhost/api/v1/workspaces/${slug}/claims`, {
      headers: { "x-forwarded-for": forwardedFor },
    });
    const res = await (claims.GET as Handler)(req, { params: Promise.resolve({ slug }) });
    return res.status === 429 ? "limited" : "served";
  }

  it("without TRUST_PROXY, a new forged X-Forwarded-For per request does not escape the limit", async () => {
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push(await get(`198.51.100.${i}`));
    expect(statuses).toEqual(["served", "served", "served", "limited", "limited", "limited"]);
  });

  it("with TRUST_PROXY=1, clients at different proxy-seen addresses have their own buckets, and a forged left entry changes nothing", async () => {
    vi.stubEnv("TRUST_PROXY", "1");
    const a = [];
    for (let i = 1; i <= 4; i++) a.push(await get(`6.6.6.${i}, 203.0.113.5`));
    expect(a).toEqual(["served", "served", "served", "limited"]);
    expect(await get("203.0.113.6")).toBe("served");
  });
});
