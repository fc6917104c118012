import "server-only";
// Demo verdicts, reached through the real workflow (submit → review → publish, corrections,
// retraction). They are illustrative: they show every rating and every state, not findings.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { removeEvidence, updateEvidence } from "@/lib/evidence";
import { openCorrection, publishClaim, retractClaim, reviewClaim, submitClaim } from "@/lib/review";
import { DEMO_SLUG } from "./accounts";

type Verdict = "Supported" | "Mostly supported" | "Contested" | "Mostly unsupported" | "Refuted" | "Unverifiable";
// Only claims with evidence from their own paragraph are published with a directional verdict;
// "Unverifiable" ones say why. Claims whose paragraph cites nothing wait in review (below).
const PUBLISH: [string, Verdict, "low" | "medium" | "high", string][] = [
  ["kerry-contras", "Supported", "high", "The committee's words, quoted as Cockburn and St Clair's book gives them."],
  [
    "kerry-indicted",
    "Mostly supported",
    "medium",
    "The article cites Kornbluh's Columbia Journalism Review account for it, not the committee report itself.",
  ],
  [
    "kerry-supply-networks",
    "Mostly supported",
    "medium",
    "Representative Waters' account of the committee's findings, in the Congressional Record.",
  ],
  ["hitz-ties", "Supported", "high", "The Inspector General's report, as reported by the Washington Post, says so."],
  ["hitz-aware", "Supported", "medium", "Reported from the Inspector General's testimony."],
  [
    "waters-cia-contras",
    "Mostly supported",
    "medium",
    'The CIA\'s role in organising the Contras is well documented; "every level" is rhetorical.',
  ],
  [
    "webb-aircraft",
    "Contested",
    "medium",
    "The article's sources document the Inspector General's findings on ties to alleged traffickers, not the flights themselves; the Mercury News later retracted the series' conclusions.",
  ],
  [
    "mccoy-complicity",
    "Contested",
    "medium",
    "McCoy's first-hand account in his published letter; the CIA-funded Leary study disputes complicity while conceding the Agency knew.",
  ],
  [
    "mccoy-compliance",
    "Mostly supported",
    "medium",
    "Leary's own study, which the article cites for this passage, concedes the Agency knew of the trade and did little in the 1960s; it adds that the Agency later acted against traders.",
  ],
  [
    "mccoy-publication",
    "Mostly supported",
    "medium",
    "McCoy's own published letter, and a later magazine article with similar allegations.",
  ],
  [
    "mccoy-french",
    "Unverifiable",
    "low",
    "A conversation with General Belleux that McCoy recounts in one interview; no second account.",
  ],
  [
    "mccoy-hekmatyar",
    "Contested",
    "low",
    "McCoy's interview is the only source the article gives; Glaze sees CIA influence, not participation.",
  ],
  ["mccoy-radical-pragmatism", "Unverifiable", "medium", "An interpretation of policy, not a checkable fact."],
  ["leary-knew", "Supported", "high", "The CIA-funded study says so in the passage the article quotes."],
  [
    "leary-focus",
    "Mostly supported",
    "medium",
    'The study\'s own assessment; the article finds it "not inconsistent" with the charge of indifference.',
  ],
  [
    "ton-cocaine",
    "Supported",
    "high",
    'The CIA itself acknowledged "poor judgment and management", as the article\'s source reports.',
  ],
  ["unodc-8200", "Supported", "high", "UNODC's 2007 survey gives the figure."],
  ["unodc-gdp", "Supported", "high", "From UNODC's published estimate."],
  ["costa-hoarding", "Unverifiable", "low", "Costa presents it as a suspicion; no evidence of hoarding is cited."],
  ["glaze-skyrocketed", "Supported", "high", "Glaze's monograph states it; UNODC production figures show the rise."],
  ["prc-fentanyl", "Mostly supported", "medium", "The DEA report the essay cites names China as a leading source."],
  [
    "china-unreliable",
    "Contested",
    "low",
    "One suspension of cooperation, from one commentary: an assessment of diplomacy that analysts dispute.",
  ],
  ["briggs-noriega", "Mostly unsupported", "low", "A personal account in an op-ed; no documents are cited for it."],
  [
    "india-offshoring",
    "Mostly supported",
    "low",
    "The essay cites the DEA's report for the shift; no figures are given.",
  ],
  ["examiner-ring", "Mostly supported", "medium", "Reported from court testimony."],
  ["cdc-110000", "Mostly supported", "medium", "The CDC's provisional counts give almost 110,000 deaths."],
];

