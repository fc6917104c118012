import { z } from "zod";
import { apiHandler } from "@/lib/api/handler";
import { importDocument, listDocuments, previewImport } from "@/lib/documents";
import { FORMATS } from "@/lib/documents/input";

type Params = { slug: string };

const listQuery = z.object({
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) => {
  const q = listQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return listDocuments(db, actor, params.slug, q);
});

const importBody = z.object({
  text: z.string({ error: "text is required" }),
  format: z.enum(FORMATS).default("auto"),
  title: z.string().optional(),
  preview: z.boolean().default(false),
});

export const POST = apiHandler<Params>(async ({ db, actor, params, json }) => {
  const body = importBody.parse(await json());
  const input = { workspace: params.slug, text: body.text, format: body.format, title: body.title };
  if (body.preview) return previewImport(db, actor, input);
  const result = await importDocument(db, actor, input);
  return Response.json(result, { status: result.status === "unchanged" ? 200 : 201 });
});
