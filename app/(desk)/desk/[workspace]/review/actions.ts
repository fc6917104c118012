"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/server";
import { currentActor } from "@/lib/auth/session";
import { updateClaim } from "@/lib/claims";
import { guardedAction } from "@/lib/http/action";
import { openCorrection, publishClaim, retractClaim, reviewClaim, submitClaim } from "@/lib/review";

async function run<T>(args: { slug: string; claimId: string; input?: unknown; why?: string }, work: (db: Awaited<ReturnType<typeof getDb>>, actor: Awaited<ReturnType<typeof currentActor>>) => Promise<T>) {
  const { slug, claimId } = args;
  const db = await getDb();
  const actor = await currentActor();
  const res = await guardedAction(args)(async () => {
    await work(db, actor);
    return true;
  });
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}

export const submitAction = async (slug: string, claimId: string, proposal: unknown) => run({ slug, claimId, input: proposal }, (db, a) => submitClaim(db, a, slug, claimId, proposal));
export const saveProposalAction = async (slug: string, claimId: string, input: unknown) => run({ slug, claimId, input }, (db, a) => updateClaim(db, a, slug, claimId, input));
export const reviewAction = async (slug: string, claimId: string, input: unknown) => run({ slug, claimId, input }, (db, a) => reviewClaim(db, a, slug, claimId, input));
export const publishAction = async (slug: string, claimId: string, input: unknown) => run({ slug, claimId, input }, (db, a) => publishClaim(db, a, slug, claimId, input));
export const retractAction = async (slug: string, claimId: string, input: unknown) => run({ slug, claimId, input }, (db, a) => retractClaim(db, a, slug, claimId, input));
export const openCorrectionAction = async (slug: string, claimId: string) => run({ slug, claimId }, (db, a) => openCorrection(db, a, slug, claimId));
