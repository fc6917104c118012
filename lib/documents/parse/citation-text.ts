// Reads a citation written as prose — an endnote, a markdown footnote, a bare wikitext ref like
// [url "Title", Author, Work 1988, page 10] — into source fields. Heuristic by nature: the quoted
// title anchors it (authors before, work/publisher and date after); without one the whole
// text is the title, so nothing is lost.
import { findDate } from "./dates";
import { findUrls } from "./url";
import type { ParsedSource } from "./types";

export type SourceFields = Omit<ParsedSource, "key" | "raw">;

const ARCHIVE = /\/\/(?:web\.archive\.org|archive\.(?:today|is|ph|org\/web))\//i;
const QUOTED = /[“"]([^”"]*)[”"]/;
// Words that mark an organisation, so "Drug Enforcement Agency" is not read as a person.
const ORG = new RegExp(
  "\\b(?:agency|administration|department|dept|institute|institution|university|college|school|foundation|center|centre|council|office|" +
    "times|news|post|press|magazine|journal|review|reuters|house|service|committee|bureau|association|society|company|" +
    "group|organi[sz]ation|ministry|commission|bank|program|programme|library|museum|project|network|media|guardian|" +
    "tribune|herald|daily|weekly|report|affairs|nations|states|union|government|court|congress|senate|republic|" +
    "corporation|inc|ltd|llc|party|forum|books|publishing|publishers|monthly|quarterly|gazette|telegraph|economist)\\b",
  "i",
);
const PERSON =
  /^(?:[A-Z][\p{L}'’-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]*\.?|[A-Z]\.|van|von|de|del|der|da|di|la|le|bin)){1,3}$/u;

export function looksLikePerson(s: string): boolean {
  return PERSON.test(s.trim()) && !ORG.test(s);
}

const tidy = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .replace(/^[\s,.;:–—-]+|[\s,;:–—-]+$/g, "")
    .trim();
const stripEndDot = (s: string) => s.replace(/\.+$/, "").trim();

/** "Alexander Cheung, Joseph Marchand, and Patricia Mark" → three names; "Cheng, Dean" stays one. */
export function splitAuthors(raw: string): string[] {
  const s = tidy(raw.replace(/^by\s+/i, "").replace(/,?\s*et al\.?$/i, ""));
  if (!s) return [];
  if (s.includes(";"))
    return s
      .split(/\s*;\s*/)
      .map(tidy)
      .filter(Boolean);
  const parts = s
    .split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/)
    .map(tidy)
    .filter(Boolean);
  // "Last, First" (bibliography order) rather than two people.
  if (
    parts.length === 2 &&
    !/\s(?:and|&)\s|,\s*(?:and|&)\s/.test(s) &&
    !parts[0].includes(" ") &&
    parts[1].split(" ").length <= 3
  ) {
    return [s];
  }
  return parts;
}

/** Text with its dates and "Retrieved …" phrases taken out, so a title does not repeat the date. */
function withoutDates(text: string): string {
  let s = text.replace(/\b(?:retrieved|accessed)(?:\s+on)?\s*:?\s*[^.;]*[.;]?/gi, "");
  for (let i = 0; i < 5; i++) {
    const d = findDate(s);
    if (!d) break;
    s = s.slice(0, d.index) + s.slice(d.index + d.length);
  }
  return s.replace(/\s*([,.;:])(?:\s*[,.;:])+/g, "$1").replace(/\(\s*\)/g, "");
}

export function parseCitationText(text: string, opts: { url?: string } = {}): SourceFields {
  let s = text.replace(/\s+/g, " ").trim();
  const fields: SourceFields = { authors: [] };
  const urls = findUrls(s);
  const archive = urls.find((u) => ARCHIVE.test(u.url));
  const main = urls.find((u) => u !== archive);
  if (opts.url) fields.url = opts.url;
  else if (main) fields.url = main.url;
  else if (archive) fields.url = archive.url;
  if (archive && fields.url !== archive.url) fields.archiveUrl = archive.url;
  for (const u of [...urls].reverse()) s = s.slice(0, u.index) + s.slice(u.index + u.length);
  s = s.replace(/\b(?:retrieved from|available (?:at|from)|accessed (?:at|via)|online at)\s*:?\s*(?=[\s.,]*$)/i, "");

  const q = QUOTED.exec(s);
  let after = s;
  if (q) {
    const before = s.slice(0, q.index);
    after = s.slice(q.index + q[0].length);
    fields.authors = splitAuthors(before);
    const title = tidy(q[1]).replace(/[.,;:]+$/, "");
    if (title) fields.title = title;
  }
  const date = findDate(after);
  if (date) {
    fields.date = date.date;
    after = after.slice(0, date.index) + after.slice(date.index + date.length);
  }
  const rest: string[] = [];
  for (const seg of after.split(/[,;]/).map((x) => stripEndDot(tidy(x)))) {
    if (!seg) continue;
    // A second date ("January 4, 2016, 2016-01-04") is the same date again or an access date: never the publisher.
    const again = findDate(seg);
    if (again && again.length >= seg.replace(/^(?:retrieved|accessed)\s+/i, "").length) {
      if (/^(?:retrieved|accessed)\b/i.test(seg)) fields.accessDate ??= again.date;
      continue;
    }
    const page = seg.match(/^(?:pp?\.|pages?)\s*(\S.*)$/i);
    if (page) fields.page ??= page[1];
    else if (/^by\s+\S/i.test(seg)) fields.authors.push(...splitAuthors(seg));
    else if (/^(?:edited|translated|trans\.|ed\.|eds\.|retrieved|accessed)\b/i.test(seg)) continue;
    else rest.push(seg);
  }
  if (q) {
    // "“Title”, John Bacher, Peace Magazine": a name right after the title is the author.
    if (!fields.authors.length && rest.length >= 2 && looksLikePerson(rest[0])) fields.authors.push(rest.shift()!);
    if (rest.length) fields.publisher = rest.join(", ");
  }
  // No usable quoted title: the text itself (without URLs, dates and "Retrieved …") is the best title we have.
  if (!fields.title) fields.title = stripEndDot(tidy(withoutDates(s.replace(QUOTED, "")))) || undefined;
  if (!fields.title) delete fields.title;
  return fields;
}
