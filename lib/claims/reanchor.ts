import "server-only";
// When a document gets a new version, every claim anchored to the previous one is re-found in
// the new text. What can't be found confidently is marked orphaned — never silently moved —
// and keeps its old anchor and version so the editor sees where it was.
import type { Prisma } from "@/lib/db";
import { reanchor, type Anchor } from "@/lib/anchoring";

export interface ReanchorSummary {
  anchored: number;
  reanchored: number;
  fuzzy: number;
  orphaned: number;
}

export async function reanchorDocumentClaims(
  tx: Prisma.TransactionClient,
  documentId: string,
  oldVersion: { id: string; text: string },
  newVersion: { id: string; text: string },
): Promise<ReanchorSummary> {
  const claims = await tx.claim.findMany({
    where: { documentId, documentVersionId: oldVersion.id, anchorStart: { not: null } },
    select: { id: true, anchorExact: true, anchorPrefix: true, anchorSuffix: true, anchorStart: true, anchorEnd: true },
  });
  const summary: ReanchorSummary = { anchored: 0, reanchored: 0, fuzzy: 0, orphaned: 0 };
  for (const c of claims) {
    const old: Anchor = { exact: c.anchorExact!, prefix: c.anchorPrefix ?? "", suffix: c.anchorSuffix ?? "", start: c.anchorStart!, end: c.anchorEnd! };
    const r = reanchor(old, newVersion.text, { oldText: oldVersion.text });
    if (r.status === "orphaned") {
      summary.orphaned++;
      await tx.claim.update({ where: { id: c.id }, data: { anchorStatus: "orphaned", version: { increment: 1 } } });
      continue;
    }
    summary[r.status]++;
    await tx.claim.update({
      where: { id: c.id },
      data: {
        documentVersionId: newVersion.id,
        anchorExact: r.anchor.exact, anchorPrefix: r.anchor.prefix, anchorSuffix: r.anchor.suffix,
        anchorStart: r.anchor.start, anchorEnd: r.anchor.end,
        anchorStatus: r.status === "anchored" ? "anchored" : r.status,
        version: { increment: 1 },
      },
    });
  }
  return summary;
}
