// What a notification can be about, and how each reads in the inbox and in email.
export const NOTIFICATION_KINDS = [
  "mention",
  "assigned_writer",
  "assigned_reviewer",
  "review_requested",
  "changes_requested",
  "approved",
  "published",
  "corrected",
  "comment",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const EMAIL_MODES = ["immediately", "daily_digest", "off"] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

const PHRASES: Record<NotificationKind, string> = {
  mention: "mentioned you on",
  assigned_writer: "assigned you to write",
  assigned_reviewer: "assigned you to review",
  review_requested: "requested your review of",
  changes_requested: "requested changes to",
  approved: "approved",
  published: "published",
  corrected: "published a correction of",
  comment: "commented on",
};

/** "Ana Editor assigned you to review “The ledger …”". */
export function describeNotification(kind: string, actorName: string | null, headline: string | null): string {
  const phrase = PHRASES[kind as NotificationKind] ?? kind;
  return `${actorName ?? "Someone"} ${phrase} ${headline ? `“${headline}”` : "a claim"}`;
}
