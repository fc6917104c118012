// The one input guard (lib/http/input) and its two users: server-action arguments and the API's
// catch-all error mapping.
import { describe, expect, it, vi } from "vitest";
import { errorResponse } from "@/lib/api/problem";
import { actionArgsIssue, actionResult } from "@/lib/http/action";
import { findInputIssue, stringProblem } from "@/lib/http/input";
import { log as logger } from "@/lib/platform/log";

describe("input guard", () => {
  it("names the field holding a NUL byte, a lone surrogate or an over-long string", () => {
    expect(findInputIssue({ claimant: { name: "a\u0000" } })).toEqual({
      field: "claimant.name",
      message: "claimant.name contains a NUL byte",
    });
    expect(findInputIssue({ tags: ["ok", "\uDC00x"] })?.field).toBe("tags.1");
    expect(findInputIssue({ text: "x".repeat(11) }, "", 10)?.message).toBe("text is 11 characters; the limit is 10");
    expect(findInputIssue({ text: "fine 😀", n: 1, d: null })).toBeNull();
  });
  it("tells lone surrogates from pairs at either end of a string", () => {
    expect(stringProblem("\uD800")).toMatch(/surrogate/);
    expect(stringProblem("x\uDFFF")).toMatch(/surrogate/);
    expect(stringProblem("\uD83D\uDE00\uD83D\uDE00")).toBeNull();
  });
  it("refuses structures nested deeper than any form sends", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100; i++) deep = { a: deep };
    expect(findInputIssue(deep)?.message).toMatch(/nested more than 32 levels/);
  });
});

describe("server-action arguments", () => {
  it("requires the workspace to be a string", () => {
    expect(actionArgsIssue({ slug: { a: 1 }, text: "text" })).toBe("workspace must be a string");
    expect(actionArgsIssue({ slug: "demo", text: "fine", excludeId: undefined })).toBeNull();
  });
  it("refuses bad text before the action's work runs", async () => {
    let ran = false;
    const res = await actionResult(async () => (ran = true), { slug: "demo", input: { text: "a\u0000" } });
    expect(res).toEqual({ ok: false, code: "bad_request", error: "text contains a NUL byte" });
    expect(ran).toBe(false);
    expect(await actionResult(async () => 1, { slug: "demo", text: "probe \uD800" })).toEqual({
      ok: false,
      code: "bad_request",
      error: expect.stringMatching(/^text contains an unpaired/),
    });
  });
  it("maps the database refusing a NUL byte to a readable error instead of throwing", async () => {
    const dbError = new Error('invalid byte sequence for encoding "UTF8": 0x00');
    expect(await actionResult(() => Promise.reject(dbError))).toMatchObject({ ok: false });
  });
});

describe("API catch-all", () => {
  it("answers an unexpected error with a problem+json 500 carrying a request id and nothing else", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const res = errorResponse(
      new TypeError("Cannot read properties of undefined (reading 'password') at /srv/app/lib/x.ts"),
      "req-123",
    );
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("x-request-id")).toBe("req-123");
    const body = await res.json();
    expect(body).toEqual({
      type: "about:blank",
      title: "Internal Server Error",
      status: 500,
      detail: "something went wrong on our side (request req-123)",
      requestId: "req-123",
    });
    expect(log.mock.calls[0][0]).toMatchObject({ requestId: "req-123" }); // the log line carries the id the client quotes
    log.mockRestore();
  });
});
