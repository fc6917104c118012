// Audit events → readable history entries: who did what, with a structured diff (word diffs of
// texts, labelled values, added/removed lists). Ids are resolved to names through `Lookup`; an
// event this file doesn't know still reads as a sentence, never as its JSON. Pure.
import { wordDiff, type DiffPart } from "@/lib/publishing/textdiff";
import type { RevisionChange } from "./revision-diff";
import { STATES } from "./workflow";
// `labelOf`: the words for stored values; `label` is a change's own field name in this file.
import { auditActionLabel, label as labelOf, sentence } from "@/lib/labels";

export type TimelineChange =
  | { kind: "text"; label: string; parts: DiffPart[] }
  | { kind: "value"; label: string; from: string | null; to: string | null }
  | { kind: "list"; label: string; added: string[]; removed: string[] };

export type TimelineKind =
  | "created"
  | "edited"
  | "submitted"
  | "approved"
  | "changes_requested"
  | "dissent"
  | "superseded"
  | "evidence_added"
  | "evidence_changed"
  | "evidence_removed"
  | "evidence_restored"
  | "published"
  | "correction_opened"
  | "retracted"
  | "relation_added"
  | "relation_removed"
  | "reattached"
  | "assigned"
  | "other";

export interface TimelineEntry {
  /** The audit event's id (an `evidence_removed` entry is restored by it). */
  id: string;
  at: Date;
  who: string;
  kind: TimelineKind;
  summary: string;
  changes: TimelineChange[];
  /** Markdown written by a person (review rationale, public reason), rendered sanitized. */
  note?: string | null;
  /** An approval that no longer counts because the content changed after it. */
  superseded?: boolean;
  /** A removed link that can be put back (not restored yet, no equal link now). */
  restorable?: boolean;
}

export interface TimelineEvent {
  id: string;
  action: string;
  entityId: string;
  actorId: string | null;
  actorLabel: string;
  at: Date;
  before: unknown;
  after: unknown;
}

export interface ReviewInfo {
  decision: string;
  isDissent: boolean;
  ratingId: string | null;
  confidence: string | null;
  proposedRatingId: string | null;
  proposedConfidence: string | null;
  rationale: string;
  supersededAt: Date | null;
}

export interface Lookup {
  claimId: string;
  user(id: string | null): string | null;
  rating(id: string | null): string | null;
  claimant(id: string | null): string | null;
  source(id: string | null): string | null;
  claim(id: string | null): string | null;
  review(id: string): ReviewInfo | undefined;
  /** The public reason of the correction published as revision `n`, or of the retraction. */
  correctionWhy(revision: number | null, kind: "correction" | "retraction"): string | null;
  restored(removeEventId: string): boolean;
  linked(sourceId: string, stance: string): boolean;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const day = (v: unknown) => str(v)?.slice(0, 10) ?? null;
// A state in words ("Changes requested"); anything else is no state.
const stateLabel = (s: string | null) =>
  s && (STATES as readonly string[]).includes(s) ? labelOf("ClaimStatus", s) : undefined;
// Stored values of the fields below, in words (null stays null: "none" is the reader's word).
const words = (kind: Parameters<typeof labelOf>[0]) => (v: unknown) => (str(v) ? labelOf(kind, str(v)) : null);
const EVIDENCE_KINDS: Record<string, Parameters<typeof labelOf>[0]> = {
  stance: "Stance",
  strength: "Strength",
  excerptKind: "ExcerptKind",
};
const evidenceValue = (k: string, v: unknown) => (EVIDENCE_KINDS[k] ? words(EVIDENCE_KINDS[k])(v) : str(v));

function textChange(label: string, from: string | null, to: string | null): TimelineChange {
  return from && to ? { kind: "text", label, parts: wordDiff(from, to) } : { kind: "value", label, from, to };
}

/** The claim fields an edit can change, how to label them and how to show their values. */
function claimFieldChanges(b: Obj, a: Obj, l: Lookup): TimelineChange[] {
  const out: TimelineChange[] = [];
  const value = (key: string, label: string, show: (v: unknown) => string | null = str) => {
    if (!(key in a) || JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null)) return;
    out.push({ kind: "value", label, from: show(b[key]), to: show(a[key]) });
  };
  const text = (key: string, label: string) => {
    if (key in a && (str(a[key]) ?? "") !== (str(b[key]) ?? "")) out.push(textChange(label, str(b[key]), str(a[key])));
  };
  text("text", "Statement");
  text("headline", "Headline");
  value("claimantId", "Claimant", (v) => l.claimant(str(v)));
  value("reportedById", "Reported by", (v) => l.claimant(str(v)));
  value("reportingSourceId", "Reporting source", (v) => l.source(str(v)));
  value("claimType", "Claim type", words("ClaimType"));
  value("claimedAt", "Claimed on", day);
  if ("tags" in a) out.push(...tagChanges(b.tags, a.tags));
  value("proposedRatingId", "Proposed verdict", (v) => l.rating(str(v)));
  value("proposedConfidence", "Proposed confidence", words("Confidence"));
  text("proposedRationale", "Proposed rationale");
  value("reviewerId", "Reviewer", (v) => l.user(str(v)));
  value("assignedReviewerId", "Reviewer", (v) => l.user(str(v)));
  value("writerId", "Writer", (v) => l.user(str(v)));
  value("writerDueAt", "Writer due", day);
  value("reviewerDueAt", "Review due", day);
  return out;
}

