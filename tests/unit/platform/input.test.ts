import { describe, expect, it } from "vitest";
import { decodeDocumentText } from "@/lib/documents/input";
import { AppError } from "@/lib/errors";

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? `${e.code}: ${e.message}` : String(e);
  }
  return undefined;
}

describe("decodeDocumentText", () => {
  it("refuses empty, NUL-bearing, invalid UTF-8 and oversized input with the reason", () => {
    expect(code(() => decodeDocumentText("  \n\t "))).toMatch(/^unprocessable: document is empty/);
    expect(code(() => decodeDocumentText("abc\u0000def"))).toMatch(/NUL bytes/);
    expect(code(() => decodeDocumentText(new Uint8Array([0x61, 0xff, 0xfe, 0x62])))).toMatch(/not valid UTF-8/);
    expect(code(() => decodeDocumentText("x".repeat(2048), 1024))).toMatch(/^payload_too_large: .*limit/);
  });
  it("says by how much a document is over the limit, even when both round to the same megabytes", () => {
    const limit = 5 * 1024 * 1024;
    expect(code(() => decodeDocumentText("x".repeat(limit + 1), limit))).toBe(
      "payload_too_large: document is 5,242,881 bytes; the limit is 5,242,880 bytes (5 MB)",
    );
    expect(code(() => decodeDocumentText("x".repeat(3 * 1024 * 1024), 1024 * 1024))).toBe(
      "payload_too_large: document is 3 MB; the limit is 1 MB",
    );
  });
  it("refuses a lone surrogate in pasted text but keeps paired ones (emoji)", () => {
    expect(code(() => decodeDocumentText("the report \uD83D found"))).toMatch(
      /^unprocessable: .*unpaired UTF-16 surrogate/,
    );
    expect(decodeDocumentText("the report \uD83D\uDE00 found")).toBe("the report 😀 found");
  });
  it("normalizes line endings and drops a byte-order mark", () => {
    expect(decodeDocumentText(new TextEncoder().encode("\uFEFFa\r\nb\rc"))).toBe("a\nb\nc");
  });
});
