"use server";
// Workspace settings: members, ratings, tokens, editorial rules. Each returns the message the
// form shows; lib parses the fields (its zod paths become the form's field errors).
import { z } from "zod";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import { defineAction, slugArg } from "@/lib/http/action";
import { updateRating } from "@/lib/review";
import { addUser } from "@/lib/users";
import { addMember, changeMemberRole, removeMember, updateWorkspaceSettings } from "@/lib/workspaces";

const revalidate = ({ slug }: { slug: string }) => `/desk/${slug}/settings`;
const text = z.string().optional().default("");

/** With a password, a new account is created and added; without, an existing user is added. */
export const addMemberAction = defineAction(
  z.object({ slug: slugArg, email: text, role: text, name: text, password: text }),
  async ({ slug, email, role, name, password }, { db, actor }) => {
    if (password) {
      await addUser(db, actor, { email, password, name: name || undefined, workspace: slug, role });
      return `Created ${email.trim().toLowerCase()} as ${role}.`;
    }
    await addMember(db, actor, slug, { email, role });
    return `${email.trim().toLowerCase()} is now ${role}.`;
  },
  { revalidate },
);

export const changeRoleAction = defineAction(
  z.object({ slug: slugArg, membershipId: z.string(), role: text }),
  async ({ slug, membershipId, role }, { db, actor }) => {
    await changeMemberRole(db, actor, slug, { membershipId, role });
    return `Role changed to ${role}.`;
  },
  { revalidate },
);

export const removeMemberAction = defineAction(
  z.object({ slug: slugArg, membershipId: z.string() }),
  async ({ slug, membershipId }, { db, actor }) => {
    await removeMember(db, actor, slug, membershipId);
    return "Member removed.";
  },
  { revalidate },
);

export const updateRatingAction = defineAction(
  // Fields left out stay as they are (lib's partial update).
  z.object({
    slug: slugArg,
    ratingId: z.string(),
    label: z.string().optional(),
    description: z.string().optional(),
    color: z.string().optional(),
  }),
  async ({ slug, ratingId, ...fields }, { db, actor }) =>
    `Saved “${(await updateRating(db, actor, slug, ratingId, fields)).label}”.`,
  { revalidate },
);

/** The secret is in the message: it is shown once and never again. */
export const createTokenAction = defineAction(
  z.object({ slug: slugArg, name: text, scope: z.string().optional().default("read") }),
  async ({ slug, name, scope }, { db, actor }) => {
    const t = await createApiToken(db, actor, slug, { name, scope });
    return { message: `Token “${t.name}” created. Copy it now: it is shown only once.`, secret: t.secret };
  },
  { revalidate },
);

export const revokeTokenAction = defineAction(
  z.object({ slug: slugArg, tokenId: z.string() }),
  async ({ slug, tokenId }, { db, actor }) => {
    await revokeApiToken(db, actor, slug, tokenId);
    return "Token revoked.";
  },
  { revalidate },
);

/** Checkboxes: present ("on") when ticked, absent when not. */
export const updateSettingsAction = defineAction(
  z.object({ slug: slugArg, publishDissent: z.string().optional(), reviewersMayPublish: z.string().optional() }),
  async ({ slug, publishDissent, reviewersMayPublish }, { db, actor }) => {
    await updateWorkspaceSettings(db, actor, slug, {
      publishDissent: publishDissent === "on",
      reviewersMayPublish: reviewersMayPublish === "on",
    });
    return "Settings saved.";
  },
  { revalidate },
);
