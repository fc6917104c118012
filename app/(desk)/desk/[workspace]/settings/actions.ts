"use server";
// Members management: each action parses its form and calls the lib function the API and CLI use.
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getDb } from "@/lib/db/server";
import { currentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/validation";
import { addMember, changeMemberRole, removeMember, updateWorkspaceSettings } from "@/lib/workspaces";
import { addUser } from "@/lib/users";
import { updateRating } from "@/lib/review";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";

export interface FormState {
  ok?: string;
  error?: string;
}

async function run(slug: string, work: () => Promise<string>): Promise<FormState> {
  try {
    const ok = await work();
    revalidatePath(`/desk/${slug}/settings`);
    return { ok };
  } catch (err) {
    if (err instanceof ZodError) return { error: formatZodError(err) };
    if (err instanceof AppError) return { error: err.message };
    throw err;
  }
}

export async function addMemberAction(slug: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await currentActor();
  const db = await getDb();
  const email = String(form.get("email") ?? "");
  const role = String(form.get("role") ?? "");
  const password = String(form.get("password") ?? "");
  return run(slug, async () => {
    if (password) {
      await addUser(db, actor, { email, password, name: String(form.get("name") ?? "") || undefined, workspace: slug, role });
      return `Created ${email.trim().toLowerCase()} as ${role}.`;
    }
    await addMember(db, actor, slug, { email, role });
    return `${email.trim().toLowerCase()} is now ${role}.`;
  });
}

export async function changeRoleAction(slug: string, membershipId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await currentActor();
  const role = String(form.get("role") ?? "");
  return run(slug, async () => {
    await changeMemberRole(await getDb(), actor, slug, { membershipId, role });
    return `Role changed to ${role}.`;
  });
}

export async function removeMemberAction(slug: string, membershipId: string, _prev: FormState): Promise<FormState> {
  const actor = await currentActor();
  return run(slug, async () => {
    await removeMember(await getDb(), actor, slug, membershipId);
    return "Member removed.";
  });
}

export async function updateRatingAction(slug: string, ratingId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await currentActor();
  return run(slug, async () => {
    const r = await updateRating(await getDb(), actor, slug, ratingId, {
      label: String(form.get("label") ?? ""), description: String(form.get("description") ?? ""), color: String(form.get("color") ?? ""),
    });
    return `Saved “${r.label}”.`;
  });
}

export async function createTokenAction(slug: string, _prev: FormState & { secret?: string }, form: FormData): Promise<FormState & { secret?: string }> {
  const actor = await currentActor();
  let secret: string | undefined;
  const res = await run(slug, async () => {
    const t = await createApiToken(await getDb(), actor, slug, { name: String(form.get("name") ?? ""), scope: String(form.get("scope") ?? "read") });
    secret = t.secret;
    return `Token “${t.name}” created. Copy it now: it is shown only once.`;
  });
  return { ...res, secret };
}

export async function revokeTokenAction(slug: string, tokenId: string, _prev: FormState): Promise<FormState> {
  const actor = await currentActor();
  return run(slug, async () => {
    await revokeApiToken(await getDb(), actor, slug, tokenId);
    return "Token revoked.";
  });
}

export async function updateSettingsAction(slug: string, _prev: FormState, form: FormData): Promise<FormState> {
  const actor = await currentActor();
  const db = await getDb();
  return run(slug, async () => {
    await updateWorkspaceSettings(db, actor, slug, {
      publishDissent: form.get("publishDissent") === "on",
      reviewersMayPublish: form.get("reviewersMayPublish") === "on",
    });
    return "Settings saved.";
  });
}
