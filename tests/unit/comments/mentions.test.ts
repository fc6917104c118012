import { describe, expect, it } from "vitest";
import { mentionHandles } from "@/lib/comments";

describe("mentionHandles", () => {
  it("finds @handles and @emails, once each, ignoring emails in running text", () => {
    expect(mentionHandles("@reviewer please check; cc @Owner.")).toEqual(["reviewer", "owner"]);
    expect(mentionHandles("ask @editor@demo.corroborate.test and @editor")).toEqual([
      "editor@demo.corroborate.test",
      "editor",
    ]);
    expect(mentionHandles("write to someone@example.org")).toEqual([]);
  });
});
