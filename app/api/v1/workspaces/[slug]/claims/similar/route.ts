import { apiHandler } from "@/lib/api/handler";
import { similarClaimsQuery as query } from "@/lib/api/schemas";
import { findSimilarClaims } from "@/lib/claims";

type Params = { slug: string };

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) => {
  const q = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  return {
    items: await findSimilarClaims(db, actor, params.slug, q.text, { threshold: q.threshold, excludeId: q.exclude }),
  };
});
