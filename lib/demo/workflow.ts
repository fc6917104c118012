import "server-only";
// Demo verdicts, reached through the real workflow (submit → review → publish, corrections,
// retraction). They are illustrative: they show every rating and every state, not findings.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { removeEvidence, updateEvidence } from "@/lib/evidence";
import { openCorrection, publishClaim, retractClaim, reviewClaim, submitClaim } from "@/lib/review";
import { DEMO_SLUG } from "./accounts";

type Verdict = "Supported" | "Mostly supported" | "Contested" | "Mostly unsupported" | "Refuted" | "Unverifiable";
const PUBLISH: [string, Verdict, "low" | "medium" | "high", string][] = [
  ["kerry-state", "Supported", "high", "The **Kerry Committee report** (1989) states this finding directly, and the CIA Inspector General's 1998 report is consistent with it."],
  ["kerry-contras", "Supported", "high", "Quoted verbatim from the committee's report."],
  ["hitz-ties", "Supported", "high", "The Inspector General's report, as reported by the Washington Post, says so."],
  ["hitz-aware", "Supported", "medium", "Reported from the Inspector General's testimony."],
  ["waters-cia-contras", "Mostly supported", "medium", "The CIA's role in organising the Contras is well documented; \"every level\" is rhetorical."],
  ["webb-aircraft", "Contested", "medium", "Later reviews found evidence for trafficking around the Contras but disputed the series' strongest implications."],
  ["webb-distribution", "Contested", "low", "The series' evidence for this was disputed by the major newspapers."],
  ["webb-prosecution", "Mostly supported", "medium", "The Inspector General found the CIA kept ties with alleged traffickers."],
  ["mercury-retraction", "Supported", "high", "The newspaper's own note retracted the conclusions."],
  ["mccoy-complicity", "Contested", "medium", "McCoy's account is first-hand and detailed; the CIA-funded Leary study disputes it."],
  ["mccoy-radical-pragmatism", "Unverifiable", "medium", "An interpretation of policy, not a checkable fact."],
  ["leary-laos", "Contested", "medium", "The study is funded by the agency it assesses, and other accounts contradict it."],
  ["ton-cocaine", "Mostly supported", "medium", "Reported by the New York Times from the indictment; the CIA acknowledged \"poor judgment\"."],
  ["unodc-8200", "Supported", "high", "UNODC's 2007 survey gives the figure."],
  ["unodc-gdp", "Supported", "high", "From UNODC's published estimate."],
  ["costa-hoarding", "Unverifiable", "low", "Costa presents it as a suspicion; no evidence of hoarding is cited."],
  ["glaze-skyrocketed", "Supported", "high", "UNODC production figures show the rise."],
  ["prc-fentanyl", "Mostly supported", "medium", "The DEA report supports this; the supply has since shifted toward precursors."],
  ["china-unreliable", "Contested", "low", "An assessment of diplomacy that reasonable analysts dispute."],
  ["briggs-noriega", "Mostly unsupported", "low", "A personal account in an op-ed; no documents are cited for it."],
  ["india-offshoring", "Refuted", "low", "Illustrative verdict for the demo: the essay cites no source for the shift."],
  ["examiner-ring", "Mostly supported", "medium", "Reported from court testimony."],
  ["cdc-110000", "Mostly supported", "medium", "The CDC's provisional counts give almost 110,000 deaths."],
];

export async function seedDemoWorkflow(db: Db, actors: { author: Actor; reviewer: Actor; second: Actor; publisher: Actor }, claimIds: Map<string, string>) {
  const ws = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const ratings = await db.rating.findMany({ where: { scaleId: ws.ratingScaleId! } });
  const ratingId = (label: Verdict) => ratings.find((r) => r.label === label)!.id;
  const id = (key: string) => claimIds.get(key)!;
  // The author proposes each verdict; a second person approves it as proposed.
  const propose = (key: string, v: Verdict, confidence: "low" | "medium" | "high", rationale: string, author = actors.author) =>
    submitClaim(db, author, DEMO_SLUG, id(key), { ratingId: ratingId(v), confidence, rationale });
  const approve = (key: string, reviewer = actors.reviewer) => reviewClaim(db, reviewer, DEMO_SLUG, id(key), { decision: "approve" });

  for (const [key, verdict, confidence, rationale] of PUBLISH) {
    await propose(key, verdict, confidence, rationale);
    await approve(key);
    await publishClaim(db, actors.publisher, DEMO_SLUG, id(key));
  }
  // A correction through the real workflow: the author opens it, strengthens the CDC evidence
  // and drops a context link, proposes the new verdict; a second person approves; it is published.
  await openCorrection(db, actors.author, DEMO_SLUG, id("cdc-110000"));
  const cdc = await db.evidence.findMany({ where: { claimId: id("cdc-110000") }, include: { source: { select: { title: true } } } });
  const counts = cdc.find((e) => e.source.title.startsWith("Provisional Drug Overdose"));
  const strategy = cdc.find((e) => e.source.title.startsWith("National Drug Control Strategy"));
  if (counts) await updateEvidence(db, actors.author, DEMO_SLUG, counts.id, { version: counts.version, strength: "strong", excerpt: "Summary: the final counts for 2022 match the provisional figure of almost 110,000 deaths." });
  if (strategy) await removeEvidence(db, actors.author, DEMO_SLUG, strategy.id);
  await propose("cdc-110000", "Supported", "high", "The CDC's final counts confirm the provisional figure.");
  await approve("cdc-110000", actors.second);
  await publishClaim(db, actors.publisher, DEMO_SLUG, id("cdc-110000"), { why: "The CDC published final 2022 counts confirming the figure." });
  // A retraction, and a dissent published beside a verdict.
  await retractClaim(db, actors.publisher, DEMO_SLUG, id("examiner-ring"), { why: "Demo: retracted to show how a retraction notice reads." });
  await reviewClaim(db, actors.second, DEMO_SLUG, id("leary-laos"), { decision: "request_changes", dissent: true, rationale: "I would rate this *Mostly unsupported*: Westermeyer's account undercuts the study." });

  // Claims in every other state.
  const pending: [string, Verdict, "low" | "medium" | "high", string][] = [
    ["mccoy-publication", "Mostly supported", "medium", "McCoy's own account, corroborated by his publisher's correspondence."],
    ["mccoy-belleux", "Unverifiable", "low", "A reported conversation with no second account."],
    ["leary-largest", "Supported", "medium", "The study's own description of the operation."],
    ["mccoy-french-assets", "Contested", "low", "First-hand but unverified."],
    ["costa-rule-of-law", "Unverifiable", "low", "An opinion about policy."],
    ["glaze-no-active-role", "Supported", "high", "Glaze's monograph says exactly this."],
    ["afghan-officials-70", "Mostly supported", "low", "The estimate is sourced to experts quoted in the monograph."],
  ];
  for (const [key, verdict, confidence, rationale] of pending) await propose(key, verdict, confidence, rationale);
  for (const key of ["mccoy-french-assets", "costa-rule-of-law"]) {
    await reviewClaim(db, actors.reviewer, DEMO_SLUG, id(key), { decision: "request_changes", rationale: "Attribute this to Belleux as reported by McCoy, and link the interview." });
  }
  await approve("glaze-no-active-role");
  await approve("afghan-officials-70");
}
