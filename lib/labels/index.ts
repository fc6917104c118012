// The words people read for the values the code stores: every status, type, role, audit action,
// source kind, rating and excerpt kind shown on a desk or public page comes from here, so pages
// never print an enum value (tests/e2e/words.spec.ts checks). No server-only: client components
// (forms, the reader) need the same words. The API and exports keep the stored values.
import type * as E from "@/lib/db/generated/enums";

type Words<T extends string> = Readonly<Record<T, string>>;

const ENUMS = {
  ClaimStatus: {
    draft: "Draft",
    in_review: "In review",
    changes_requested: "Changes requested",
    approved: "Approved",
    published: "Published",
    retracted: "Retracted",
  } satisfies Words<E.ClaimStatus>,
  ClaimType: {
    factual: "Factual",
    allegation: "Allegation",
    statistic: "Statistic",
    quotation: "Quotation",
    opinion: "Opinion",
    prediction: "Prediction",
  } satisfies Words<E.ClaimType>,
  Role: { owner: "Owner", editor: "Editor", reviewer: "Reviewer", contributor: "Contributor" } satisfies Words<E.Role>,
  SourceType: {
    official_report: "Official report",
    court_record: "Court record",
    testimony: "Testimony",
    news_article: "News article",
    book: "Book",
    academic_paper: "Academic paper",
    interview: "Interview",
    dataset: "Dataset",
    opinion: "Opinion piece",
    web_page: "Web page",
    other: "Other",
  } satisfies Words<E.SourceType>,
  ClaimantKind: { person: "Person", organization: "Organization" } satisfies Words<E.ClaimantKind>,
  AnchorStatus: {
    anchored: "Anchored in the text",
    reanchored: "Re-anchored after an edit",
    fuzzy: "Approximately anchored",
    orphaned: "No longer found in the text",
  } satisfies Words<E.AnchorStatus>,
  Confidence: { low: "Low", medium: "Medium", high: "High" } satisfies Words<E.Confidence>,
  RelationType: {
    supports: "Supports",
    contradicts: "Contradicts",
    refines: "Refines",
    duplicates: "Duplicates",
  } satisfies Words<E.RelationType>,
  Stance: { supports: "Supports", contests: "Contests", context: "Context" } satisfies Words<E.Stance>,
  Strength: { weak: "Weak", moderate: "Moderate", strong: "Strong" } satisfies Words<E.Strength>,
  ReviewDecision: { approve: "Approve", request_changes: "Request changes" } satisfies Words<E.ReviewDecision>,
  CorrectionKind: { correction: "Correction", retraction: "Retraction" } satisfies Words<E.CorrectionKind>,
  TokenScope: { read: "Read only", write: "Read and write" } satisfies Words<E.TokenScope>,
  ExcerptKind: { quote: "Quotation from the source", summary: "Summary" } satisfies Words<E.ExcerptKind>,
  DocumentFormat: {
    wikitext: "Wikitext",
    endnotes: "Text with endnotes",
    markdown: "Markdown",
    text: "Plain text",
  } satisfies Words<E.DocumentFormat>,
  CaptureStatus: {
    queued: "Queued",
    running: "Capturing",
    done: "Captured",
    failed: "Failed",
  } satisfies Words<E.CaptureStatus>,
  /** Records as people name them (trash rows, audit entity types, merge targets). */
  Entity: {
    claim: "Claim",
    claimant: "Claimant",
    document: "Document",
    source: "Source",
    comment: "Comment",
    evidence: "Evidence",
    relation: "Relation",
    rating: "Rating",
    scale: "Rating scale",
    member: "Member",
    membership: "Membership",
    token: "API token",
    view: "Saved view",
    workspace: "Workspace",
    correction: "Correction",
    review: "Review",
    suggestion: "Suggestion",
    dataset: "Dataset",
    trash: "Trash",
    user: "User",
  },
} as const;

/** A source's reliability rating (1–5) in words. */
export const RELIABILITY_LABELS: Readonly<Record<number, string>> = {
  5: "Primary official record",
  4: "Reputable secondary source",
  3: "Mixed or unestablished reliability",
  2: "Contested source",
  1: "Unreliable source",
};

/** A source's link state (lib/capture): the sentence for the source page, the short form for tables. */
export const LINK_STATE_LABELS = {
  unchecked: "Not captured yet",
  live: "Live: the page answered as captured",
  changed: "Changed since the previous capture",
  failing: "Failing",
} as const;
export type LinkState = keyof typeof LINK_STATE_LABELS;
export const LINK_STATE_SHORT: Readonly<Record<LinkState, string>> = {
  unchecked: "not captured",
  live: "live",
  changed: "changed",
  failing: "failing",
};

export type LabelKind = keyof typeof ENUMS;
type ValueOf<K extends LabelKind> = keyof (typeof ENUMS)[K] & string;

