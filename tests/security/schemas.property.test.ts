// Every zod schema that guards lib input: arbitrary (JSON or not) input is refused only with a
// ZodError, never another exception; generated valid input parses, and parsing is idempotent.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZodError, type ZodType } from "zod";
import { createTokenInput } from "@/lib/auth/tokens";
import { assignInput } from "@/lib/claims/assign";
import { bulkAssignInput, bulkSubmitInput, bulkTagInput } from "@/lib/claims/bulk";
import { emailPreferenceInput, listNotificationsInput, markReadInput } from "@/lib/notifications/schemas";
import { reattachInput } from "@/lib/claims/reattach";
import {
  claimantInput,
  claimantRef,
  createClaimInput,
  listClaimsInput,
  relationInput,
  tagSchema,
  updateClaimInput,
} from "@/lib/claims/schemas";
import { commentInput } from "@/lib/comments";
import { importInput } from "@/lib/documents/input";
import { evidenceInput, evidenceUpdate } from "@/lib/evidence/links";
import { searchInput } from "@/lib/publishing/search";
import { reviewInput } from "@/lib/review/actions";
import { queueInput } from "@/lib/review/queue";
import { ratingFields, scaleInput } from "@/lib/review/scales";
import { createSourceInput, listSourcesInput, rateSourceInput, updateSourceInput } from "@/lib/sources/schemas";
import { addUserInput } from "@/lib/users";
import { addMemberInput, changeRoleInput } from "@/lib/workspaces/members";
import { createWorkspaceInput, emailSchema, roleSchema, slugSchema } from "@/lib/workspaces/schemas";

const SCHEMAS: Record<string, ZodType> = {
  createTokenInput,
  assignInput,
  bulkAssignInput,
  bulkSubmitInput,
  bulkTagInput,
  listNotificationsInput,
  markReadInput,
  emailPreferenceInput,
  reattachInput,
  claimantInput,
  claimantRef,
  createClaimInput,
  listClaimsInput,
  relationInput,
  tagSchema,
  updateClaimInput,
  commentInput,
  importInput,
  evidenceInput,
  evidenceUpdate,
  searchInput,
  reviewInput,
  queueInput,
  ratingFields,
  scaleInput,
  createSourceInput,
  listSourcesInput,
  rateSourceInput,
  updateSourceInput,
  addUserInput,
  addMemberInput,
  changeRoleInput,
  createWorkspaceInput,
  emailSchema,
  roleSchema,
  slugSchema,
};

// Values as they arrive: decoded JSON, query strings, and JS oddities a caller might pass.
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "\u0000",
    "\uFEFF",
    "__proto__",
    "constructor",
    " ".repeat(3),
    "=cmd|' /C calc'!A0",
  ),
);
const leaf = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.constant(Symbol("s")),
  fc.constant(Object.create(null)),
);
const anyInput = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
  fc.json({ maxDepth: 3 }).map((s) => JSON.parse(s) as unknown),
  fc.dictionary(
    fc.constantFrom(
      "text",
      "name",
      "slug",
      "email",
      "start",
      "end",
      "version",
      "claimant",
      "tags",
      "url",
      "ratings",
      "claimIds",
      "decision",
      "q",
      "page",
      "limit",
      "__proto__",
    ),
    fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(hostileString, leaf, { maxKeys: 3 })),
    { maxKeys: 8 },
  ),
);

