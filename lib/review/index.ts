export { submitClaim, reviewClaim, retractClaim, openCorrection, reviewInput, approvalBlockers } from "./actions";
export { publishClaim, publishInput } from "./publish";
export { proposalInput, resolveRating } from "./proposal";
export { reviewQueue, claimHistory } from "./queue";
export { workflowOptions, type WorkflowOption } from "./options";
export {
  checkTransition,
  STATES,
  WORKFLOW_ACTIONS,
  TRANSITIONS,
  type ClaimState,
  type WorkflowAction,
} from "./workflow";
export { workflowState, frozenReason, contentDigest } from "./content";
export {
  describeChanges,
  revisionChanges,
  type RevisionChange,
  type EvidenceSnapshot,
  type RelationSnapshot,
} from "./revision-diff";
export { activeRatings, listScales, updateRating, addScale, removeRating } from "./scales";
export { claimTimeline } from "./timeline";
export type { TimelineEntry, TimelineChange, TimelineKind } from "./timeline-entries";
export type { DiffPart } from "@/lib/publishing/textdiff";