/** Every value a kind has, with its words, in the schema's order (for selects). */
export function options<K extends LabelKind>(kind: K): { value: ValueOf<K>; label: string }[] {
  return Object.entries(ENUMS[kind]).map(([value, label]) => ({ value: value as ValueOf<K>, label }));
}

/** The words for a stored value; an unknown value (an older row) is shown as words, never as code. */
export function label(kind: LabelKind, value: string | null | undefined): string {
  if (!value) return "";
  const words = (ENUMS[kind] as Record<string, string>)[value];
  return words ?? sentence(value);
}

/** "changes_requested" → "Changes requested"; "sourceId" → "Source"; "claimant.name" → "Claimant name". */
export function sentence(code: string): string {
  const words = code
    .replace(/Ids?$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[._-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : code;
}

// What an audit action did, by its verb (the part after the dot): "claim.create" → "Created claim".
const VERBS: Record<string, string> = {
  create: "Created",
  add: "Added",
  update: "Edited",
  edit: "Edited",
  delete: "Moved to the trash:",
  restore: "Restored",
  purge: "Emptied the trash:",
  remove: "Removed",
  merge: "Merged",
  unmerge: "Undid the merge of",
  assign: "Assigned",
  approve: "Approved",
  request_changes: "Requested changes to",
  dissent: "Recorded a dissent on",
  publish: "Published",
  publish_correction: "Published a correction to",
  publish_version: "Published a new version of",
  retract: "Retracted",
  reattach: "Re-attached",
  tags: "Changed the tags of",
  rate: "Rated",
  capture: "Captured",
  capture_sources: "Captured the sources of",
  link_check: "Checked the link of",
  dismiss: "Dismissed",
  open: "Opened",
  import: "Imported",
  revoke: "Revoked",
  role: "Changed the role of",
  settings: "Changed the settings of",
  email_mode: "Changed the email setting of",
  approval_superseded: "Set aside the approval of",
};

/** "claim.create" → "Created claim"; "review.approve" → "Approved claim". */
export function auditActionLabel(action: string): string {
  const [entity, verb = ""] = action.split(".", 2);
  // Reviews and corrections act on a claim: name the claim, as the person saw it.
  const thing = entity === "review" ? "claim" : label("Entity", entity).toLowerCase();
  const did = VERBS[verb];
  if (entity === "trash" && verb === "purge") return "Emptied the trash";
  if (verb === "submit") return `Submitted ${thing} for review`;
  return did ? `${did} ${thing}` : `${sentence(entity)}: ${sentence(verb).toLowerCase()}`;
}

const PLURAL = new Intl.PluralRules("en");
/** "1 claim", "2 claims", "0 claims"; give `many` for irregular words ("1 evidence link"…). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${PLURAL.select(n) === "one" ? one : many}`;
}

// How forms label their fields, by field path, where the path alone would not say it.
const FIELDS: Record<string, string> = {
  text: "Claim statement",
  headline: "Headline",
  ratingId: "Rating",
  claimantId: "Claimant",
  "claimant.name": "Claimant name",
  claimType: "Claim type",
  dueAt: "Due date",
  editorDueAt: "Editor due date",
  reviewerDueAt: "Reviewer due date",
  body: "Comment",
  url: "URL",
  wikidataId: "Wikidata identifier",
  excerptKind: "Excerpt kind",
  publishedAt: "Publication date",
  accessedAt: "Access date",
  isPublic: "Public",
  emailMode: "Email",
  reviewersMayPublish: "Reviewers may publish",
  publishDissent: "Publish dissent",
};

/** A field path as the form labels it: "text" → "Claim statement", "claimant.name" → "Claimant name". */
export function fieldLabel(path: string): string {
  return FIELDS[path] ?? FIELDS[path.replace(/\.\d+(?=\.|$)/g, "")] ?? sentence(path.replace(/\.\d+(?=\.|$)/g, ""));
}

/**
 * One message naming its field as the form does: ("text", "the claim statement must not be
 * empty") → "Claim statement must not be empty"; ("confidence", "Invalid option") → "Confidence:
 * invalid option". A message already naming the field (by path or label) keeps its words.
 */
export function fieldMessage(path: string, message: string): string {
  if (!path) return message ? message[0].toUpperCase() + message.slice(1) : message;
  const name = fieldLabel(path);
  const lower = message.toLowerCase();
  for (const prefix of [`the ${name.toLowerCase()} `, `${name.toLowerCase()} `, `${path} `, `a ${name.toLowerCase()} `])
    if (lower.startsWith(prefix.toLowerCase())) return `${name} ${message.slice(prefix.length)}`;
  // Lower-case the first letter unless it opens an acronym ("URL").
  const head = /^[A-Z][a-z]/.test(message) ? message[0].toLowerCase() : (message[0] ?? "");
  return `${name}: ${head}${message.slice(1)}`;
}
