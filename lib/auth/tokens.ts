import "server-only";
// API tokens: a random secret shown once; only its SHA-256 is stored (high-entropy secrets
// need no slow hash). Owners create and revoke them.
import crypto from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { authorize } from "./access";
import type { Actor } from "./actor";

const PREFIX = "cbr_";
export const hashToken = (secret: string) => crypto.createHash("sha256").update(secret).digest("hex");

export const createTokenInput = z.object({
  name: z.string().trim().min(1, "name is required").max(80),
  scope: z.enum(["read", "write"], { error: "scope must be read or write" }).default("read"),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export async function createApiToken(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = createTokenInput.parse(input);
  const { workspace } = await authorize(db, actor, slug, "token.manage");
  const secret = PREFIX + crypto.randomBytes(24).toString("base64url");
  const token = await db.$transaction(async (tx) => {
    const t = await tx.apiToken.create({
      data: {
        workspaceId: workspace.id,
        name: data.name,
        scope: data.scope,
        prefix: secret.slice(0, 10),
        tokenHash: hashToken(secret),
        createdById: actor.kind === "user" ? actor.userId : null,
        expiresAt: data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null,
      },
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "token.create",
      entityType: "ApiToken",
      entityId: t.id,
      after: { name: t.name, scope: t.scope, prefix: t.prefix },
    });
    return t;
  });
  return { id: token.id, name: token.name, scope: token.scope, secret };
}

export async function revokeApiToken(db: Db, actor: Actor, slug: string, tokenId: string) {
  const { workspace } = await authorize(db, actor, slug, "token.manage");
  await db.$transaction(async (tx) => {
    const t = await tx.apiToken.findFirst({ where: { id: tokenId, workspaceId: workspace.id } });
    if (!t) throw new AppError("not_found", "token not found");
    await tx.apiToken.update({ where: { id: t.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "token.revoke",
      entityType: "ApiToken",
      entityId: t.id,
    });
  });
}

/** Resolves a Bearer secret to a token actor; revoked, expired or unknown tokens are refused alike. */
export async function actorFromToken(db: Db, secret: string): Promise<Actor> {
  const t = secret.startsWith(PREFIX)
    ? await db.apiToken.findUnique({ where: { tokenHash: hashToken(secret) } })
    : null;
  if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= new Date())) {
    throw new AppError("unauthenticated", "the API token is invalid, expired or revoked");
  }
  // Best effort: last-used time is informational and must not fail the request.
  await db.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  return { kind: "token", tokenId: t.id, workspaceId: t.workspaceId, scope: t.scope, userId: t.createdById };
}

/** The settings page's list: never the secret, only its prefix. */
export async function listApiTokens(db: Db, actor: Actor, slug: string) {
  const { workspace } = await authorize(db, actor, slug, "token.manage");
  return db.apiToken.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      expiresAt: true,
    },
  });
}
