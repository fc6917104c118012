// Test worlds that make claims public directly in the database (the workflow is tested
// elsewhere) finish here, so their public state has what publishing would have written: a
// revision snapshot of each public claim, the document version the public sees, and each
// correction's workspace and kind.
import type { Db } from "@/lib/db";
import { claimSnapshot, snapshotSql, type SnapshotParts } from "@/lib/review/snapshot";

export async function snapshotPublicClaims(db: Db, workspaceId: string, retractions: string[] = []) {
  const claims = await db.claim.findMany({
    where: { workspaceId, status: { in: ["published", "retracted"] } },
    select: { id: true, ratingId: true, confidence: true, rationale: true, publishedAt: true },
  });
  for (const c of claims) {
    await db.$transaction(async (tx) => {
      const claim = await tx.claim.findUniqueOrThrow({ where: { id: c.id } });
      const [parts] = await tx.$queryRaw<
        SnapshotParts[]
      >`SELECT ${snapshotSql(c.id)} FROM "Claim" c WHERE c.id = ${c.id}`;
      const { data } = claimSnapshot(claim, parts);
      const last = await tx.claimRevision.findFirst({ where: { claimId: c.id }, orderBy: { number: "desc" } });
      if (last) await tx.claimRevision.update({ where: { id: last.id }, data });
      else
        await tx.claimRevision.create({
          data: {
            claimId: c.id,
            number: 1,
            ratingId: c.ratingId,
            confidence: c.confidence,
            rationale: c.rationale,
            publishedAt: c.publishedAt ?? new Date(),
            ...data,
          },
        });
    });
  }
  await db.$executeRaw`UPDATE "Document" d SET "publishedVersionId" = d."currentVersionId" WHERE d."workspaceId" = ${workspaceId}
    AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."documentId" = d.id AND c.status IN ('published', 'retracted'))`;
  await db.$executeRaw`UPDATE "Correction" k SET "workspaceId" = c."workspaceId" FROM "Claim" c WHERE c.id = k."claimId" AND c."workspaceId" = ${workspaceId}`;
  if (retractions.length)
    await db.correction.updateMany({ where: { id: { in: retractions } }, data: { kind: "retraction" } });
}