function tagChanges(before: unknown, after: unknown): TimelineChange[] {
  const [b, a] = [strs(before), strs(after)];
  const added = a.filter((t) => !b.includes(t));
  const removed = b.filter((t) => !a.includes(t));
  return added.length || removed.length ? [{ kind: "list", label: "Tags", added, removed }] : [];
}

const EVIDENCE_FIELDS = [
  ["stance", "Stance"],
  ["strength", "Strength"],
  ["locator", "Locator"],
  ["excerpt", "Excerpt"],
  ["note", "Note (internal)"],
] as const;

function evidenceEntry(
  e: TimelineEvent,
  l: Lookup,
): Pick<TimelineEntry, "kind" | "summary" | "changes" | "restorable"> {
  const [b, a] = [obj(e.before), obj(e.after)];
  const link = e.action === "evidence.remove" ? b : a;
  const known = l.source(str(link.sourceId));
  const title = known ?? "a deleted source";
  const stance = str(link.stance) ?? "?";
  const stanceWords = str(link.stance) ? labelOf("Stance", str(link.stance)) : "?";
  if (e.action === "evidence.update") {
    const changes: TimelineChange[] = [];
    for (const [k, label] of EVIDENCE_FIELDS) {
      if ((str(b[k]) ?? null) === (str(a[k]) ?? null)) continue;
      changes.push(
        k === "excerpt" || k === "note"
          ? textChange(label, str(b[k]), str(a[k]))
          : { kind: "value", label, from: evidenceValue(k, b[k]), to: evidenceValue(k, a[k]) },
      );
    }
    return {
      kind: "evidence_changed",
      summary: `Changed evidence: ${title} (${changes.map((c) => c.label.toLowerCase()).join(", ") || "no visible change"})`,
      changes,
    };
  }
  const details: TimelineChange[] = EVIDENCE_FIELDS.filter(([k]) => k !== "stance" && str(link[k])).map(
    ([k, label]) => ({ kind: "value", label, from: null, to: evidenceValue(k, link[k]) }),
  );
  if (e.action === "evidence.remove") {
    const restorable = !!known && !l.restored(e.id) && !l.linked(str(b.sourceId) ?? "", stance);
    return {
      kind: "evidence_removed",
      summary: `Removed evidence: ${title} (${stanceWords})`,
      changes: details,
      restorable,
    };
  }
  if (e.action === "evidence.restore")
    return { kind: "evidence_restored", summary: `Restored evidence: ${title} (${stanceWords})`, changes: details };
  return { kind: "evidence_added", summary: `Added evidence: ${title} (${stanceWords})`, changes: details };
}

