// Live claims and claimants: not deleted, not merged (the rule is lib/trash/live.ts's).
export { liveClaimWhere, liveClaimantWhere } from "@/lib/trash/live";
