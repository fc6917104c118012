import "server-only";
// When a document gets a new version, every claim anchored to the previous one is re-found in
// the new text. What can't be found confidently is marked orphaned — never silently moved —
// and keeps its old anchor and version so the editor sees where it was. Published claims stay in
// the version the public sees until someone publishes the new one (publishDocumentVersion).
import type { Prisma } from "@/lib/db";
import { reanchor, type Anchor } from "@/lib/anchoring";
import type { Actor } from "@/lib/auth/actor";
import { recordContentChange } from "@/lib/review/cycle";
import { PUBLIC_STATUSES } from "@/lib/publishing/visibility";
import { CYCLE_CLAIM_SELECT } from "@/lib/review/cycle";

export interface ReanchorSummary {
  anchored: number;
  reanchored: number;
  fuzzy: number;
  orphaned: number;
}

export async function reanchorDocumentClaims(
  tx: Prisma.TransactionClient,
  actor: Actor,
  documentId: string,
  oldVersion: { id: string; text: string },
  newVersion: { id: string; text: string },
  which: "unpublished" | "published" = "unpublished",
): Promise<ReanchorSummary> {
  const claims = await tx.claim.findMany({
    where: {
      documentId,
      documentVersionId: oldVersion.id,
      anchorStart: { not: null },
      status: which === "published" ? { in: PUBLIC_STATUSES } : { notIn: PUBLIC_STATUSES },
    },
    select: {
      ...CYCLE_CLAIM_SELECT,
      anchorExact: true,
      anchorPrefix: true,
      anchorSuffix: true,
      anchorStart: true,
      anchorEnd: true,
    },
  });
  const summary: ReanchorSummary = { anchored: 0, reanchored: 0, fuzzy: 0, orphaned: 0 };
  for (const c of claims) {
    const old: Anchor = {
      exact: c.anchorExact!,
      prefix: c.anchorPrefix ?? "",
      suffix: c.anchorSuffix ?? "",
      start: c.anchorStart!,
      end: c.anchorEnd!,
    };
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
        anchorExact: r.anchor.exact,
        anchorPrefix: r.anchor.prefix,
        anchorSuffix: r.anchor.suffix,
        anchorStart: r.anchor.start,
        anchorEnd: r.anchor.end,
        anchorStatus: r.status === "anchored" ? "anchored" : r.status,
        version: { increment: 1 },
      },
    });
    // A moved anchor is changed reviewed content: an approval given before it no longer holds.
    if (c.status === "approved") await recordContentChange(tx, actor, c, { bumpVersion: false, asEditor: false });
  }
  return summary;
}
