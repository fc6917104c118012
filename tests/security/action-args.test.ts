// Server-action arguments arrive as whatever the client posts (issue 22): the similar-claims
// action took 890 KB probes, and `{"a":1}` as the workspace dropped the workspace filter.
import "./als-global";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { similarClaimsAction } from "@/app/(desk)/desk/[workspace]/claims/actions";
import { addCommentAction } from "@/app/(desk)/desk/[workspace]/claims/[id]/comment-action";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { inRequestScope } from "./next-request";

const scope = <T,>(fn: () => Promise<T>) => inRequestScope(new Request("http://localhost/desk/demo/claims", { method: "POST" }), "/desk/[workspace]/claims", fn);

describe("server-action argument guard", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ name: "pglite" });
    (globalThis as { __corroborateDb?: Promise<unknown> }).__corroborateDb = Promise.resolve(t);
  });
  afterAll(async () => {
    delete (globalThis as { __corroborateDb?: unknown }).__corroborateDb;
    await t?.drop();
  });

  it("caps the similar-claims probe at 5,000 characters, like the API", async () => {
    expect(await scope(() => similarClaimsAction("demo", "two sets of books ".repeat(400)))).toEqual({ ok: false, error: "text is 7,200 characters; the limit is 5,000" });
    expect(await scope(() => similarClaimsAction("demo", "x".repeat(890_000)))).toEqual({ ok: false, error: "text is 890,000 characters; the limit is 200,000" });
  });
  it("refuses a workspace that is not a string, and text that is not a string", async () => {
    expect(await scope(() => similarClaimsAction({ a: 1 } as never, "two sets of books"))).toEqual({ ok: false, error: "workspace must be a string" });
    expect(await scope(() => similarClaimsAction("demo", { a: 1 } as never))).toEqual({ ok: false, error: "text must be a string" });
  });
  it("refuses NUL bytes and lone surrogates naming the argument", async () => {
    expect(await scope(() => addCommentAction("demo", "c1", "fine\u0000"))).toEqual({ ok: false, error: "body contains a NUL byte" });
    expect(await scope(() => addCommentAction("demo", "c1", "fine \uD800"))).toMatchObject({ ok: false, error: expect.stringContaining("unpaired UTF-16 surrogate") });
  });
});
