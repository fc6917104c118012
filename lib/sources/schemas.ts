import { z } from "zod";
import { httpUrl } from "@/lib/validation";

export const SOURCE_TYPES = [
  "official_report",
  "court_record",
  "testimony",
  "news_article",
  "book",
  "academic_paper",
  "interview",
  "dataset",
  "opinion",
  "web_page",
  "other",
] as const;

const url = httpUrl();
const opt = (max: number) => z.string().trim().max(max).optional();

export const sourceFields = {
  title: z.string().trim().min(1, "title is required").max(500),
  chapter: opt(500),
  authors: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  publisher: opt(300),
  date: opt(40),
  url: url.optional(),
  archiveUrl: url.optional(),
  archiveDate: opt(40),
  isbn: opt(40),
  doi: opt(200),
  page: opt(60),
  accessDate: opt(40),
  type: z.enum(SOURCE_TYPES, { error: `type must be one of ${SOURCE_TYPES.join(", ")}` }).default("other"),
  isPrimary: z.boolean().optional(),
  notes: opt(5000),
};

export const createSourceInput = z.object({
  ...sourceFields,
  force: z.boolean().default(false),
  /** Queue a capture of the page (a dated, hashed snapshot) with the new source. */
  capture: z.boolean().default(false),
});
export type CreateSourceInput = z.input<typeof createSourceInput>;

export const updateSourceInput = z
  .object({ version: z.number().int().min(1, "version is required for updates") })
  .extend(
    Object.fromEntries(Object.entries(sourceFields).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])) as {
      [K in keyof typeof sourceFields]: z.ZodOptional<(typeof sourceFields)[K]>;
    },
  );

export const rateSourceInput = z.object({
  version: z.number().int().min(1),
  reliability: z.number().int().min(1, "reliability is 1–5").max(5, "reliability is 1–5"),
  rationale: z.string().trim().min(1, "a rating needs a rationale").max(2000),
});

export const listSourcesInput = z.object({
  q: z.string().trim().max(300).optional(),
  type: z.enum(SOURCE_TYPES).optional(),
  reliability: z.coerce.number().int().min(1).max(5).optional(),
  unrated: z.coerce.boolean().optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
