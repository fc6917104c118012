import "server-only";
// The read-only half of a dataset import: decides what would be created, matched or skipped and
// why, without writing. A dry run reports this plan; a real import carries it out (dataset-import).
import { ZodError, type z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  CLAIM_TYPES,
  claimantInput,
  createClaimInput,
  HEADLINE_MAX,
  RELATION_TYPES,
  tagSchema,
  type CreateClaimInput,
} from "@/lib/claims/schemas";
import { previewImport } from "@/lib/documents";
import { parseDocument } from "@/lib/documents/parse";
import { SourceIndex } from "@/lib/documents/source-match";
import { AppError } from "@/lib/errors";
import { evidenceInput } from "@/lib/evidence";
import { findDuplicateSource } from "@/lib/sources";
import { createSourceInput, SOURCE_TYPES, type CreateSourceInput } from "@/lib/sources/schemas";
import { formatZodError } from "@/lib/validation";
import type { Dataset, DatasetClaim, DatasetSource } from "./dataset-parse";

export const ORIGIN_TAG = "imported";

export interface DatasetImportReport {
  dryRun: boolean;
  claims: number;
  /** Claims that keep their anchor in the re-imported document text. */
  anchored: number;
  claimants: { new: number; matched: number };
  sources: { new: number; matched: number };
  documents: { new: number; matched: number };
  evidence: number;
  relations: number;
  warnings: string[];
}

export interface PlannedClaim {
  key: string;
  input: CreateClaimInput;
  documentKey: string | null;
  anchor: { start: number; end: number; exact: string } | null;
}
export interface PlannedDocument {
  key: string;
  title: string;
  text: string;
}
/** A source to create (`existingId` and `sameAs` null), or one matched to a workspace source or to an earlier new one. */
export interface PlannedSource {
  key: string;
  fields: CreateSourceInput;
  existingId: string | null;
  sameAs: string | null;
}
export interface Plan {
  claims: PlannedClaim[];
  documents: PlannedDocument[];
  sources: PlannedSource[];
  evidence: {
    claimKey: string;
    sourceKey: string;
    input: Omit<z.input<typeof evidenceInput>, "claimId" | "sourceId">;
  }[];
  relations: { fromKey: string; toKey: string; type: string; note?: string }[];
  report: DatasetImportReport;
}

const orUndefined = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);
const oneOf = <T extends string>(list: readonly T[], v: string | null | undefined): T | undefined =>
  (list as readonly string[]).includes(v ?? "") ? (v as T) : undefined;

