export * from "./balance";
export { addEvidence, updateEvidence, removeEvidence, evidenceFromCitation, claimEvidence, evidenceInput, EXCERPT_MAX } from "./links";
