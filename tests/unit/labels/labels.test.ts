import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as enums from "@/lib/db/generated/enums";
import { auditActionLabel, fieldLabel, fieldMessage, label, options, plural, type LabelKind } from "@/lib/labels";
import { createClaimInput } from "@/lib/claims/schemas";
import { formatZodError, readableZodError } from "@/lib/validation";

const schemaEnums = (Object.entries(enums) as [string, unknown][]).filter(
  (e): e is [string, Record<string, string>] => typeof e[1] === "object" && e[1] !== null,
);

describe("labels", () => {
  it("has words for every value of every enum in the Prisma schema", () => {
    expect(schemaEnums.length).toBeGreaterThanOrEqual(16);
    for (const [name, values] of schemaEnums) {
      const listed = options(name as LabelKind).map((o) => o.value);
      expect(listed, name).toEqual(Object.values(values));
      for (const v of Object.values(values)) {
        const words = label(name as LabelKind, v);
        expect(words, `${name}.${v}`).not.toBe(v);
        expect(words, `${name}.${v}`).toMatch(/^[A-Z][^_]*$/);
      }
    }
  });

  it("shows an unknown value as words, and nothing for no value", () => {
    expect(label("ClaimStatus", "on_hold")).toBe("On hold");
    expect(label("ClaimStatus", null)).toBe("");
    expect(label("SourceType", "web_page")).toBe("Web page");
    expect(label("ClaimStatus", "changes_requested")).toBe("Changes requested");
  });

  it("puts every audit action written in lib into words", () => {
    const actions = new Set<string>();
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith(".ts") ? [path.join(dir, d.name)] : [],
      );
    for (const file of walk("lib"))
      for (const m of readFileSync(file, "utf8").matchAll(/action: "([a-z]+\.[a-z_]+)"/g)) actions.add(m[1]);
    expect(actions.size).toBeGreaterThan(30);
    for (const a of [
      ...actions,
      "claim.submit",
      "claim.publish",
      "review.approve",
      "review.request_changes",
      "document.delete",
    ]) {
      const words = auditActionLabel(a);
      expect(words, a).toMatch(/^[A-Z]/);
      expect(words, a).not.toMatch(/[._]/);
    }
    expect(auditActionLabel("claim.create")).toBe("Created claim");
    expect(auditActionLabel("review.request_changes")).toBe("Requested changes to claim");
    expect(auditActionLabel("source.link_check")).toBe("Checked the link of source");
    expect(auditActionLabel("widget.frobnicate")).toBe("Widget: frobnicate");
  });

  it("pluralises counts", () => {
    expect(plural(0, "claim")).toBe("0 claims");
    expect(plural(1, "claim")).toBe("1 claim");
    expect(plural(2, "claim")).toBe("2 claims");
    expect(plural(1, "entry", "entries")).toBe("1 entry");
    expect(plural(12345, "entry", "entries")).toBe("12,345 entries");
  });

  it("names fields as the forms label them", () => {
    expect(fieldLabel("text")).toBe("Claim statement");
    expect(fieldLabel("ratingId")).toBe("Rating");
    expect(fieldLabel("claimant.name")).toBe("Claimant name");
    expect(fieldLabel("aliases.2")).toBe("Aliases");
    expect(fieldLabel("sourceId")).toBe("Source");
    expect(fieldMessage("text", "the claim statement must not be empty")).toBe("Claim statement must not be empty");
    expect(fieldMessage("confidence", "confidence must be low, medium or high")).toBe(
      "Confidence must be low, medium or high",
    );
    expect(fieldMessage("ratingId", "Invalid input")).toBe("Rating: invalid input");
    expect(fieldMessage("url", "URL is not valid")).toBe("URL is not valid");
    expect(fieldMessage("", "give a statement or select text")).toBe("Give a statement or select text");
  });

  it("words a refused claim for people and keeps the field path for machines", () => {
    const parsed = createClaimInput.safeParse({ text: "  " });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(readableZodError(parsed.error)).toContain("Claim statement must not be empty");
    expect(readableZodError(parsed.error)).not.toMatch(/\btext:/);
    expect(formatZodError(parsed.error)).toContain("text: the claim statement must not be empty");
  });
});