function verdictText(l: Lookup, ratingId: string | null, confidence: string | null) {
  return [
    l.rating(ratingId) ?? "no verdict",
    confidence ? `${labelOf("Confidence", confidence).toLowerCase()} confidence` : null,
  ]
    .filter(Boolean)
    .join(", ");
}

function reviewEntry(
  e: TimelineEvent,
  l: Lookup,
): Pick<TimelineEntry, "kind" | "summary" | "changes" | "note" | "superseded"> {
  const r = l.review(e.entityId);
  if (!r) return { kind: "other", summary: "Reviewed the claim", changes: [] };
  if (r.isDissent) {
    return {
      kind: "dissent",
      summary: `Dissented${r.ratingId ? `: would rate it ${verdictText(l, r.ratingId, r.confidence)}` : ""}`,
      changes: [],
      note: r.rationale,
    };
  }
  if (r.decision !== "approve")
    return { kind: "changes_requested", summary: "Requested changes", changes: [], note: r.rationale };
  const approved = verdictText(l, r.ratingId, r.confidence);
  const asProposed = r.ratingId === r.proposedRatingId && r.confidence === r.proposedConfidence;
  const summary = `Approved as ${approved}${asProposed ? " (as proposed)" : ` (proposed: ${verdictText(l, r.proposedRatingId, r.proposedConfidence)})`}${r.supersededAt ? " — superseded by a later edit" : ""}`;
  const changes: TimelineChange[] = asProposed
    ? []
    : [
        {
          kind: "value",
          label: "Verdict",
          from: verdictText(l, r.proposedRatingId, r.proposedConfidence),
          to: approved,
        },
      ];
  return { kind: "approved", summary, changes, note: r.rationale, superseded: !!r.supersededAt };
}

/** Changes a published correction made, as computed when it was published (revision-diff.ts). */
function revisionChangeList(v: unknown, l: Lookup): TimelineChange[] {
  if (!Array.isArray(v)) return [];
  return (v as RevisionChange[]).flatMap((c): TimelineChange[] => {
    if (c.field === "tags") return [{ kind: "list", label: "Tags", added: strs(c.added), removed: strs(c.removed) }];
    if (c.field === "evidence") {
      const label = `Evidence ${c.change}: ${c.source} (${labelOf("Stance", c.stance)})`;
      if (c.change !== "changed") return [{ kind: "value", label, from: null, to: null }];
      return (c.what ?? []).map((w) => ({
        kind: "value" as const,
        label: `${label}, ${sentence(w.part).toLowerCase()}`,
        from: evidenceValue(w.part, w.from),
        to: evidenceValue(w.part, w.to),
      }));
    }
    const label = c.field === "statement" ? "Statement" : c.field[0].toUpperCase() + c.field.slice(1);
    const show = (x: string | null) =>
      c.field === "verdict" ? (l.rating(x) ?? x) : c.field === "confidence" ? words("Confidence")(x) : x;
    return c.field === "rationale" || c.field === "statement"
      ? [textChange(label, c.from, c.to)]
      : [{ kind: "value", label, from: show(c.from), to: show(c.to) }];
  });
}

function relationEntry(e: TimelineEvent, l: Lookup): Pick<TimelineEntry, "kind" | "summary" | "changes"> {
  const rel = obj(e.action === "relation.remove" ? e.before : e.after);
  const outgoing = str(rel.fromClaimId) === l.claimId;
  const other = `“${l.claim(str(outgoing ? rel.toClaimId : rel.fromClaimId)) ?? "a deleted claim"}”`;
  const type = str(rel.type) ?? "related";
  const phrase = outgoing ? `this claim ${type} ${other}` : `${other} ${type} this claim`;
  return e.action === "relation.remove"
    ? { kind: "relation_removed", summary: `Removed the relation: ${phrase}`, changes: [] }
    : { kind: "relation_added", summary: `Related: ${phrase}`, changes: [] };
}

