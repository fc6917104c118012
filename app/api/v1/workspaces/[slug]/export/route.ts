import { apiHandler } from "@/lib/api/handler";
import { exportWorkspace, toReadableStream } from "@/lib/exports";
import { publicOrigin } from "@/lib/platform/origin";

type Params = { slug: string };

// Streams: the body is read from the database batch by batch while the client downloads it.
export const dynamic = "force-dynamic";

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) => {
  const q = new URL(req.url).searchParams;
  const flag = q.get("public");
  const result = await exportWorkspace(
    db,
    actor,
    {
      workspace: params.slug,
      format: q.get("format") ?? "json",
      entity: q.get("entity") || undefined,
      page: q.get("page") ?? undefined,
      public: flag !== null && flag !== "0" && flag !== "false",
    },
    { origin: publicOrigin(req.headers) },
  );
  return new Response(toReadableStream(result.body), {
    headers: {
      "content-type": result.contentType,
      "content-disposition": `attachment; filename="${result.filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
