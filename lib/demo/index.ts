import "server-only";
// The demo workspace: one user per role and the two corpus documents (prisma/demo/).
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db";
export { DEMO_PASSWORD, DEMO_SLUG, DEMO_USERS };
import { systemActor, type Actor } from "@/lib/auth/actor";
import { DEMO_PASSWORD, DEMO_SLUG, DEMO_USERS } from "./accounts";
import { importDocument } from "@/lib/documents";
import { addUser } from "@/lib/users";
import { createWorkspace } from "@/lib/workspaces";

export const DEMO_DOCUMENTS = [
  { file: "cia-transnational-crime.wikitext", title: "CIA involvement in transnational crime and the drug trade", format: "wikitext" },
  { file: "world-war-drugs.txt", title: "World War Drugs: Strengthening International Counternarcotics Cooperation", format: "endnotes" },
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
  await createWorkspace(db, cli, { slug: DEMO_SLUG, name: "Demo desk", description: "Corroborate's demo: the CIA and the drug trade, and a counternarcotics policy essay." });
  for (const u of DEMO_USERS) {
    await addUser(db, cli, { email: u.email, name: u.name, password: DEMO_PASSWORD, workspace: DEMO_SLUG, role: u.role });
  }
  const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email } });
  const ownerActor: Actor = { kind: "user", userId: owner.id, email: owner.email };
  for (const doc of DEMO_DOCUMENTS) await loadDemoDocument(db, ownerActor, doc);
  return true;
}

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.workspace.count()) === 0;
}
