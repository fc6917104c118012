// The review workflow's happy path, for tests that need a claim published the way the desk
// publishes one: its author submits a verdict, a second member approves, an editor publishes.
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { publishClaim, reviewClaim, submitClaim } from "@/lib/review";

export interface Reviewers {
  author: { actor: Actor };
  reviewer: { actor: Actor };
  editor: { actor: Actor };
}

export async function publishReviewed(
  db: Db,
  { author, reviewer, editor }: Reviewers,
  slug: string,
  claimId: string,
  verdict: { verdict?: string; confidence?: "low" | "medium" | "high"; rationale?: string } = {},
) {
  await submitClaim(db, author.actor, slug, claimId, {
    verdict: verdict.verdict ?? "Supported",
    confidence: verdict.confidence ?? "high",
    rationale: verdict.rationale ?? "The report says so.",
  });
  await reviewClaim(db, reviewer.actor, slug, claimId, { decision: "approve" });
  return publishClaim(db, editor.actor, slug, claimId);
}
