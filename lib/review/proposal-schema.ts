// The proposed verdict as the API, server actions and CLI give it (lib/review/proposal.ts resolves it).
import { z } from "zod";

export const proposalInput = z.object({
  ratingId: z.string().trim().min(1).max(64).optional(),
  /** A rating's label (e.g. "Mostly supported"), case-insensitive; the CLI and API accept either. */
  verdict: z.string().trim().min(1).max(60).optional(),
  confidence: z.enum(["low", "medium", "high"], { error: "confidence must be low, medium or high" }).optional(),
  rationale: z.string().trim().max(20_000, "the rationale is at most 20,000 characters").optional(),
});
export type ProposalInput = z.infer<typeof proposalInput>;