function describe(e: TimelineEvent, l: Lookup): Omit<TimelineEntry, "id" | "at" | "who"> {
  const [b, a] = [obj(e.before), obj(e.after)];
  if (e.action.startsWith("evidence.")) return evidenceEntry(e, l);
  if (e.action.startsWith("review.")) return reviewEntry(e, l);
  if (e.action.startsWith("relation.")) return relationEntry(e, l);
  switch (e.action) {
    case "claim.create":
      return {
        kind: "created",
        summary: "Created the claim",
        changes: [{ kind: "value", label: "Statement", from: null, to: str(a.text) }],
      };
    case "claim.update": {
      const changes = claimFieldChanges(b, a, l);
      return {
        kind: "edited",
        summary: `Edited ${changes.map((c) => c.label.toLowerCase()).join(", ") || "the claim (no reviewed change)"}`,
        changes,
      };
    }
    case "claim.tags":
      return { kind: "edited", summary: "Changed the tags", changes: tagChanges(b.tags, a.tags) };
    case "claim.assign":
      return {
        kind: "assigned",
        // Events before issue 18 name the reviewer "assignedReviewerId".
        summary: str(a.reviewerId ?? a.assignedReviewerId)
          ? `Assigned to ${l.user(str(a.reviewerId ?? a.assignedReviewerId)) ?? "a former member"} for review`
          : "Removed the assigned reviewer",
        changes: [],
      };
    case "claim.reattach":
      return {
        kind: "reattached",
        summary: "Re-attached the quote to the document's new text",
        changes: [textChange("Quote", str(b.anchorExact), str(a.anchorExact))].filter(
          (c) => c.kind !== "value" || c.from !== c.to,
        ),
      };
    case "claim.submit":
    case "correction.submit": {
      // The submission's event carries the proposed verdict it was submitted with.
      const p = obj(a.proposal);
      const proposed = str(p.ratingId) ? verdictText(l, str(p.ratingId), str(p.confidence)) : null;
      const what = e.action === "correction.submit" ? "Submitted the correction for review" : "Submitted for review";
      return {
        kind: "submitted",
        summary: proposed ? `${what}, proposing ${proposed}` : what,
        changes: [],
        note: str(p.rationale),
      };
    }
    case "claim.approval_superseded": {
      const n = Number(a.supersededApprovals ?? 0);
      const back = str(a.status) === "in_review" && str(b.status) === "approved";
      return {
        kind: "superseded",
        summary: `${n > 1 ? `${n} approvals` : "Approval"} superseded by an edit${back ? "; back in review" : ""}`,
        changes: [],
      };
    }
    case "correction.open":
      return {
        kind: "correction_opened",
        summary: "Correction opened: the verdict and evidence can change until it is published",
        changes: [],
      };
    case "claim.publish":
    case "claim.publish_correction": {
      const n = typeof a.revision === "number" ? a.revision : null;
      const correction = e.action === "claim.publish_correction";
      const summary = `Published ${n ? `revision ${n}` : "the claim"}${correction ? " (correction)" : ""}`;
      return {
        kind: "published",
        summary,
        changes: revisionChangeList(a.changes, l),
        note: correction ? l.correctionWhy(n, "correction") : null,
      };
    }
    case "claim.retract":
      return {
        kind: "retracted",
        summary: "Retracted the claim",
        changes: [],
        note: l.correctionWhy(null, "retraction"),
      };
    default: {
      // Status moves recorded without a review (older events) and anything newer than this file.
      const [from, to] = [stateLabel(str(b.status)), stateLabel(str(a.status))];
      const what = auditActionLabel(e.action);
      return { kind: "other", summary: from && to && from !== to ? `${what}: ${from} → ${to}` : what, changes: [] };
    }
  }
}

/** The review's own event tells it; the claim's status move recorded with it would repeat it. */
const REPEATS = new Set(["claim.approve", "claim.request_changes", "correction.approve", "correction.request_changes"]);

export function timelineEntries(events: TimelineEvent[], l: Lookup): TimelineEntry[] {
  return events
    .filter((e) => !REPEATS.has(e.action))
    .map((e) => ({
      id: e.id,
      at: e.at,
      who: l.user(e.actorId) ?? (e.actorLabel.startsWith("system") ? "System" : e.actorLabel),
      ...describe(e, l),
    }));
}
