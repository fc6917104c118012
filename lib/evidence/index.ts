export * from "./balance";
export {
  addEvidence,
  updateEvidence,
  removeEvidence,
  restoreEvidence,
  evidenceFromCitation,
  claimEvidence,
  evidenceInput,
  EXCERPT_MAX,
} from "./links";
