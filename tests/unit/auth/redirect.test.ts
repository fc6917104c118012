// Callback URLs after sign-in (issue 22): `/\evil.example/x` passed a "starts with one slash"
// check, and browsers read it as //evil.example/x.
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/redirect";

const ORIGIN = "http://desk.example.org:3000";

describe("safeCallbackUrl", () => {
  it("refuses targets a browser would resolve to another host", () => {
    for (const raw of [
      "/\\evil.example/x",
      "/\\\t/evil.example/x",
      "/\t/evil.example/x",
      "//evil.example/x",
      "\\\\evil.example",
      "https://evil.example/desk",
      "/\n/evil.example",
      "javascript:alert(1)",
      "http://desk.example.org:3001/desk",
    ]) {
      expect(safeCallbackUrl(raw, ORIGIN), JSON.stringify(raw)).toBe("/desk");
    }
  });
  it("keeps same-origin paths, with their query and fragment, as a path with one leading slash", () => {
    expect(safeCallbackUrl("/desk/demo/claims?status=draft#top", ORIGIN)).toBe("/desk/demo/claims?status=draft#top");
    expect(safeCallbackUrl(`${ORIGIN}/desk/demo`, ORIGIN)).toBe("/desk/demo");
    expect(safeCallbackUrl("/.//evil.example/x", ORIGIN)).toBe("/evil.example/x");
    expect(safeCallbackUrl(undefined, ORIGIN)).toBe("/desk");
  });
});
