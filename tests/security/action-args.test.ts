// Server-action arguments arrive as whatever the client posts (issue 22): the similar-claims
// action took 890 KB probes, and `{"a":1}` as the workspace dropped the workspace filter. The real
// actions run here; only the request's session and the app's database handle are stood in for.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { anonymous } from "@/lib/auth/actor";
import { createTestDatabase, type TestDatabase } from "../support/db";

const handle = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => anonymous }));
vi.mock("@/lib/db/server", () => ({ getDb: async () => handle.db }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { similarClaimsAction } = await import("@/actions/claims");
const { addCommentAction } = await import("@/actions/comments");

describe("server-action argument guard", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ name: "pglite" });
    handle.db = t.prisma;
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("caps the similar-claims probe at 5,000 characters, like the API", async () => {
    expect(await similarClaimsAction({ slug: "demo", text: "two sets of books ".repeat(400) })).toMatchObject({
      ok: false,
      error: "text is 7,200 characters; the limit is 5,000",
    });
    expect(await similarClaimsAction({ slug: "demo", text: "x".repeat(890_000) })).toMatchObject({
      ok: false,
      error: "text is 890,000 characters; the limit is 200,000",
    });
  });
  it("refuses a workspace that is not a string, and text that is not a string", async () => {
    expect(await similarClaimsAction({ slug: { a: 1 } as never, text: "two sets of books" })).toMatchObject({
      ok: false,
      error: "workspace must be a string",
    });
    expect(await similarClaimsAction({ slug: "demo", text: { a: 1 } })).toMatchObject({
      ok: false,
      error: "text must be a string",
    });
  });
  it("refuses NUL bytes and lone surrogates naming the argument", async () => {
    expect(await addCommentAction({ slug: "demo", claimId: "c1", body: "fine\u0000" })).toMatchObject({
      ok: false,
      error: "body contains a NUL byte",
    });
    expect(await addCommentAction({ slug: "demo", claimId: "c1", body: "fine \uD800" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("unpaired UTF-16 surrogate"),
    });
  });
  it("names the field a refusal is about (next-learn's fieldErrors shape)", async () => {
    const res = await addCommentAction({ slug: "demo", claimId: "c1", body: "" });
    expect(res).toMatchObject({ ok: false, code: "unprocessable", fieldErrors: { body: [expect.any(String)] } });
  });
});
