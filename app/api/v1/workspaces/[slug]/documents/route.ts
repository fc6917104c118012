import { apiHandler } from "@/lib/api/handler";
import { documentImportBody as importBody, documentListQuery as listQuery } from "@/lib/api/schemas";
import { importDocument, listDocuments, previewImport } from "@/lib/documents";

type Params = { slug: string };

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) => {
  const q = listQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return listDocuments(db, actor, params.slug, q);
});

export const POST = apiHandler<Params>(async ({ db, actor, params, json }) => {
  const body = importBody.parse(await json());
  const input = { workspace: params.slug, text: body.text, format: body.format, title: body.title };
  if (body.preview) return previewImport(db, actor, input);
  const result = await importDocument(db, actor, input);
  return Response.json(result, { status: result.status === "unchanged" ? 200 : 201 });
});
