// Live sources: not deleted, not merged (the rule is lib/trash/live.ts's).
export { liveSourceWhere } from "@/lib/trash/live";
