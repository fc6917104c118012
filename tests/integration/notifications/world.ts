// A workspace with a member of each role and a claim written by a contributor, for the
// assignment and notification tests.
import type { Db } from "@/lib/db";
import { createClaim } from "@/lib/claims";
import { makeUser, makeWorkspace } from "../../support/factories";

export async function teamWorld(db: Db) {
  const ws = await makeWorkspace(db);
  const owner = await makeUser(db, { workspaceId: ws.id, role: "owner" });
  const editor = await makeUser(db, { workspaceId: ws.id, role: "editor" });
  const reviewer = await makeUser(db, { workspaceId: ws.id, role: "reviewer" });
  const writer = await makeUser(db, { workspaceId: ws.id, role: "contributor" });
  const outsider = await makeUser(db);
  const ratings = await db.rating.findMany({ where: { scaleId: ws.ratingScaleId! }, orderBy: { position: "asc" } });
  const proposal = { ratingId: ratings[0].id, confidence: "high", rationale: "The ledgers show it." };
  const claim = (text = `Claim ${Math.random().toString(36).slice(2)}: the agency kept two sets of books.`) =>
    createClaim(db, writer.actor, ws.slug, { text });
  return { ws, slug: ws.slug, owner, editor, reviewer, writer, outsider, ratings, proposal, claim };
}
