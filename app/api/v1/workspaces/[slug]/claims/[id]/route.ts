import { readClaim } from "@/lib/publishing/api-reads";
import { deleteRoute } from "@/lib/api/trash-routes";
import { deleteClaim } from "@/lib/trash";
import { apiHandler } from "@/lib/api/handler";
import { problem } from "@/lib/api/problem";
import { updateClaim } from "@/lib/claims";
import { AppError } from "@/lib/errors";

type Params = { slug: string; id: string };

const etag = (version: number) => `"${version}"`;

export const GET = apiHandler<Params>(async ({ db, actor, params }) => {
  const claim = await readClaim(db, actor, params.slug, params.id);
  return Response.json(claim, { headers: { ETag: etag(claim.version) } });
});

/** Partial update. The base version comes from `If-Match` (the ETag of a GET) or the body's
 * `version`; a stale one is refused (412 with If-Match, 409 otherwise) and nothing changes. */
export const PATCH = apiHandler<Params>(async ({ req, db, actor, params, json }) => {
  const body = (await json()) as Record<string, unknown>;
  const ifMatch = req.headers.get("if-match");
  const fromHeader = ifMatch?.match(/^(?:W\/)?"(\d+)"$/);
  if (ifMatch && !fromHeader) return problem(400, 'If-Match must be an ETag from this API, like "3"');
  try {
    const claim = await updateClaim(db, actor, params.slug, params.id, {
      ...body,
      ...(fromHeader ? { version: Number(fromHeader[1]) } : {}),
    });
    return Response.json(claim, { headers: { ETag: etag(claim.version) } });
  } catch (err) {
    if (fromHeader && err instanceof AppError && err.code === "conflict" && err.details?.current) {
      return problem(412, err.message, { current: err.details.current });
    }
    throw err;
  }
});

/** Moves the claim to the trash (204); `POST …/restore` brings it back. */
export const DELETE = deleteRoute(deleteClaim);
