"use server";
// The review workflow's buttons: each calls the lib function the API and CLI use.
import { z } from "zod";
import { updateClaim } from "@/lib/claims";
import { defineAction, slugArg } from "@/lib/http/action";
import { openCorrection, publishClaim, retractClaim, reviewClaim, submitClaim } from "@/lib/review";

const envelope = z.object({ slug: slugArg, claimId: z.string(), input: z.unknown() });
const revalidate = ({ slug, claimId }: { slug: string; claimId: string }) => `/desk/${slug}/claims/${claimId}`;
const done = () => true;

export const submitAction = defineAction(
  envelope,
  ({ slug, claimId, input }, { db, actor }) => submitClaim(db, actor, slug, claimId, input).then(done),
  { revalidate },
);
export const saveProposalAction = defineAction(
  envelope,
  ({ slug, claimId, input }, { db, actor }) => updateClaim(db, actor, slug, claimId, input).then(done),
  { revalidate },
);
export const reviewAction = defineAction(
  envelope,
  ({ slug, claimId, input }, { db, actor }) => reviewClaim(db, actor, slug, claimId, input).then(done),
  { revalidate },
);
export const publishAction = defineAction(
  envelope,
  ({ slug, claimId, input }, { db, actor }) => publishClaim(db, actor, slug, claimId, input).then(done),
  { revalidate },
);
export const retractAction = defineAction(
  envelope,
  ({ slug, claimId, input }, { db, actor }) => retractClaim(db, actor, slug, claimId, input).then(done),
  { revalidate },
);
export const openCorrectionAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string() }),
  ({ slug, claimId }, { db, actor }) => openCorrection(db, actor, slug, claimId).then(done),
  { revalidate },
);
