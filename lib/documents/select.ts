// A document's title and publication metadata as one Prisma select: the desk list, the metadata
// form and the export read the same fields.
import type { Prisma } from "@/lib/db";

export const DOCUMENT_METADATA_SELECT = {
  title: true,
  format: true,
  originalUrl: true,
  author: true,
  publisher: true,
  datePublished: true,
  language: true,
  licence: true,
} as const satisfies Prisma.DocumentSelect;

type Metadata = Record<
  "originalUrl" | "author" | "publisher" | "datePublished" | "language" | "licence",
  string | null
>;

/** The publication metadata of a document read with DOCUMENT_METADATA_SELECT, as readers show it. */
export function publicationMetadata(d: Metadata): Metadata {
  return {
    originalUrl: d.originalUrl,
    author: d.author,
    publisher: d.publisher,
    datePublished: d.datePublished,
    language: d.language,
    licence: d.licence,
  };
}
