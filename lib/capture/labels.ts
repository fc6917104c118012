// Words for a source's link state, shared by the desk sources list and the source page (no
// server-only: the capture panel is a client component).
export const LINK_STATE_LABELS = {
  unchecked: "Not captured yet",
  live: "Live: the page answered as captured",
  changed: "Changed since the previous capture",
  failing: "Failing",
} as const;
export type LinkState = keyof typeof LINK_STATE_LABELS;

/** The short form for tables. */
export const LINK_STATE_SHORT: Record<LinkState, string> = {
  unchecked: "not captured",
  live: "live",
  changed: "changed",
  failing: "failing",
};
