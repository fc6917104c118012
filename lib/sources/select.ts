// How a source is cited (title, authors, publisher, date, link) as one Prisma select: the
// sources list, a document's citations, public pages and the export start from it.
import type { Prisma } from "@/lib/db";

export const SOURCE_CITATION_SELECT = {
  id: true,
  title: true,
  authors: true,
  publisher: true,
  date: true,
  url: true,
} as const satisfies Prisma.SourceSelect;

/** The evidence a source's page lists, each with its claim: the desk's reader and the API's. */
export const SOURCE_EVIDENCE_SELECT = {
  id: true,
  stance: true,
  strength: true,
  excerpt: true,
  locator: true,
  claim: { select: { id: true, headline: true, status: true } },
} as const satisfies Prisma.EvidenceSelect;
