export { submitClaim, reviewClaim, publishClaim, retractClaim, reviewInput } from "./actions";
export { reviewQueue, claimHistory } from "./queue";
export { checkTransition, STATES, WORKFLOW_ACTIONS, TRANSITIONS, type ClaimState, type WorkflowAction } from "./workflow";
export { listScales, updateRating, addScale, removeRating } from "./scales";
