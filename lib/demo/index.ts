import "server-only";
// The demo workspace: one user per role and the two corpus documents (prisma/demo/).
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db";
export { DEMO_PASSWORD, DEMO_SLUG, DEMO_USERS };
import { systemActor, type Actor } from "@/lib/auth/actor";
import { DEMO_PASSWORD, DEMO_SLUG, DEMO_USERS } from "./accounts";
import { addRelation, createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { DEMO_CLAIMANTS, DEMO_CLAIMS, DEMO_RELATIONS } from "./claims";
import { seedDemoEvidence } from "./evidence";
import { seedDemoWorkflow } from "./workflow";
import { addUser } from "@/lib/users";
import { createWorkspace } from "@/lib/workspaces";

export const DEMO_DOCUMENTS = [
  {
    file: "cia-transnational-crime.wikitext",
    title: "CIA involvement in transnational crime and the drug trade",
    format: "wikitext",
  },
  {
    file: "world-war-drugs.txt",
    title: "World War Drugs: Strengthening International Counternarcotics Cooperation",
    format: "endnotes",
  },
] as const;

const DEMO_DIR = path.resolve(process.cwd(), "prisma/demo");

/** Loads one corpus document through the real importer; the one place to change how demo text arrives. */
export async function loadDemoDocument(db: Db, actor: Actor, doc: (typeof DEMO_DOCUMENTS)[number]) {
  const text = fs.readFileSync(path.join(DEMO_DIR, doc.file), "utf8");
  return importDocument(db, actor, { workspace: DEMO_SLUG, title: doc.title, format: doc.format, text });
}

/** Creates the demo workspace unless it exists. Returns false when there was nothing to do. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await db.workspace.findUnique({ where: { slug: DEMO_SLUG } })) return false;
  const cli = systemActor("seed");
  await createWorkspace(db, cli, {
    slug: DEMO_SLUG,
    name: "Demo desk",
    description:
      "Corroborate's demo: the CIA and the drug trade, and a counternarcotics policy essay. Its verdicts are illustrative.",
  });
  await db.workspace.update({ where: { slug: DEMO_SLUG }, data: { publishDissent: true } });
  for (const u of DEMO_USERS) {
    await addUser(db, cli, {
      email: u.email,
      name: u.name,
      password: DEMO_PASSWORD,
      workspace: DEMO_SLUG,
      role: u.role,
    });
  }
  const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email } });
  const ownerActor: Actor = { kind: "user", userId: owner.id, email: owner.email };
  const docIds: string[] = [];
  for (const doc of DEMO_DOCUMENTS) docIds.push((await loadDemoDocument(db, ownerActor, doc)).documentId!);
  const editor = await db.user.findUniqueOrThrow({
    where: { email: DEMO_USERS.find((u) => u.role === "editor")!.email },
  });
  const editorActor: Actor = { kind: "user", userId: editor.id, email: editor.email };
  const claimIds = await seedDemoClaims(db, editorActor, { wiki: docIds[0], essay: docIds[1] });
  await seedDemoEvidence(db, editorActor, claimIds);
  const asUser = async (role: string): Promise<Actor> => {
    const u = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.find((d) => d.role === role)!.email } });
    return { kind: "user", userId: u.id, email: u.email };
  };
  await seedDemoWorkflow(
    db,
    {
      author: editorActor,
      reviewer: await asUser("reviewer"),
      second: await asUser("owner"),
      publisher: await asUser("owner"),
    },
    claimIds,
  );
  return true;
}

/** Anchors each curated claim at its quote in the imported text, then links the relations. */
export async function seedDemoClaims(db: Db, actor: Actor, docs: { wiki: string; essay: string }) {
  const texts = new Map<string, { text: string; versionId: string }>();
  for (const [k, id] of Object.entries(docs)) {
    const d = await db.document.findUniqueOrThrow({
      where: { id },
      select: { currentVersion: { select: { id: true, text: true } } },
    });
    texts.set(k, { text: d.currentVersion!.text, versionId: d.currentVersion!.id });
  }
  const ids = new Map<string, string>();
  for (const c of DEMO_CLAIMS) {
    const { text, versionId } = texts.get(c.doc)!;
    const start = text.indexOf(c.quote);
    if (start < 0) throw new Error(`demo claim '${c.key}': quote not found in the ${c.doc} document`);
    const claimant = DEMO_CLAIMANTS[c.claimant];
    const claim = await createClaim(db, actor, DEMO_SLUG, {
      documentId: docs[c.doc],
      documentVersionId: versionId,
      start,
      end: start + c.quote.length,
      text: c.text,
      headline: c.headline,
      claimType: c.type,
      tags: c.tags,
      claimedAt: c.claimedAt,
      claimant: {
        name: claimant.name,
        kind: claimant.kind,
        description: claimant.description,
        aliases: claimant.aliases ?? [],
      },
      reportedBy: c.reportedBy
        ? { name: DEMO_CLAIMANTS[c.reportedBy].name, kind: DEMO_CLAIMANTS[c.reportedBy].kind, aliases: [] }
        : undefined,
    });
    ids.set(c.key, claim.id);
  }
  for (const r of DEMO_RELATIONS) {
    await addRelation(db, actor, DEMO_SLUG, {
      fromClaimId: ids.get(r.from)!,
      toClaimId: ids.get(r.to)!,
      type: r.type,
      note: r.note,
    });
  }
  return ids;
}

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.workspace.count()) === 0;
}
