// What the desk reader page renders for one part of a document (see parts.ts): the part asked
// for by `?part=`, or the one holding the claim asked for by `?claim=`, laid out with only the
// claims and citations inside it. Pure, so a test can measure the page it makes.
import { layoutBlocks, type BlockCitation, type Block, type TextMark } from "./blocks";
import { documentParts, partAt, READER_PART_CHARS, type DocumentPart } from "./parts";

export interface ReaderDoc {
  text: string;
  sections: { start: number; end: number; level: number; title: string }[];
  quotations: { start: number; end: number }[];
  citations: { id: string; start: number; sourceId: string; label: string | null }[];
  /** Bold and italic ranges of the text (absent: none). */
  marks?: TextMark[];
}
export interface PartClaim {
  id: string;
  start: number;
  end: number;
}

export interface ReaderPart {
  parts: DocumentPart[];
  part: DocumentPart;
  /** The part's text alone; `part.start` is its offset in the document. */
  text: string;
  blocks: Block[];
  /** Ids of the claims whose anchor starts in this part. */
  claimsHere: Set<string>;
  /** The claim asked for, when it is in this part. */
  selected: string | null;
}

export function readerPart(
  doc: ReaderDoc,
  claims: PartClaim[],
  ask: { part?: string; claim?: string },
  maxChars = READER_PART_CHARS,
): ReaderPart {
  const parts = documentParts(doc.text, doc.sections, maxChars);
  const wanted = ask.claim ? claims.find((c) => c.id === ask.claim) : undefined;
  const n = Number(ask.part);
  const part = wanted ? partAt(parts, wanted.start) : (Number.isInteger(n) && parts[n - 1]) || parts[0];
  const inPart = (c: PartClaim) => c.start >= part.start && c.start < Math.max(part.end, part.start + 1);
  // A claim that starts in an earlier part and runs into this one is highlighted here too.
  const highlights = claims.filter((c) => c.start < part.end && c.end > part.start);
  const citations: BlockCitation[] = doc.citations.map((c) => ({
    id: c.id,
    position: c.start,
    sourceId: c.sourceId,
    label: c.label,
  }));
  return {
    parts,
    part,
    text: doc.text.slice(part.start, part.end),
    blocks: layoutBlocks(
      doc.text,
      doc.sections,
      doc.quotations,
      citations,
      highlights,
      { start: part.start, end: part.end },
      doc.marks,
    ),
    claimsHere: new Set(claims.filter(inPart).map((c) => c.id)),
    selected: wanted && inPart(wanted) ? wanted.id : null,
  };
}
