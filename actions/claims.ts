"use server";
// Claims workbench actions: each calls the lib function the API and CLI use.
import { z } from "zod";
import {
  acceptSuggestion,
  addRelation,
  assignClaim,
  bulkAssign,
  bulkSubmit,
  bulkTagClaims,
  createClaim,
  dismissSuggestion,
  documentSuggestions,
  findSimilarClaims,
  listClaims,
  reattachClaim,
  removeRelation,
  listClaimants,
  updateClaim,
  updateClaimant,
} from "@/lib/claims";
import type { AssignInput } from "@/lib/claims/assign";
import type { CreateClaimInput, UpdateClaimInput } from "@/lib/claims/schemas";
import { defineAction, listField, slugArg, trimmedFields } from "@/lib/http/action";
import { SIMILAR_TEXT_MAX, stringArg } from "@/lib/http/input";

const id = z.string();
const claimPage = (slug: string, claimId: string) => `/desk/${slug}/claims/${claimId}`;

export const createClaimAction = defineAction(
  z.object({ slug: slugArg, input: z.custom<CreateClaimInput>() }),
  async ({ slug, input }, { db, actor }) => ({ id: (await createClaim(db, actor, slug, input)).id }),
  {
    revalidate: ({ slug, input }) =>
      input?.documentId ? `/desk/${slug}/documents/${input.documentId}` : `/desk/${slug}/claims`,
  },
);

// The same cap as GET …/claims/similar: similarity() over a long probe is costly per row.
export const similarClaimsAction = defineAction(
  z.object({ slug: slugArg, text: z.unknown(), excludeId: id.optional() }),
  ({ slug, text, excludeId }, { db, actor }) =>
    findSimilarClaims(db, actor, slug, stringArg("text", text, SIMILAR_TEXT_MAX), { excludeId }),
);

export const suggestionsAction = defineAction(
  z.object({ slug: slugArg, documentId: id }),
  ({ slug, documentId }, { db, actor }) => documentSuggestions(db, actor, slug, documentId),
);

export const acceptSuggestionAction = defineAction(
  z.object({
    slug: slugArg,
    documentId: id,
    input: z.custom<{ start: number; end: number; documentVersionId: string }>(),
  }),
  async ({ slug, documentId, input }, { db, actor }) => ({
    id: (await acceptSuggestion(db, actor, slug, documentId, input)).id,
  }),
  { revalidate: ({ slug, documentId }) => `/desk/${slug}/documents/${documentId}` },
);

export const dismissSuggestionAction = defineAction(
  z.object({ slug: slugArg, documentId: id, sentence: z.unknown() }),
  ({ slug, documentId, sentence }, { db, actor }) => dismissSuggestion(db, actor, slug, documentId, sentence),
);

export const updateClaimAction = defineAction(
  z.object({ slug: slugArg, claimId: id, input: z.custom<UpdateClaimInput>() }),
  async ({ slug, claimId, input }, { db, actor }) => {
    const c = await updateClaim(db, actor, slug, claimId, input);
    return { id: c.id, version: c.version };
  },
  { revalidate: ({ slug, claimId }) => claimPage(slug, claimId) },
);

export const reattachClaimAction = defineAction(
  z.object({
    slug: slugArg,
    claimId: id,
    input: z.custom<{ version: number; start: number; end: number; documentVersionId: string }>(),
  }),
  async ({ slug, claimId, input }, { db, actor }) => ({
    id: (await reattachClaim(db, actor, slug, claimId, input)).id,
  }),
  { revalidate: ({ slug, claimId }) => claimPage(slug, claimId) },
);

export const addRelationAction = defineAction(
  z.object({
    slug: slugArg,
    input: z.custom<{ fromClaimId: string; toClaimId: string; type: string; note?: string }>(),
  }),
  async ({ slug, input }, { db, actor }) => ({ id: (await addRelation(db, actor, slug, input)).id }),
  { revalidate: ({ slug, input }) => [claimPage(slug, input.fromClaimId), claimPage(slug, input.toClaimId)] },
);

export const removeRelationAction = defineAction(
  z.object({ slug: slugArg, relationId: id, claimId: id }),
  ({ slug, relationId }, { db, actor }) => removeRelation(db, actor, slug, relationId),
  { revalidate: ({ slug, claimId }) => claimPage(slug, claimId) },
);

/** For pickers: claims whose text matches, by full text. */
export const searchClaimsAction = defineAction(
  z.object({ slug: slugArg, q: z.string() }),
  async ({ slug, q }, { db, actor }) =>
    (await listClaims(db, actor, slug, { q, limit: 10 })).items.map((c) => ({ id: c.id, headline: c.headline })),
);

export const bulkTagAction = defineAction(
  z.object({ slug: slugArg, input: z.custom<{ claimIds: string[]; add: string[]; remove: string[] }>() }),
  ({ slug, input }, { db, actor }) => bulkTagClaims(db, actor, slug, input),
  { revalidate: ({ slug }) => `/desk/${slug}/claims` },
);

type BulkAssignment = {
  claimIds: string[];
  writerId?: string | null;
  reviewerId?: string | null;
  writerDueAt?: string | null;
  reviewerDueAt?: string | null;
};

/** Writer, reviewer and due dates for every selected claim (lib/claims/bulk.ts bulkAssign). */
export const bulkAssignAction = defineAction(
  z.object({ slug: slugArg, input: z.custom<BulkAssignment>() }),
  ({ slug, input }, { db, actor }) => bulkAssign(db, actor, slug, input),
  { revalidate: ({ slug }) => `/desk/${slug}/claims` },
);

export const bulkSubmitAction = defineAction(
  z.object({ slug: slugArg, input: z.custom<{ claimIds: string[] }>() }),
  ({ slug, input }, { db, actor }) => bulkSubmit(db, actor, slug, input),
  { revalidate: ({ slug }) => `/desk/${slug}/claims` },
);

export const assignClaimAction = defineAction(
  z.object({ slug: slugArg, claimId: id, input: z.custom<AssignInput>() }),
  async ({ slug, claimId, input }, { db, actor }) => {
    const c = await assignClaim(db, actor, slug, claimId, input);
    return { id: c.id, version: c.version };
  },
  { revalidate: ({ slug, claimId }) => [claimPage(slug, claimId), `/desk/${slug}/my-work`] },
);

/**
 * Claimant edit form (useFormAction): its fields beside the ids, `version` being the one the form
 * was opened on (409 when stale). Aliases come as one "a; b" line; a blank description clears it.
 */
export const updateClaimantAction = defineAction(
  z.object({ slug: slugArg, claimantId: z.string() }).catchall(z.unknown()),
  async ({ slug, claimantId, ...fields }, { db, actor }) => {
    const { aliases, description, ...rest } = trimmedFields(fields);
    const input = {
      ...rest,
      description: description === "" ? null : description,
      aliases: listField(aliases),
    };
    return { version: (await updateClaimant(db, actor, slug, claimantId, input)).version };
  },
  { revalidate: ({ slug, claimantId }) => [`/desk/${slug}/claimants`, `/desk/${slug}/claimants/${claimantId}`] },
);

/** The merge dialog's target picker: claimants whose name contains `q`. */
export const searchClaimantsAction = defineAction(
  z.object({ slug: slugArg, q: z.string() }),
  async ({ slug, q }, { db, actor }) =>
    (await listClaimants(db, actor, slug, q)).slice(0, 15).map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
);
