"use server";
// Merging duplicate claims, claimants and sources, and undoing the latest merge (lib/merge).
import { z } from "zod";
import { defineAction, slugArg } from "@/lib/http/action";
import { mergeClaim, mergeClaimant, mergeSource, unmerge } from "@/lib/merge";

const envelope = z.object({ slug: slugArg, id: z.string(), into: z.string() });
const LIST = { claim: "claims", claimant: "claimants", source: "sources" } as const;
const page = (entity: keyof typeof LIST) => (a: { slug: string; into?: string }) =>
  a.into ? `/desk/${a.slug}/${LIST[entity]}/${a.into}` : `/desk/${a.slug}/${LIST[entity]}`;

export const mergeClaimAction = defineAction(
  envelope,
  ({ slug, id, into }, { db, actor }) => mergeClaim(db, actor, slug, id, { into }),
  { revalidate: page("claim") },
);

export const mergeClaimantAction = defineAction(
  envelope,
  ({ slug, id, into }, { db, actor }) => mergeClaimant(db, actor, slug, id, { into }),
  { revalidate: page("claimant") },
);

export const mergeSourceAction = defineAction(
  envelope,
  ({ slug, id, into }, { db, actor }) => mergeSource(db, actor, slug, id, { into }),
  { revalidate: page("source") },
);

/** The Undo offered right after a merge: `id` is the merged record. */
export const unmergeAction = defineAction(
  z.object({ slug: slugArg, entity: z.enum(["claim", "claimant", "source"]), id: z.string() }),
  ({ slug, entity, id }, { db, actor }) => unmerge(db, actor, slug, { entity, id }),
  { revalidate: ({ slug, entity }) => `/desk/${slug}/${LIST[entity]}` },
);