export async function planImport(
  db: Db,
  actor: Actor,
  ws: { id: string; slug: string },
  data: Dataset,
  dryRun: boolean,
): Promise<Plan> {
  const warnings: string[] = [];
  const report: DatasetImportReport = {
    dryRun,
    claims: 0,
    anchored: 0,
    claimants: { new: 0, matched: 0 },
    sources: { new: 0, matched: 0 },
    documents: { new: 0, matched: 0 },
    evidence: 0,
    relations: 0,
    warnings,
  };
  const claimantsById = new Map(data.claimants.map((c) => [c.id, c]));
  const claimantRef = (claim: DatasetClaim, field: "claimantId" | "reportedById") => {
    const ref = claim[field];
    if (!ref) return undefined;
    const c = claimantsById.get(ref);
    if (!c) return void warnings.push(`claim ${claim.id}: ${field} ${ref} is not among the file's claimants; left out`);
    const parsed = claimantInput.safeParse({
      name: c.name,
      kind: oneOf(["person", "organization"], c.kind),
      description: orUndefined(c.description),
      aliases: c.aliases ?? [],
    });
    if (parsed.success) return parsed.data;
    warnings.push(`claim ${claim.id}: claimant '${c.name}' left out (${formatZodError(parsed.error)})`);
  };

  // Claims, validated as createClaim will validate them; status and verdict are never carried over.
  const candidates: { claim: DatasetClaim; input: CreateClaimInput }[] = [];
  for (const claim of data.claims) {
    const tags = new Set<string>();
    for (const t of claim.tags ?? []) {
      const tag = tagSchema.safeParse(t);
      if (tag.success) tags.add(tag.data);
      else warnings.push(`claim ${claim.id}: tag '${t}' dropped (${tag.error.issues[0].message})`);
    }
    const claimType = oneOf(CLAIM_TYPES, claim.claimType);
    if (claim.claimType && !claimType)
      warnings.push(`claim ${claim.id}: unknown claim type '${claim.claimType}'; imported as factual`);
    const claimedAt = claim.claimedAt && !Number.isNaN(Date.parse(claim.claimedAt)) ? claim.claimedAt : undefined;
    if (claim.claimedAt && !claimedAt)
      warnings.push(`claim ${claim.id}: claimedAt '${claim.claimedAt}' is not a date; left out`);
    const headline =
      claim.headline?.trim() && claim.headline.trim().length <= HEADLINE_MAX ? claim.headline.trim() : undefined;
    const input: CreateClaimInput = {
      text: claim.text,
      headline,
      claimType,
      claimedAt,
      tags: [...tags, ORIGIN_TAG].filter((t, i, all) => all.indexOf(t) === i).slice(-30),
      claimant: claimantRef(claim, "claimantId"),
      reportedBy: claimantRef(claim, "reportedById"),
    };
    const valid = createClaimInput.safeParse(input);
    if (!valid.success) warnings.push(`claim ${claim.id} skipped: ${formatZodError(valid.error)}`);
    else candidates.push({ claim, input });
  }

  // Documents the claims are anchored in, re-imported as plain text (their normalized text).
  const docsById = new Map(data.documents.map((d) => [d.id, d]));
  const docTexts = new Map<string, string>();
  const documents: PlannedDocument[] = [];
  for (const key of new Set(candidates.map((c) => c.claim.documentId).filter((d): d is string => !!d))) {
    const doc = docsById.get(key);
    if (!doc?.text?.trim()) {
      warnings.push(`document ${key} is not in the file (or has no text); its claims are imported without anchors`);
      continue;
    }
    // Import by title versions an existing document: a second one of the same title would replace the first's text.
    if (documents.some((d) => d.title.trim() === doc.title.trim())) {
      warnings.push(
        `document '${doc.title}' appears twice in the file; the claims of document ${key} are imported without anchors`,
      );
      continue;
    }
    const preview = await previewImport(db, actor, {
      workspace: ws.slug,
      title: doc.title,
      format: "text",
      text: doc.text,
    }).catch((err: unknown) => {
      if (!(err instanceof AppError || err instanceof ZodError)) throw err;
      warnings.push(
        `document '${doc.title}' cannot be imported (${err instanceof ZodError ? formatZodError(err) : err.message}); its claims are imported without anchors`,
      );
      return null;
    });
    if (!preview) continue;
    if (preview.status === "unchanged") report.documents.matched++;
    else report.documents.new++;
    if (preview.status === "versioned")
      warnings.push(`document '${preview.title}' exists with other text: the import adds version ${preview.version}`);
    docTexts.set(key, parseDocument(doc.text, "text").text);
    documents.push({ key, title: doc.title, text: doc.text });
  }
  const skippedDocs = data.documents.filter((d) => !candidates.some((c) => c.claim.documentId === d.id)).length;
  if (skippedDocs > 0) warnings.push(`${skippedDocs} document(s) without claims in the file were not imported`);

  const claims: PlannedClaim[] = candidates.map(({ claim, input }) => {
    const text = claim.documentId ? docTexts.get(claim.documentId) : undefined;
    if (text === undefined) return { key: claim.id, input, documentKey: null, anchor: null };
    const a = claim.anchor;
    if (!a || a.start == null || a.end == null || !a.exact)
      return { key: claim.id, input, documentKey: claim.documentId!, anchor: null };
    if (text.slice(a.start, a.end) === a.exact)
      return {
        key: claim.id,
        input,
        documentKey: claim.documentId!,
        anchor: { start: a.start, end: a.end, exact: a.exact },
      };
    warnings.push(
      `claim ${claim.id}: its quote no longer matches the document text at ${a.start}–${a.end}; imported without an anchor`,
    );
    return { key: claim.id, input, documentKey: null, anchor: null };
  });
  report.claims = claims.length;
  // Claims are never merged (a second import makes second drafts), but the report says so up front.
  const statements = claims.map((c) => c.input.text!.trim());
  const existing = await db.claim.findMany({
    where: { workspaceId: ws.id, text: { in: statements } },
    select: { id: true, text: true },
  });
  const existingIds = new Map(existing.map((c) => [c.text, c.id]));
  claims.forEach((c, i) => {
    const same = existingIds.get(statements[i]);
    if (same)
      warnings.push(
        `claim ${c.key}: the workspace already has a claim with this statement (${same}); this adds another draft`,
      );
  });
  report.anchored = claims.filter((c) => c.anchor).length;
  const claimKeys = new Set(claims.map((c) => c.key));

  // Claimants, matched the way createClaim matches them: by name (any case) or an exact alias.
  const known = await db.claimant.findMany({ where: { workspaceId: ws.id }, select: { name: true, aliases: true } });
  const names = new Set(known.map((k) => k.name.toLowerCase()));
  const aliases = new Set(known.flatMap((k) => k.aliases));
  const referenced = new Set(
    claims
      .flatMap((c) => [c.input.claimant, c.input.reportedBy])
      .map((r) => (r && "name" in r ? r.name.trim() : null))
      .filter((n): n is string => !!n),
  );
  const seenNames = new Set<string>();
  for (const name of referenced) {
    if (seenNames.has(name.toLowerCase())) continue;
    seenNames.add(name.toLowerCase());
    if (names.has(name.toLowerCase()) || aliases.has(name)) report.claimants.matched++;
    else report.claimants.new++;
  }

  // Sources the evidence needs, deduplicated against the workspace and within the file.
  const sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  const planned = new Map<string, PlannedSource | null>();
  const fresh = new SourceIndex();
  const planSource = async (key: string): Promise<PlannedSource | null> => {
    if (planned.has(key)) return planned.get(key)!;
    const row = sourcesById.get(key);
    const parsed = row ? createSourceInput.safeParse(sourceFields(row)) : null;
    let plan: PlannedSource | null = null;
    if (!row) warnings.push(`source ${key} is not in the file; evidence citing it is skipped`);
    else if (!parsed!.success)
      warnings.push(`source '${row.title}' skipped (${formatZodError(parsed!.error)}); evidence citing it is skipped`);
    else {
      const fields = sourceFields(row);
      const existing = await findDuplicateSource(db, ws.id, fields);
      plan = { key, fields, existingId: existing?.id ?? null, sameAs: existing ? null : (fresh.find(fields) ?? null) };
      if (plan.existingId || plan.sameAs) report.sources.matched++;
      else {
        report.sources.new++;
        fresh.add(key, fields);
      }
    }
    planned.set(key, plan);
    return plan;
  };

  const evidence: Plan["evidence"] = [];
  const evidenceKeys = new Set<string>();
  for (const e of data.evidence) {
    if (!claimKeys.has(e.claimId)) continue;
    const source = await planSource(e.sourceId);
    if (!source) continue;
    const input = {
      stance: e.stance,
      strength: orUndefined(e.strength),
      excerpt: orUndefined(e.excerpt),
      locator: orUndefined(e.locator),
      note: orUndefined(e.note),
    };
    const valid = evidenceInput.safeParse({ ...input, claimId: e.claimId, sourceId: e.sourceId });
    if (!valid.success) {
      warnings.push(`evidence ${e.claimId} ← ${e.sourceId} skipped: ${formatZodError(valid.error)}`);
      continue;
    }
    const dedupe = [e.claimId, source.existingId ?? source.sameAs ?? source.key, e.stance, e.locator ?? ""].join(
      "\u0000",
    );
    if (evidenceKeys.has(dedupe)) continue;
    evidenceKeys.add(dedupe);
    const { claimId: _c, sourceId: _s, ...checked } = valid.data;
    evidence.push({ claimKey: e.claimId, sourceKey: e.sourceId, input: checked });
  }
  report.evidence = evidence.length;

  const relations: Plan["relations"] = [];
  const relationKeys = new Set<string>();
  for (const r of data.relations) {
    if (!claimKeys.has(r.fromClaimId) || !claimKeys.has(r.toClaimId)) continue;
    const type = oneOf(RELATION_TYPES, r.type);
    const key = `${r.fromClaimId}\u0000${r.toClaimId}\u0000${r.type}`;
    if (!type) warnings.push(`relation ${r.fromClaimId} → ${r.toClaimId}: unknown type '${r.type}'; skipped`);
    else if (r.fromClaimId !== r.toClaimId && !relationKeys.has(key)) {
      relationKeys.add(key);
      relations.push({ fromKey: r.fromClaimId, toKey: r.toClaimId, type, note: orUndefined(r.note) });
    }
  }
  report.relations = relations.length;
  const sources = [...planned.values()].filter((s): s is PlannedSource => s !== null);
  return { claims, documents, sources, evidence, relations, report };
}

/** A source's bibliographic fields; its reliability rating is the other workspace's judgement, so it stays behind. */
function sourceFields(s: DatasetSource): CreateSourceInput {
  const fields: CreateSourceInput = {
    title: s.title,
    authors: s.authors ?? [],
    type: oneOf(SOURCE_TYPES, s.type) ?? "other",
  };
  for (const k of [
    "chapter",
    "publisher",
    "date",
    "url",
    "archiveUrl",
    "archiveDate",
    "isbn",
    "doi",
    "page",
    "accessDate",
    "notes",
  ] as const) {
    if (s[k]) fields[k] = s[k]!;
  }
  if (typeof s.isPrimary === "boolean") fields.isPrimary = s.isPrimary;
  return fields;
}
