"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/server";
import { currentActor } from "@/lib/auth/session";
import { addEvidence, evidenceFromCitation, removeEvidence, restoreEvidence, updateEvidence } from "@/lib/evidence";
import { actionArgsIssue, guardedAction } from "@/lib/http/action";
import { AppError } from "@/lib/errors";
import { createSource, listSources, rateSource, updateSource } from "@/lib/sources";
import type { CreateSourceInput } from "@/lib/sources/schemas";

async function ctx() {
  return { db: await getDb(), actor: await currentActor() };
}

export async function createSourceAction(slug: string, input: CreateSourceInput) {
  const issue = actionArgsIssue({ slug, input });
  if (issue) return { ok: false as const, error: issue };
  const { db, actor } = await ctx();
  try {
    const s = await createSource(db, actor, slug, input);
    revalidatePath(`/desk/${slug}/sources`);
    return { ok: true as const, id: s.id };
  } catch (err) {
    // A probable duplicate comes back with the existing source so the form can offer it.
    if (err instanceof AppError && err.code === "conflict") return { ok: false as const, error: err.message, existing: (err.details as { existing?: { id: string; title: string } })?.existing };
    const res = await guardedAction({ slug, input })(() => Promise.reject(err));
    return { ok: false as const, error: res.ok ? "" : res.error };
  }
}

export async function rateSourceAction(slug: string, sourceId: string, input: { version: number; reliability: number; rationale: string }) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, sourceId, input })(async () => ({ version: (await rateSource(db, actor, slug, sourceId, input)).version }));
  if (res.ok) revalidatePath(`/desk/${slug}/sources/${sourceId}`);
  return res;
}

export async function searchSourcesAction(slug: string, q: string) {
  const { db, actor } = await ctx();
  return guardedAction({ slug, q })(async () => (await listSources(db, actor, slug, { q, limit: 15 })).items.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher })));
}

export async function addEvidenceAction(slug: string, input: Record<string, unknown>) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, input })(async () => ({ id: (await addEvidence(db, actor, slug, input)).id }));
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${String(input.claimId)}`);
  return res;
}

export async function evidenceFromCitationAction(slug: string, claimId: string, sourceId: string, stance: "supports" | "contests" | "context") {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, claimId, sourceId, stance })(async () => ({ id: (await evidenceFromCitation(db, actor, slug, { claimId, sourceId, stance })).id }));
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}

export async function removeEvidenceAction(slug: string, claimId: string, evidenceId: string) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, claimId, evidenceId })(() => removeEvidence(db, actor, slug, evidenceId));
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}

/** Edits a link at the version the form was opened on; a 409 carries the link as it is now. */
export async function updateEvidenceAction(slug: string, claimId: string, evidenceId: string, input: Record<string, unknown>) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, claimId, evidenceId, input })(async () => ({ version: (await updateEvidence(db, actor, slug, evidenceId, input)).version }));
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}

/** Undoes a removal from the claim's history (the `evidence.remove` audit event). */
export async function restoreEvidenceAction(slug: string, claimId: string, auditEventId: string) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, claimId, auditEventId })(async () => ({ id: (await restoreEvidence(db, actor, slug, auditEventId)).id }));
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}

export async function updateSourceAction(slug: string, sourceId: string, input: Record<string, unknown>) {
  const { db, actor } = await ctx();
  const res = await guardedAction({ slug, sourceId, input })(async () => ({ version: (await updateSource(db, actor, slug, sourceId, input)).version }));
  if (res.ok) revalidatePath(`/desk/${slug}/sources/${sourceId}`);
  return res;
}
