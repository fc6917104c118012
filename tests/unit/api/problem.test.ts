import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { errorResponse } from "@/lib/api/problem";
import { AppError } from "@/lib/errors";

async function body(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  return res.json();
}

describe("errorResponse (RFC 9457)", () => {
  it("maps AppError codes to their statuses with the message as detail", async () => {
    const res = errorResponse(new AppError("not_found", "workspace not found"));
    expect(res.status).toBe(404);
    expect(await body(res)).toMatchObject({ status: 404, title: "Not Found", detail: "workspace not found" });
    expect(errorResponse(new AppError("payload_too_large", "x")).status).toBe(413);
  });
  it("maps zod failures to 422 with field paths", async () => {
    const parsed = z
      .object({ name: z.string().min(1, "name is required"), n: z.number() })
      .safeParse({ name: "", n: "x" });
    const res = errorResponse(parsed.error);
    expect(res.status).toBe(422);
    const json = await body(res);
    expect(json.errors.map((e: { path: string }) => e.path)).toEqual(["name", "n"]);
    expect(json.errors[0].message).toBe("name is required");
  });
  it("maps Prisma unique and not-found errors to 409 and 404", () => {
    expect(errorResponse(Object.assign(new Error("Unique constraint"), { code: "P2002" })).status).toBe(409);
    expect(errorResponse(Object.assign(new Error("Record to update not found"), { code: "P2025" })).status).toBe(404);
  });
  it("hides the details of unexpected errors behind a 500", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = errorResponse(new Error("connection string postgres://secret@db"));
    const json = await body(res);
    expect(res.status).toBe(500);
    expect(JSON.stringify(json)).not.toContain("secret");
    spy.mockRestore();
  });
});
