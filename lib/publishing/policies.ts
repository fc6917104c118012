// The review and corrections policies shown on the methodology page. They describe what the
// workflow enforces (DESIGN.md: two-person rule, corrections on every changed verdict).
export const REVIEW_POLICY = `Every verdict is checked by two people. The fact-checker who writes up a claim — its statement, its evidence and a proposed verdict — never approves it: a reviewer who did not write or edit the statement reads the evidence, weighs it and either approves the verdict or sends it back with requested changes. Only approved claims are published, and each published verdict records who wrote it and who reviewed it.`;

export const DISSENT_POLICY = {
  published: `When a reviewer disagrees with the published verdict, their dissent is shown beside it.`,
  private: `Disagreements between reviewers are resolved before publication and are not shown.`,
};

export const CORRECTIONS_POLICY = `When new evidence or an error changes a published verdict, we publish a new revision and a correction note on the claim page saying what changed, why and when. Nothing is silently edited. If a check turns out to be unfounded, we retract it: the page stays up with a retraction notice and the reason, and the claim no longer counts in our listings, search or totals. Corrections and retractions also appear in this workspace's Atom feed.`;
