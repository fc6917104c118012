"use server";
// Notifications in the desk: mark read, mark all read, and the member's email preference.
import { z } from "zod";
import { defineAction, slugArg } from "@/lib/http/action";
import { markNotificationsRead, setEmailPreference } from "@/lib/notifications";

const desk = ({ slug }: { slug: string }) => [`/desk/${slug}/inbox`, `/desk/${slug}/my-work`];

export const markReadAction = defineAction(
  z.object({ slug: slugArg, ids: z.array(z.string()) }),
  ({ slug, ids }, { db, actor }) => markNotificationsRead(db, actor, slug, { ids }),
  { revalidate: desk },
);

export const markAllReadAction = defineAction(
  z.object({ slug: slugArg }),
  ({ slug }, { db, actor }) => markNotificationsRead(db, actor, slug, { all: true }),
  { revalidate: desk },
);

export const emailPreferenceAction = defineAction(
  z.object({ slug: slugArg, emailMode: z.unknown() }),
  ({ slug, emailMode }, { db, actor }) => setEmailPreference(db, actor, slug, { emailMode }),
  { revalidate: ({ slug }) => `/desk/${slug}/settings` },
);
