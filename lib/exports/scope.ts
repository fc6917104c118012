// Which rows an export may read: the publication model's where-builders (lib/publishing/visibility.ts),
// under the names the export writers use. Rows hanging off claims or documents are read only for the
// claims and documents these filters let through, so a public export cannot reach a draft.
// Nothing in the trash is exported (lib/trash/live.ts, inside the builders); a live claim of a
// deleted document is exported without its document (entities/claims-sql.ts), so every foreign key resolves.
import {
  visibleClaimantWhere,
  visibleClaimWhere,
  visibleDocumentWhere,
  visibleSourceWhere,
  type ReadScope,
} from "@/lib/publishing/visibility";

/** Claim statuses the public sees (retracted ones stay visible, marked as retracted). */
export const PUBLIC_STATUSES = ["published", "retracted"] as const;

export type ExportScope = ReadScope;

export const claimWhere = visibleClaimWhere;
export const documentWhere = visibleDocumentWhere;
export const sourceWhere = visibleSourceWhere;
export const claimantWhere = visibleClaimantWhere;
