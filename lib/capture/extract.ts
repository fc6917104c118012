// What a capture keeps besides the bytes: the readable text (Mozilla's Readability, the engine of
// Firefox's reader view, over linkedom's DOM) and the page's metadata. Decoding follows the header's
// charset, else the page's own <meta charset>; bytes that are not valid in the declared charset are
// read as windows-1252 and the capture says so.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface Extracted {
  text: string | null;
  title: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  canonicalUrl: string | null;
  language: string | null;
  notes: string[];
}

/** A capture without text or metadata, only the notes saying why. */
export const textless = (...notes: string[]): Extracted => ({
  text: null,
  title: null,
  author: null,
  publisher: null,
  datePublished: null,
  canonicalUrl: null,
  language: null,
  notes,
});

export function extractCapture(body: Buffer, contentType: string, finalUrl: string): Extracted {
  const type = contentType.split(";")[0].trim();
  if (type === "application/pdf") return textless("PDF text is not extracted; the file and its hash are kept");
  const { text, notes } = decode(body, contentType);
  if (type === "text/plain") return { ...textless(...notes), text: tidy(text) };
  return { ...html(text, finalUrl), notes };
}

function html(source: string, finalUrl: string): Extracted {
  const { document } = parseHTML(source);
  const meta = (...names: string[]) => {
    for (const n of names) {
      const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = el?.getAttribute("content")?.trim();
      if (v) return v;
    }
    return null;
  };
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const language = document.documentElement?.getAttribute("lang")?.trim() || null;
  const timeEl = document.querySelector("time[datetime]")?.getAttribute("datetime")?.trim() || null;
  const fallbackTitle =
    meta("og:title", "twitter:title") ?? (document.querySelector("title")?.textContent?.trim() || null);
  // Readability edits the DOM it reads, so it runs after the metadata was read.
  let article: ReturnType<Readability<string>["parse"]> = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  const text = article?.textContent ? tidy(article.textContent) : tidy(document.body?.textContent ?? "");
  return {
    text: text || null,
    title: clean(article?.title) ?? fallbackTitle,
    author: clean(article?.byline) ?? meta("author", "article:author", "dc.creator"),
    publisher: clean(article?.siteName) ?? meta("og:site_name", "publisher", "dc.publisher"),
    datePublished:
      clean(article?.publishedTime) ?? meta("article:published_time", "datePublished", "date", "dc.date") ?? timeEl,
    canonicalUrl: canonicalHref ? absolute(canonicalHref, finalUrl) : meta("og:url"),
    language: clean(article?.lang) ?? language,
    notes: [],
  };
}

function decode(body: Buffer, contentType: string): { text: string; notes: string[] } {
  const declared = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? sniffMeta(body) ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(body),
      notes: [`the page declares an unknown charset “${declared}”; read as windows-1252`],
    };
  }
  try {
    return { text: decoder.decode(body), notes: [] };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(body),
      notes: [`the page's bytes are not valid ${declared}; read as windows-1252`],
    };
  }
}

/** The HTML standard's prescan looks at the first 1,024 bytes for a meta charset. */
function sniffMeta(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const clean = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}