export async function seedDemoWorkflow(
  db: Db,
  actors: { author: Actor; reviewer: Actor; second: Actor; publisher: Actor },
  claimIds: Map<string, string>,
) {
  const ws = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const ratings = await db.rating.findMany({ where: { scaleId: ws.ratingScaleId! } });
  const ratingId = (label: Verdict) => ratings.find((r) => r.label === label)!.id;
  const id = (key: string) => claimIds.get(key)!;
  // The author proposes each verdict; a second person approves it as proposed.
  const propose = (
    key: string,
    v: Verdict,
    confidence: "low" | "medium" | "high",
    rationale: string,
    author = actors.author,
  ) => submitClaim(db, author, DEMO_SLUG, id(key), { ratingId: ratingId(v), confidence, rationale });
  const approve = (key: string, reviewer = actors.reviewer) =>
    reviewClaim(db, reviewer, DEMO_SLUG, id(key), { decision: "approve" });

  for (const [key, verdict, confidence, rationale] of PUBLISH) {
    await propose(key, verdict, confidence, rationale);
    await approve(key);
    await publishClaim(db, actors.publisher, DEMO_SLUG, id(key));
  }
  // A correction through the real workflow: the author opens it, strengthens the CDC evidence
  // and drops a context link, proposes the new verdict; a second person approves; it is published.
  await openCorrection(db, actors.author, DEMO_SLUG, id("cdc-110000"));
  const cdc = await db.evidence.findMany({
    where: { claimId: id("cdc-110000") },
    include: { source: { select: { title: true } } },
  });
  const counts = cdc.find((e) => e.source.title.startsWith("Provisional Drug Overdose"));
  const strategy = cdc.find((e) => e.source.title.startsWith("National Drug Control Strategy"));
  if (counts)
    await updateEvidence(db, actors.author, DEMO_SLUG, counts.id, {
      version: counts.version,
      strength: "strong",
      excerpt:
        "The final counts for 2022 match the provisional figure of almost 110,000 deaths (illustrative correction).",
      excerptKind: "summary",
    });
  if (strategy) await removeEvidence(db, actors.author, DEMO_SLUG, strategy.id);
  await propose("cdc-110000", "Supported", "high", "The CDC's final counts confirm the provisional figure.");
  await approve("cdc-110000", actors.second);
  await publishClaim(db, actors.publisher, DEMO_SLUG, id("cdc-110000"), {
    why: "The CDC published final 2022 counts confirming the figure.",
  });
  // A retraction, and a dissent published beside a verdict.
  await retractClaim(db, actors.publisher, DEMO_SLUG, id("examiner-ring"), {
    why: "Demo: retracted to show how a retraction notice reads.",
  });
  await reviewClaim(db, actors.second, DEMO_SLUG, id("mccoy-complicity"), {
    decision: "request_changes",
    dissent: true,
    rationale: "I would rate this *Mostly supported*: Leary's own study concedes the Agency knew of the trade.",
  });

  // Claims in every other state. Waiting in review: among them claims whose paragraph cites no source, so they have no evidence yet.
  const pending: [string, Verdict, "low" | "medium" | "high", string][] = [
    [
      "kerry-state",
      "Supported",
      "medium",
      "The article states the finding but cites nothing in this paragraph; link the committee report before publishing.",
    ],
    [
      "mercury-retraction",
      "Supported",
      "medium",
      "The article states the retraction without a citation; link the newspaper's note before publishing.",
    ],
    [
      "webb-prosecution",
      "Unverifiable",
      "low",
      "The article reports Webb's allegation without a source in this paragraph.",
    ],
    [
      "leary-laos",
      "Contested",
      "medium",
      "This paragraph cites nothing; the study itself is linked on the claims from its quoted passage.",
    ],
    ["mccoy-belleux", "Unverifiable", "low", "A reported conversation with no second account."],
    ["leary-largest", "Supported", "medium", "The study's own description of the operation."],
    ["mccoy-french-assets", "Contested", "low", "First-hand but unverified."],
    ["costa-rule-of-law", "Unverifiable", "low", "An opinion about policy."],
    ["glaze-no-active-role", "Supported", "high", "Glaze's monograph says exactly this."],
    ["afghan-officials-70", "Mostly supported", "low", "The estimate is sourced to experts quoted in the monograph."],
  ];
  for (const [key, verdict, confidence, rationale] of pending) await propose(key, verdict, confidence, rationale);
  const changes: [string, string][] = [
    [
      "mccoy-french-assets",
      "Attribute this to Belleux as reported by McCoy; the paragraph cites no source, so link the interview first.",
    ],
    [
      "costa-rule-of-law",
      "The paragraph cites no source for Costa's words; find the UNODC statement before this goes further.",
    ],
  ];
  for (const [key, rationale] of changes)
    await reviewClaim(db, actors.reviewer, DEMO_SLUG, id(key), { decision: "request_changes", rationale });
  await approve("glaze-no-active-role");
  await approve("afghan-officials-70");
}
