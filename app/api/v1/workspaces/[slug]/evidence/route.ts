import { readClaimEvidence } from "@/lib/publishing/api-reads";
import { apiHandler } from "@/lib/api/handler";
import { evidenceQuery } from "@/lib/api/schemas";
import { addEvidence, evidenceFromCitation } from "@/lib/evidence";

type Params = { slug: string };

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) => {
  const { claimId } = evidenceQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return readClaimEvidence(db, actor, params.slug, claimId);
});

/** A link `{ claimId, sourceId, stance, strength?, excerpt?, locator?, note? }`, or `{ claimId, sourceId, fromCitation: true }`. */
export const POST = apiHandler<Params>(async ({ db, actor, params, json }) => {
  const body = (await json()) as Record<string, unknown>;
  const ev = body.fromCitation
    ? await evidenceFromCitation(db, actor, params.slug, body)
    : await addEvidence(db, actor, params.slug, body);
  return Response.json(ev, { status: 201 });
});
