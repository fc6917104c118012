import "server-only";
// importDataset: another workspace's export (JSON contract or claims CSV) into this workspace as
// DRAFT claims tagged `imported`, through the same lib functions the desk uses, so validation,
// permissions and audit events apply. Plan first (dataset-plan); a dry run stops there.
import { ZodError } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { addRelation, createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { AppError } from "@/lib/errors";
import { addEvidence } from "@/lib/evidence";
import { createSource } from "@/lib/sources";
import { formatZodError } from "@/lib/validation";
import { parseDataset } from "./dataset-parse";
import { planImport, type DatasetImportReport, type Plan } from "./dataset-plan";

export type { DatasetImportReport } from "./dataset-plan";

export interface DatasetImportInput {
  workspace: string;
  format: "json" | "csv";
  text: string;
  /** Report what would happen and write nothing. */
  dryRun: boolean;
}

export async function importDataset(db: Db, actor: Actor, input: DatasetImportInput): Promise<DatasetImportReport> {
  if (input.format !== "json" && input.format !== "csv")
    throw new AppError("bad_request", `format must be json or csv, not '${String(input.format)}'`);
  const data = parseDataset(input.format, input.text);
  const access = await authorize(db, actor, input.workspace, "claim.create");
  const ws = access.workspace;
  const plan = await planImport(db, actor, ws, data, input.dryRun);
  // Every permission the import will need, checked before anything is written.
  if (plan.documents.length) assertCan(access, "document.import");
  if (plan.sources.some((s) => !s.existingId && !s.sameAs)) assertCan(access, "source.write");
  if (plan.evidence.length) assertCan(access, "evidence.write");
  if (input.dryRun) return plan.report;
  const claimIds = await carryOut(db, actor, ws.slug, plan);
  await recordAudit(db, actor, {
    workspaceId: ws.id,
    action: "dataset.import",
    entityType: "Workspace",
    entityId: ws.id,
    // The origin of every imported claim: the other workspace and its claim ids.
    after: { origin: data.origin, format: input.format, claims: Object.fromEntries(claimIds), report: plan.report },
  });
  return plan.report;
}

/** A refusal of one item becomes a warning; anything else (the database failing) stops the import. */
function refusal(err: unknown): string {
  if (err instanceof AppError) return err.message;
  if (err instanceof ZodError) return formatZodError(err);
  throw err;
}

/**
 * Writes the plan item by item. Each lib call is its own transaction, so an import cut short by a
 * failure keeps what it created (all drafts, all tagged `imported`); the report counts what was made.
 */
async function carryOut(db: Db, actor: Actor, slug: string, plan: Plan): Promise<Map<string, string>> {
  const { report } = plan;
  const docs = new Map<string, { id: string; text: string }>();
  for (const d of plan.documents) {
    const r = await importDocument(db, actor, { workspace: slug, title: d.title, format: "text", text: d.text });
    const doc = await db.document.findUniqueOrThrow({
      where: { id: r.documentId! },
      select: { currentVersion: { select: { text: true } } },
    });
    docs.set(d.key, { id: r.documentId!, text: doc.currentVersion!.text });
  }

  const sources = new Map<string, string>();
  for (const s of plan.sources) {
    if (s.existingId) sources.set(s.key, s.existingId);
    else if (s.sameAs && sources.has(s.sameAs)) sources.set(s.key, sources.get(s.sameAs)!);
    else {
      try {
        sources.set(s.key, (await createSource(db, actor, slug, s.fields)).id);
      } catch (err) {
        // Someone added the same source meanwhile: createSource names it, so use it.
        const existing =
          err instanceof AppError ? (err.details?.existing as { id?: string } | undefined)?.id : undefined;
        if (existing) sources.set(s.key, existing);
        else report.warnings.push(`source '${s.fields.title}' not created: ${refusal(err)}`);
      }
    }
  }

  const claims = new Map<string, string>();
  for (const c of plan.claims) {
    const doc = c.documentKey ? docs.get(c.documentKey) : undefined;
    let anchor = c.anchor;
    if (anchor && doc?.text.slice(anchor.start, anchor.end) !== anchor.exact) {
      report.warnings.push(`claim ${c.key}: its quote no longer matches the imported text; imported without an anchor`);
      report.anchored--;
      anchor = null;
    }
    try {
      const claim = await createClaim(db, actor, slug, {
        ...c.input,
        ...(doc && (anchor || !c.anchor) && { documentId: doc.id }),
        ...(anchor && { start: anchor.start, end: anchor.end }),
      });
      claims.set(c.key, claim.id);
    } catch (err) {
      report.warnings.push(`claim ${c.key} not created: ${refusal(err)}`);
      report.claims--;
      if (anchor) report.anchored--;
    }
  }

  for (const e of plan.evidence) {
    const claimId = claims.get(e.claimKey);
    const sourceId = sources.get(e.sourceKey);
    try {
      if (!claimId || !sourceId) throw new AppError("unprocessable", "its claim or source was not created");
      await addEvidence(db, actor, slug, { ...e.input, claimId, sourceId });
    } catch (err) {
      report.warnings.push(`evidence ${e.claimKey} ← ${e.sourceKey} not linked: ${refusal(err)}`);
      report.evidence--;
    }
  }

  for (const r of plan.relations) {
    const fromClaimId = claims.get(r.fromKey);
    const toClaimId = claims.get(r.toKey);
    try {
      if (!fromClaimId || !toClaimId) throw new AppError("unprocessable", "one of its claims was not created");
      await addRelation(db, actor, slug, { fromClaimId, toClaimId, type: r.type, note: r.note });
    } catch (err) {
      report.warnings.push(`relation ${r.fromKey} → ${r.toKey} not added: ${refusal(err)}`);
      report.relations--;
    }
  }
  return claims;
}
