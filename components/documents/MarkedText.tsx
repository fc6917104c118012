import type { Segment } from "@/lib/documents/blocks";

/**
 * A text run's characters inside its bold/italic marks. The desk reader, the document view and the
 * public credibility view all render runs through this, so a mark looks the same everywhere; the
 * run is one text node whatever its marks, so selection offsets (components/claims/selection.ts) hold.
 */
export function MarkedText({ segment }: { segment: Extract<Segment, { kind: "text" }> }) {
  let out: React.ReactNode = segment.text;
  if (segment.marks?.includes("italic")) out = <em>{out}</em>;
  if (segment.marks?.includes("bold")) out = <strong>{out}</strong>;
  return out;
}
