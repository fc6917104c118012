"use server";
// Sources and their reliability: the lib functions the API and CLI use.
import { z } from "zod";
import { defineAction, listField, slugArg, trimmedFields } from "@/lib/http/action";
import { requestCapture, requestLinkCheck } from "@/lib/capture";
import { createSource, listSources, rateSource, updateSource } from "@/lib/sources";

const sourcePage = ({ slug, sourceId }: { slug: string; sourceId: string }) => `/desk/${slug}/sources/${sourceId}`;

// A probable duplicate comes back as `existing` (lib's 409 details) so the form can offer it.
export const createSourceAction = defineAction(
  z.object({ slug: slugArg, input: z.record(z.string(), z.unknown()) }),
  async ({ slug, input }, { db, actor }) => ({ id: (await createSource(db, actor, slug, input)).id }),
  { revalidate: ({ slug }) => `/desk/${slug}/sources` },
);

/** `version` is the one the form was opened on (optimistic lock). */
export const rateSourceAction = defineAction(
  z.object({
    slug: slugArg,
    sourceId: z.string(),
    input: z.custom<{ version: number; reliability: number; rationale: string }>(),
  }),
  async ({ slug, sourceId, input }, { db, actor }) => ({
    version: (await rateSource(db, actor, slug, sourceId, input)).version,
  }),
  { revalidate: sourcePage },
);

export const searchSourcesAction = defineAction(
  z.object({ slug: slugArg, q: z.string() }),
  async ({ slug, q }, { db, actor }) =>
    (await listSources(db, actor, slug, { q, limit: 15 })).items.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
    })),
);

/**
 * The source edit form (useFormAction): its fields beside the ids, `version` the one it was opened
 * on. A blank field is left as it is; authors come as one "a; b" line, the primary box as "on".
 */
export const updateSourceAction = defineAction(
  z.object({ slug: slugArg, sourceId: z.string() }).catchall(z.unknown()),
  async ({ slug, sourceId, ...fields }, { db, actor }) => {
    const { authors, isPrimary, ...rest } = trimmedFields(fields);
    const input = {
      ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === "" ? undefined : v])),
      authors: listField(authors ?? ""),
      isPrimary: isPrimary === "on",
    };
    return { version: (await updateSource(db, actor, slug, sourceId, input)).version };
  },
  { revalidate: sourcePage },
);

export const requestCaptureAction = defineAction(
  z.object({ slug: slugArg, sourceId: z.string() }),
  async ({ slug, sourceId }, { db, actor }) => ({ id: (await requestCapture(db, actor, slug, sourceId)).id }),
  { revalidate: sourcePage },
);

export const requestLinkCheckAction = defineAction(
  z.object({ slug: slugArg, scope: z.enum(["captured", "all"]) }),
  async ({ slug, scope }, { db, actor }) => requestLinkCheck(db, actor, slug, { scope }),
  { revalidate: ({ slug }) => `/desk/${slug}/sources` },
);
