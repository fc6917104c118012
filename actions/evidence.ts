"use server";
// Evidence links between claims and sources: the lib functions the API uses.
import { z } from "zod";
import { addEvidence, evidenceFromCitation, removeEvidence, restoreEvidence, updateEvidence } from "@/lib/evidence";
import { defineAction, slugArg } from "@/lib/http/action";

const claimPage = ({ slug, claimId }: { slug: string; claimId: string }) => `/desk/${slug}/claims/${claimId}`;

export const addEvidenceAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string(), input: z.record(z.string(), z.unknown()) }),
  async ({ slug, claimId, input }, { db, actor }) => ({
    id: (await addEvidence(db, actor, slug, { ...input, claimId })).id,
  }),
  { revalidate: claimPage },
);

export const evidenceFromCitationAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string(), sourceId: z.string(), stance: z.unknown() }),
  async ({ slug, claimId, sourceId, stance }, { db, actor }) => ({
    id: (await evidenceFromCitation(db, actor, slug, { claimId, sourceId, stance })).id,
  }),
  { revalidate: claimPage },
);

export const removeEvidenceAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string(), evidenceId: z.string() }),
  ({ slug, evidenceId }, { db, actor }) => removeEvidence(db, actor, slug, evidenceId),
  { revalidate: claimPage },
);

/** Edits a link at the version the form was opened on; a 409 carries the link as it is now. */
export const updateEvidenceAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string(), evidenceId: z.string(), input: z.record(z.string(), z.unknown()) }),
  async ({ slug, evidenceId, input }, { db, actor }) => ({
    version: (await updateEvidence(db, actor, slug, evidenceId, input)).version,
  }),
  { revalidate: claimPage },
);

/** Undoes a removal from the claim's history (the `evidence.remove` audit event). */
export const restoreEvidenceAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string(), auditEventId: z.string() }),
  async ({ slug, auditEventId }, { db, actor }) => ({ id: (await restoreEvidence(db, actor, slug, auditEventId)).id }),
  { revalidate: claimPage },
);
