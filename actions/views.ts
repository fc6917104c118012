"use server";
// Saved views of the claims list: each calls the lib function the API uses (lib/views).
import { z } from "zod";
import { defineAction, slugArg } from "@/lib/http/action";
import type { ClaimFilters } from "@/lib/claims/schemas";
import { createView, deleteView, updateView } from "@/lib/views";
import type { UpdateViewInput } from "@/lib/views/schemas";

const claimsPage = ({ slug }: { slug: string }) => `/desk/${slug}/claims`;

/** The save form posts the name and a "shared" checkbox ("on" when ticked); the page adds the filters. */
export const createViewAction = defineAction(
  z.object({ slug: slugArg, name: z.unknown(), shared: z.unknown().optional(), filters: z.custom<ClaimFilters>() }),
  async ({ slug, name, shared, filters }, { db, actor }) => {
    const view = await createView(db, actor, slug, { name, shared: shared === true || shared === "on", filters });
    return { id: view.id, name: view.name, count: view.count };
  },
  { revalidate: claimsPage },
);

export const updateViewAction = defineAction(
  z.object({ slug: slugArg, viewId: z.string(), input: z.custom<UpdateViewInput>() }),
  async ({ slug, viewId, input }, { db, actor }) => {
    const view = await updateView(db, actor, slug, viewId, input);
    return { id: view.id, name: view.name, shared: view.shared, version: view.version };
  },
  { revalidate: claimsPage },
);

export const deleteViewAction = defineAction(
  z.object({ slug: slugArg, viewId: z.string() }),
  ({ slug, viewId }, { db, actor }) => deleteView(db, actor, slug, viewId),
  { revalidate: claimsPage },
);