describe("zod schemas under arbitrary input", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: refuses only with a ZodError`, () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          try {
            schema.parse(input);
          } catch (err) {
            if (!(err instanceof ZodError)) throw new Error(`${name} threw ${String(err)}`);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: 300 },
      );
    });
  }
  it("a __proto__ key in JSON input pollutes nothing", () => {
    const input = JSON.parse(
      '{"name":"n","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    claimantInput.parse(input);
    createWorkspaceInput.safeParse(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// Valid input, generated: trimmed, within limits.
const text = (min: number, max: number) =>
  fc.string({ minLength: min, maxLength: max }).filter((s) => s.trim().length >= min && s.trim().length <= max);
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,37}[a-z0-9]$/);
const tag = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/);
const idArb = fc.stringMatching(/^[a-z0-9]{1,30}$/);
const url = fc.webUrl({ validSchemes: ["http", "https"] }).filter((u) => /^https?:/.test(u) && u.length <= 2000);
const VALID: [string, ZodType, fc.Arbitrary<unknown>][] = [
  [
    "createClaimInput",
    createClaimInput,
    fc.record({
      text: text(1, 5000),
      headline: fc.option(text(1, 75), { nil: undefined }),
      tags: fc.array(tag, { maxLength: 30 }),
      claimant: fc.option(fc.record({ name: text(1, 200), aliases: fc.array(text(1, 200), { maxLength: 5 }) }), {
        nil: undefined,
      }),
    }),
  ],
  [
    "createClaimInput (selection)",
    createClaimInput,
    fc
      .tuple(idArb, fc.nat(10_000), fc.integer({ min: 1, max: 500 }))
      .map(([documentId, start, len]) => ({ documentId, start, end: start + len })),
  ],
  [
    "updateClaimInput",
    updateClaimInput,
    fc.record({
      version: fc.integer({ min: 1, max: 1e6 }),
      text: fc.option(text(1, 5000), { nil: undefined }),
      claimedAt: fc.option(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), {
        nil: undefined,
      }),
    }),
  ],
  [
    "relationInput",
    relationInput,
    fc.record({
      fromClaimId: idArb,
      toClaimId: idArb,
      type: fc.constantFrom("supports", "contradicts", "refines", "duplicates"),
      note: fc.option(text(0, 2000), { nil: undefined }),
    }),
  ],
  [
    "createSourceInput",
    createSourceInput,
    fc.record({
      title: text(1, 500),
      url: fc.option(url, { nil: undefined }),
      authors: fc.array(text(1, 200), { maxLength: 5 }),
      notes: fc.option(text(0, 5000), { nil: undefined }),
    }),
  ],
  [
    "rateSourceInput",
    rateSourceInput,
    fc.record({
      version: fc.integer({ min: 1, max: 1e6 }),
      reliability: fc.integer({ min: 1, max: 5 }),
      rationale: text(1, 2000),
    }),
  ],
  [
    "createWorkspaceInput",
    createWorkspaceInput,
    fc.record({ slug, name: text(1, 120), description: fc.option(text(0, 2000), { nil: undefined }) }),
  ],
  [
    "evidenceInput",
    evidenceInput,
    fc.record({
      claimId: idArb,
      sourceId: idArb,
      stance: fc.constantFrom("supports", "contests", "context"),
      excerpt: fc.option(text(0, 1000), { nil: undefined }),
      note: fc.option(text(0, 2000), { nil: undefined }),
    }),
  ],
  [
    "reviewInput",
    reviewInput,
    fc.record({
      decision: fc.constant("approve"),
      ratingId: idArb,
      confidence: fc.constantFrom("low", "medium", "high"),
      rationale: text(1, 20_000),
    }),
  ],
  ["commentInput", commentInput, fc.record({ body: text(1, 10_000) })],
  [
    "importInput",
    importInput,
    fc.record({
      workspace: slug,
      title: fc.option(text(1, 300), { nil: undefined }),
      format: fc.constantFrom("auto", "wikitext", "endnotes", "markdown", "text"),
      text: fc.string(),
    }),
  ],
  [
    "createTokenInput",
    createTokenInput,
    fc.record({
      name: text(1, 80),
      scope: fc.constantFrom("read", "write"),
      expiresInDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: undefined }),
    }),
  ],
  [
    "addUserInput",
    addUserInput,
    fc.record({
      email: fc.stringMatching(/^[a-z0-9]{1,20}(\.[a-z0-9_+-]{1,10})?@[a-z0-9]{1,20}\.[a-z]{2,6}$/),
      password: fc.string({ minLength: 8, maxLength: 200 }),
      workspace: slug,
      role: fc.constantFrom("owner", "editor", "reviewer", "contributor"),
    }),
  ],
];

describe("valid generated input", () => {
  for (const [name, schema, arb] of VALID) {
    it(`${name}: parses, and parsing its output changes nothing`, () => {
      fc.assert(
        fc.property(arb, (input) => {
          const once = schema.safeParse(input);
          if (!once.success) throw new Error(`${name} refused valid input: ${once.error.message}`);
          expect(schema.parse(once.data)).toEqual(once.data);
          // Strings come back as given, only trimmed; passwords exactly as typed (email is also lowercased).
          for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
            const out = (once.data as Record<string, unknown>)[k];
            if (k === "password") expect(out).toBe(v);
            else if (typeof v === "string" && k !== "email" && k !== "text") expect(out).toBe(v.trim());
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});
