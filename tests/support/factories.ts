// Factories: each test makes its own data.
import crypto from "node:crypto";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db";
import { systemActor, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import { createWorkspace } from "@/lib/workspaces";

export const TEST_PASSWORD = "correct horse battery";
// Hashing once keeps factories fast; sign-in tests still verify against a real bcrypt hash.
const HASH = bcrypt.hashSync(TEST_PASSWORD, 4);

const uid = () => crypto.randomBytes(4).toString("hex");

export async function makeWorkspace(db: Db, overrides: { slug?: string; name?: string; isPublic?: boolean } = {}) {
  const slug = overrides.slug ?? `ws-${uid()}`;
  return createWorkspace(db, systemActor("test"), {
    slug,
    name: overrides.name ?? `Workspace ${slug}`,
    isPublic: overrides.isPublic ?? true,
  });
}

export async function makeUser(db: Db, opts: { workspaceId?: string; role?: Role; email?: string } = {}) {
  const user = await db.user.create({
    data: { email: opts.email ?? `user-${uid()}@example.test`, name: "Test User", passwordHash: HASH },
  });
  if (opts.workspaceId)
    await db.membership.create({
      data: { workspaceId: opts.workspaceId, userId: user.id, role: opts.role ?? "contributor" },
    });
  const actor: Actor = { kind: "user", userId: user.id, email: user.email };
  return { user, actor };
}
