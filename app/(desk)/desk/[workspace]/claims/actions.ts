"use server";
// Claims workbench actions: each calls the lib function the API and CLI use.
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/server";
import { currentActor } from "@/lib/auth/session";
import {
  acceptSuggestion, addRelation, createClaim, dismissSuggestion, documentSuggestions, findSimilarClaims,
  reattachClaim, removeRelation, updateClaim, listClaims, bulkTagClaims, bulkAssignReviewer,
} from "@/lib/claims";
import type { CreateClaimInput, UpdateClaimInput } from "@/lib/claims/schemas";
import { guardedAction } from "@/lib/http/action";
import { SIMILAR_TEXT_MAX, stringArg } from "@/lib/http/input";

async function ctx() {
  return { db: await getDb(), actor: await currentActor() };
}

export async function createClaimAction(slug: string, input: CreateClaimInput & { duplicateOf?: string }) {
  const { db, actor } = await ctx();
  const { duplicateOf, ...claimInput } = input;
  const res = await guardedAction({ slug, input })(async () => {
    const claim = await createClaim(db, actor, slug, claimInput);
    if (duplicateOf) await addRelation(db, actor, slug, { fromClaimId: claim.id, toClaimId: duplicateOf, type: "duplicates" });
    return { id: claim.id };
  });
  if (res.ok && input.documentId) revalidatePath(`/desk/${slug}/documents/${input.documentId}`);
  return res;
}

export async function similarClaimsAction(slug: string, text: string, excludeId?: string) {
  const { db, actor } = await ctx();
  // The same cap as GET …/claims/similar: similarity() over a long probe is costly per row.
  return guardedAction({ slug, text, excludeId })(() => findSimilarClaims(db, actor, slug, stringArg("text", text, SIMILAR_TEXT_MAX), { excludeId }));
}

export async function suggestionsAction(slug: string, documentId: string) {
  const { db, actor } = await ctx();
  return guardedAction({ slug, documentId })(() => documentSuggestions(db, actor, slug, documentId));
}

export async function acceptSuggestionAction(slug: string, documentId: string, s: { start: number; end: number; documentVersionId: string }) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, documentId, s })(async () => ({ id: (await acceptSuggestion(db, actor, slug, documentId, s)).id }));
  revalidatePath(`/desk/${slug}/documents/${documentId}`);
  return res;
}

export async function dismissSuggestionAction(slug: string, documentId: string, sentence: string) {
  const { db, actor } = await ctx();
  return guardedAction({ slug, documentId, sentence })(() => dismissSuggestion(db, actor, slug, documentId, sentence));
}

export async function updateClaimAction(slug: string, claimId: string, input: UpdateClaimInput) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, claimId, input })(async () => {
    const c = await updateClaim(db, actor, slug, claimId, input);
    return { id: c.id, version: c.version };
  });
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}

export async function reattachClaimAction(slug: string, claimId: string, input: { version: number; start: number; end: number; documentVersionId: string }) {
  const { db, actor } = await ctx();
  return guardedAction({ slug, claimId, input })(async () => ({ id: (await reattachClaim(db, actor, slug, claimId, input)).id }));
}

export async function addRelationAction(slug: string, input: { fromClaimId: string; toClaimId: string; type: string; note?: string }) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, input })(async () => ({ id: (await addRelation(db, actor, slug, input)).id }));
  if (res.ok) {
    revalidatePath(`/desk/${slug}/claims/${input.fromClaimId}`);
    revalidatePath(`/desk/${slug}/claims/${input.toClaimId}`);
  }
  return res;
}

export async function removeRelationAction(slug: string, relationId: string, claimId: string) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, relationId, claimId })(() => removeRelation(db, actor, slug, relationId));
  revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}

/** For pickers: claims whose text matches, by full text. */
export async function searchClaimsAction(slug: string, q: string) {
  const { db, actor } = await ctx();
  return guardedAction({ slug, q })(async () => (await listClaims(db, actor, slug, { q, limit: 10 })).items.map((c) => ({ id: c.id, headline: c.headline })));
}

export async function bulkTagAction(slug: string, input: { claimIds: string[]; add: string[]; remove: string[] }) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, input })(() => bulkTagClaims(db, actor, slug, input));
  revalidatePath(`/desk/${slug}/claims`);
  return res;
}

export async function bulkAssignAction(slug: string, input: { claimIds: string[]; reviewerId: string | null }) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, input })(() => bulkAssignReviewer(db, actor, slug, input));
  revalidatePath(`/desk/${slug}/claims`);
  return res;
}
