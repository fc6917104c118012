import { z } from "zod";
import { apiHandler } from "@/lib/api/handler";
import { findSimilarClaims } from "@/lib/claims";
import { SIMILAR_TEXT_MAX } from "@/lib/http/input";

type Params = { slug: string };
const query = z.object({ text: z.string().trim().min(1, "text is required").max(SIMILAR_TEXT_MAX), threshold: z.coerce.number().min(0.05).max(1).optional(), exclude: z.string().optional() });

export const GET = apiHandler<Params>(async ({ req, db, actor, params }) => {
  const q = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  return { items: await findSimilarClaims(db, actor, params.slug, q.text, { threshold: q.threshold, excludeId: q.exclude }) };
});
