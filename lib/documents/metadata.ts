import "server-only";
// Editing a document's title and publication metadata (issue 15). The original URL is what the
// ClaimReview `appearance` and the annotation target's `source` use (lib/publishing/claimreview.ts,
// lib/exports/annotations.ts); the title is shown publicly, so renaming a file-name title matters.
import { z } from "zod";
import { Prisma, type Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { httpUrl } from "@/lib/validation";
import { DOCUMENT_METADATA_SELECT } from "./select";

const originalUrl = httpUrl("the original URL must be an http(s) URL", "the original URL is at most 2000 characters");
/** A text field that may be cleared: "" and null both clear it. */
const clearable = (field: z.ZodString) => z.union([z.literal("").transform(() => null), z.null(), field]).optional();

// ISO 8601, possibly partial, as sources give dates: "1996", "1996-08", "1996-08-18".
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "the publication date is YYYY, YYYY-MM or YYYY-MM-DD");
const language = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "the language is a BCP 47 tag such as en or pt-BR");

export const documentMetadataInput = z
  .object({
    version: z.number().int().min(1),
    title: z
      .string()
      .trim()
      .min(1, "title must not be empty")
      .max(300, "title must be at most 300 characters")
      .optional(),
    originalUrl: clearable(originalUrl),
    author: clearable(z.string().trim().max(300)),
    publisher: clearable(z.string().trim().max(300)),
    datePublished: clearable(isoDate),
    /** The API contract's name for datePublished (README, PATCH …/documents/<id>). */
    publishedAt: clearable(isoDate),
    language: clearable(language),
    licence: clearable(z.string().trim().max(300)),
  })
  .strict()
  .transform(({ publishedAt, ...rest }) =>
    publishedAt !== undefined && rest.datePublished === undefined ? { ...rest, datePublished: publishedAt } : rest,
  );

export async function updateDocumentMetadata(db: Db, actor: Actor, slug: string, documentId: string, raw: unknown) {
  const { version, ...data } = documentMetadataInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "document.update");
  return db.$transaction(async (tx) => {
    const before = await tx.document.findFirst({
      where: { id: documentId, workspaceId: workspace.id },
      select: METADATA_SELECT,
    });
    if (!before) throw notFound("document");
    if (data.title && data.title !== before.title) {
      const taken = await tx.document.findFirst({
        where: { workspaceId: workspace.id, title: data.title, NOT: { id: documentId } },
        select: { id: true },
      });
      if (taken)
        throw new AppError("conflict", `another document is titled “${data.title}”`, {
          field: "title",
          existing: { id: taken.id },
        });
    }
    const { count } = await tx.document
      .updateMany({ where: { id: documentId, version }, data: { ...data, version: { increment: 1 } } })
      .catch((err: unknown) => {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")
          throw new AppError("conflict", `another document is titled “${data.title}”`, { field: "title" });
        throw err;
      });
    if (!count)
      throw new AppError(
        "conflict",
        `the document was changed by someone else (you edited version ${version}, it is now version ${before.version}); reload and re-apply`,
        { current: before },
      );
    const after = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: METADATA_SELECT });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "document.update",
      entityType: "Document",
      entityId: documentId,
      before,
      after,
    });
    return after;
  });
}

export const METADATA_SELECT = {
  id: true,
  ...DOCUMENT_METADATA_SELECT,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.DocumentSelect;

/** The metadata form's values, with the version an edit must name. */
export async function getDocumentMetadata(db: Db, actor: Actor, slug: string, documentId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const doc = await db.document.findFirst({
    where: { id: documentId, workspaceId: workspace.id },
    select: METADATA_SELECT,
  });
  if (!doc) throw notFound("document");
  return doc;
}
