// The permission matrix's world: one workspace with a member of every role, a second workspace
// with its own member, and API tokens (read-only, revoked). Fixtures made per matrix cell come
// from `fx`, authored by a separate contributor so no role under test owns what it acts on.
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { systemActor, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import { addRelation, createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { addEvidence } from "@/lib/evidence";
import { publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { createSource } from "@/lib/sources";
import { makeUser, makeWorkspace } from "../support/factories";

export const SUBJECTS = [
  "anonymous",
  "contributor",
  "reviewer",
  "editor",
  "owner",
  "outsider",
  "revokedToken",
  "readToken",
] as const;
export type Subject = (typeof SUBJECTS)[number];

const sys = systemActor("fixture");
const uid = () => crypto.randomBytes(4).toString("hex");
export const CITED =
  "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.";
const DOC = `Findings\n\n${CITED}<ref>{{citation|title=Drugs, Law Enforcement and Foreign Policy|publisher=U.S. Senate|date=1989}}</ref>\n\nAccording to Gary Webb, the cocaine ring sold tons of cocaine in Los Angeles in the 1980s.\n`;

export async function buildWorld(db: Db) {
  const ws = await makeWorkspace(db);
  const other = await makeWorkspace(db);
  const members = {} as Record<Role, Awaited<ReturnType<typeof makeUser>>>;
  for (const role of ["owner", "editor", "reviewer", "contributor"] as const)
    members[role] = await makeUser(db, { workspaceId: ws.id, role });
  const author = await makeUser(db, { workspaceId: ws.id, role: "contributor" });
  const checker = await makeUser(db, { workspaceId: ws.id, role: "reviewer" });
  const outsider = await makeUser(db, { workspaceId: other.id, role: "owner" });
  const read = await createApiToken(db, sys, ws.slug, { name: "read bot", scope: "read" });
  const revoked = await createApiToken(db, sys, ws.slug, { name: "old bot", scope: "write" });
  await revokeApiToken(db, sys, ws.slug, revoked.id);
  const otherToken = await createApiToken(db, sys, other.slug, { name: "other bot", scope: "write" });
  const imported = await importDocument(db, sys, {
    workspace: ws.slug,
    title: "Findings",
    format: "wikitext",
    text: DOC,
  });
  const doc = await db.document.findUniqueOrThrow({
    where: { id: imported.documentId! },
    include: { currentVersion: true },
  });
  const text = doc.currentVersion!.text;
  const citedSource = await db.source.findFirstOrThrow({
    where: { workspaceId: ws.id, title: "Drugs, Law Enforcement and Foreign Policy" },
  });
  const ratings = await db.rating.findMany({ where: { scaleId: ws.ratingScaleId! }, orderBy: { position: "asc" } });
  const slug = ws.slug;

  const draft = (opts: { anchored?: boolean } = {}) =>
    opts.anchored
      ? createClaim(db, author.actor, slug, {
          documentId: doc.id,
          start: text.indexOf(CITED),
          end: text.indexOf(CITED) + CITED.length,
        })
      : createClaim(db, author.actor, slug, {
          text: `Fixture claim ${uid()}: the programme was funded off the books.`,
        });
  const proposal = { ratingId: ratings[0].id, confidence: "high", rationale: "Proposed: the ledgers show it." };
  const inReview = async () => submitClaim(db, author.actor, slug, (await draft()).id, proposal);
  const approved = async () => {
    const c = await inReview();
    await reviewClaim(db, checker.actor, slug, c.id, { decision: "approve", rationale: "Checked." });
    return c;
  };
  const published = async () => publishClaim(db, sys, slug, (await approved()).id);
  const source = () => createSource(db, author.actor, slug, { title: `Fixture source ${uid()}`, force: true });
  const evidence = async () => {
    const [c, s] = [await draft(), await source()];
    return addEvidence(db, author.actor, slug, { claimId: c.id, sourceId: s.id, stance: "supports" });
  };
  const relation = async () => {
    const [a, b] = [await draft(), await draft()];
    return addRelation(db, author.actor, slug, { fromClaimId: a.id, toClaimId: b.id, type: "supports" });
  };
  const member = async () => {
    const u = await makeUser(db, { workspaceId: ws.id, role: "contributor" });
    return db.membership.findFirstOrThrow({ where: { workspaceId: ws.id, userId: u.user.id } });
  };
  const token = () => createApiToken(db, sys, slug, { name: `t-${uid()}` });
  const fx = { draft, inReview, approved, published, source, evidence, relation, member, token };

  const secrets: Record<Subject, string | null> = {
    anonymous: null,
    contributor: null,
    reviewer: null,
    editor: null,
    owner: null,
    outsider: null,
    revokedToken: revoked.secret,
    readToken: read.secret,
  };
  const actors: Partial<Record<Subject, Actor>> = {
    anonymous: { kind: "anonymous" },
    outsider: outsider.actor,
    owner: members.owner.actor,
    editor: members.editor.actor,
    reviewer: members.reviewer.actor,
    contributor: members.contributor.actor,
  };
  return {
    db,
    ws,
    other,
    slug,
    members,
    author,
    checker,
    outsider,
    doc,
    text,
    citedSource,
    ratings,
    proposal,
    fx,
    secrets,
    actors,
    otherToken,
    read,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
