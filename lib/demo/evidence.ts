import "server-only";
// Demo evidence: each link is a source the document cites in the claim's own paragraph — never a
// citation of a neighbouring paragraph — with an excerpt that is either a quotation found verbatim
// where the document cites that source, or a summary labelled as such. The seed checks both and
// refuses to build a demo that breaks them (tests/integration/demo/evidence.test.ts checks the result).
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addEvidence } from "@/lib/evidence";
import { rateSource, updateSource } from "@/lib/sources";
import { DEMO_SLUG } from "./accounts";
import { inParagraph, paragraphAt, quotedInCitingParagraph } from "./paragraph";

/** Source reliability by title prefix: [rating, primary?, rationale]. */
const RATINGS: [string, number, boolean, string][] = [
  ["Congressional Record", 5, true, "Official record of testimony before Congress."],
  ["Inspector: CIA Kept Ties", 4, false, "Washington Post report on the CIA Inspector General's findings."],
  ["A Correspondence with the CIA", 3, true, "The author's own published letter; first-hand but partisan."],
  ['Supporting the "Secret War"', 2, false, "Study funded by the CIA, whose conduct it assesses."],
  ["Whiteout", 3, false, "Book by journalists with a stated thesis; well sourced but argumentative."],
  ["Anatomy of a Story", 4, false, "Columbia Journalism Review analysis of the Dark Alliance controversy."],
  ["World Drug Report 2007", 5, true, "UNODC's official annual statistics."],
  ["Provisional Drug Overdose Death Counts", 5, true, "CDC official provisional counts."],
  ["Fentanyl Flow to the United States", 5, true, "DEA intelligence report."],
  ["Opium and Afghanistan", 4, false, "Peer-reviewed monograph of the U.S. Army War College."],
  ["Interview with Alfred McCoy", 3, true, "Interview transcript; first-hand account, unverified details."],
  ["Our Man in Panama", 3, false, "Op-ed by a former ambassador; first-hand but opinion."],
  ["China Says Has Only", 4, false, "Reuters wire report."],
];

type Stance = "supports" | "contests" | "context";
type Strength = "weak" | "moderate" | "strong";
export interface DemoEvidence {
  claim: string;
  /** Title prefix of a source cited in the claim's paragraph. */
  source: string;
  stance: Stance;
  strength: Strength;
  kind: "quote" | "summary";
  excerpt: string;
}

const q = (claim: string, source: string, stance: Stance, strength: Strength, excerpt: string): DemoEvidence => ({
  claim,
  source,
  stance,
  strength,
  kind: "quote",
  excerpt,
});
const sum = (claim: string, source: string, stance: Stance, strength: Strength, excerpt: string): DemoEvidence => ({
  claim,
  source,
  stance,
  strength,
  kind: "summary",
  excerpt,
});
const WHITEOUT = "Whiteout";
const WP = "Inspector: CIA Kept Ties";
const LEARY = 'Supporting the "Secret War"';
const INTERVIEW = "Interview with Alfred McCoy";

export const DEMO_EVIDENCE: DemoEvidence[] = [
  // Kerry Committee: the article cites the committee's findings only through secondary sources.
  q(
    "kerry-contras",
    WHITEOUT,
    "supports",
    "strong",
    "It is clear that individuals who provided support for the Contras were involved in drug trafficking ... and elements of the Contras themselves knowingly received financial and material assistance from drug traffickers.",
  ),
  sum(
    "kerry-indicted",
    "Anatomy of a Story",
    "supports",
    "moderate",
    "The article cites Peter Kornbluh's Columbia Journalism Review account of the Dark Alliance controversy for this finding of the committee.",
  ),
  q(
    "kerry-supply-networks",
    "Congressional Record",
    "supports",
    "moderate",
    "Senator Kerry and his Senate investigation found drug traffickers had used the Contra war and tie to the Contra leadership to help this trade.",
  ),
  q(
    "waters-cia-contras",
    "Congressional Record",
    "supports",
    "strong",
    "The CIA created, trained, supported, and directed the Contras and were involved in every level of their war.",
  ),
  // Gary Webb, and the Inspector General's findings reported in the same paragraph.
  sum(
    "webb-aircraft",
    WHITEOUT,
    "supports",
    "weak",
    "The article cites Cockburn and St Clair's book for this account of the series and of the Inspector General's report that DCI Tenet released in 1998.",
  ),
  q(
    "webb-aircraft",
    WP,
    "context",
    "weak",
    "CIA did not 'expeditiously' cut off relations with alleged drug traffickers",
  ),
  q(
    "hitz-ties",
    WP,
    "supports",
    "strong",
    "CIA did not 'expeditiously' cut off relations with alleged drug traffickers",
  ),
  sum(
    "hitz-ties",
    WHITEOUT,
    "supports",
    "moderate",
    "The article also cites Cockburn and St Clair's book for the Inspector General's findings.",
  ),
  q(
    "hitz-aware",
    WP,
    "supports",
    "moderate",
    "the CIA was aware of allegations that 'dozens of people and a number of companies connected in some fashion to the contra program' were involved in drug trafficking",
  ),
  sum(
    "hitz-1982",
    WP,
    "supports",
    "strong",
    "The Washington Post's report of Hitz's testimony is the article's source for the 1982 agreement between Attorney General William French Smith and the CIA.",
  ),
  q(
    "examiner-ring",
    "Report: Cocaine Ring Finances Contras",
    "supports",
    "moderate",
    "cocaine ring in the San Francisco Bay area helped finance Nicaragua's Contra rebels.",
  ),
  q(
    "zavala-500k",
    "Report: Cocaine Ring Finances Contras",
    "supports",
    "moderate",
    "that he supplied $500,000 to two Costa Rican-based Contra groups and that the majority of it came from cocaine trafficking in the San Francisco Bay area, Miami and New Orleans.",
  ),
  q(
    "macmichael-road",
    "America has fought the wrong war",
    "supports",
    "moderate",
    "By developing a system for supply of the Contras, the US built a road for drug supply into the US.",
  ),
  q(
    "ton-cocaine",
    "Venezuelan general who led CIA program",
    "supports",
    "strong",
    'But the cocaine ended up on the street because of "poor judgment and management on the part of several CIA officers," the intelligence agency said.',
  ),
  sum(
    "briggs-noriega",
    "Our Man in Panama",
    "supports",
    "weak",
    "Briggs' own op-ed in The New York Times (2007) is the article's only source: a personal account.",
  ),
  // Alfred McCoy, and Leary's study where the article cites it beside McCoy's charge.
  q(
    "mccoy-complicity",
    "A Correspondence with the CIA",
    "supports",
    "moderate",
    "In this book I show the complicity of various US agencies—particularly the CIA and the State Department—in organizing the Southeast Asian drug traffic since the early 1950s.",
  ),
  q(
    "mccoy-publication",
    "A Correspondence with the CIA",
    "supports",
    "moderate",
    "Mr. Meyer urged several of his old friends among Harper and Row's senior management to provide him with a copy of the galley proofs",
  ),
  sum(
    "mccoy-publication",
    "The Secret Team, Part IV",
    "supports",
    "weak",
    "The article cites a 1988 Peace Magazine article as containing similar allegations.",
  ),
  q(
    "mccoy-compliance",
    LEARY,
    "supports",
    "moderate",
    "If the CIA was not involved in the drug trade, it did know about it. As former DCI William Colby acknowledged, the Agency did little about it during the 1960s",
  ),
  q(
    "mccoy-compliance",
    LEARY,
    "contests",
    "moderate",
    "later took action against the traders as drugs became a problem among American troops in Vietnam",
  ),
  sum(
    "mccoy-french",
    INTERVIEW,
    "supports",
    "moderate",
    "In the 1991 interview McCoy recounts that General Maurice Belleux, former head of the SDECE, told him the CIA had taken over the French assets.",
  ),
  sum(
    "mccoy-hekmatyar",
    INTERVIEW,
    "supports",
    "moderate",
    "McCoy's 1991 interview is the article's source: he describes the CIA allying with drug lords in its Afghan operation against Soviet forces.",
  ),
  // William M. Leary: the article cites his CIA-funded study for the passage it quotes.
  q("leary-knew", LEARY, "supports", "strong", "If the CIA was not involved in the drug trade, it did know about it."),
  q(
    "leary-focus",
    LEARY,
    "supports",
    "moderate",
    "The CIA's main focus in Laos remained on fighting the war, not on policing the drug trade.",
  ),
  // Afghanistan.
  q(
    "glaze-skyrocketed",
    "Opium and Afghanistan",
    "supports",
    "strong",
    "Opium production in Afghanistan has skyrocketed since the U.S. military teamed with the Central Intelligence Agency (CIA) and Afghanistan's Northern Alliance in toppling the Taliban in 2001",
  ),
  q(
    "unodc-gdp",
    "Afghanistan's Drug Industry",
    "supports",
    "strong",
    "it has been roughly estimated as equivalent to 36% of licit (i.e. non-drug) GDP in 2004/05",
  ),
  sum(
    "unodc-8200",
    "Afghanistan Update",
    "supports",
    "moderate",
    "The article cites this report for UNODC's 2007 Afghanistan Opium Survey figures.",
  ),
  q(
    "costa-hoarding",
    "An opium market mystery",
    "supports",
    "moderate",
    "I suspect that the big traffickers are hoarding surplus opium as a hedge against future price shocks and as a source of funding for future terrorist attacks",
  ),
  sum(
    "afghan-officials-70",
    "Opium and Afghanistan",
    "supports",
    "moderate",
    "Glaze's monograph is the article's source for the estimate.",
  ),
  // The essay: each claim's own endnote.
  sum(
    "cdc-110000",
    "Provisional Drug Overdose Death Counts",
    "supports",
    "moderate",
    "The CDC's provisional counts (13 December 2023) are the essay's source, note 1.",
  ),
  sum(
    "cdc-110000",
    "National Drug Control Strategy",
    "context",
    "weak",
    "The essay cites the 2022 strategy, note 2, for the U.S. approach in the same paragraph.",
  ),
  sum(
    "prc-fentanyl",
    "Fentanyl Flow to the United States",
    "supports",
    "moderate",
    "The DEA's January 2020 report is the essay's source, note 3.",
  ),
  sum(
    "china-unreliable",
    "China’s Taiwan Strategy",
    "supports",
    "weak",
    "Dean Cheng's Heritage Foundation commentary, note 4, is the essay's source for China suspending counternarcotics cooperation after Speaker Pelosi's Taiwan visit.",
  ),
  sum(
    "india-offshoring",
    "Fentanyl Flow to the United States",
    "supports",
    "moderate",
    "The DEA's report, note 7, is the essay's source for the shift of production to India.",
  ),
  sum(
    "ica-proposal",
    "Third U.S.-Colombia Counternarcotics",
    "context",
    "weak",
    "The essay cites the 2023 U.S.–Colombia joint statement, note 11, for the existing bilateral ties it would build on.",
  ),
];

export async function seedDemoEvidence(db: Db, actor: Actor, claimIds: Map<string, string>) {
  const ws = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const sources = await db.source.findMany({
    where: { workspaceId: ws.id },
    select: { id: true, title: true, version: true },
  });
  const byPrefix = (p: string) => sources.find((s) => s.title.startsWith(p));
  for (const [prefix, reliability, isPrimary, rationale] of RATINGS) {
    const s = byPrefix(prefix);
    if (!s) throw new Error(`demo rating: no source titled '${prefix}…'`);
    const updated = await updateSource(db, actor, DEMO_SLUG, s.id, { version: s.version, isPrimary });
    await rateSource(db, actor, DEMO_SLUG, s.id, { version: updated.version, reliability, rationale });
  }
  for (const e of DEMO_EVIDENCE) {
    const claimId = claimIds.get(e.claim);
    if (!claimId) throw new Error(`demo evidence: no claim '${e.claim}'`);
    const claim = await db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { anchorStart: true, anchorEnd: true, documentVersion: { select: { id: true, text: true } } },
    });
    const text = claim.documentVersion!.text;
    const cites = await db.citation.findMany({
      where: { documentVersionId: claim.documentVersion!.id },
      select: { start: true, sourceId: true },
    });
    const para = paragraphAt(text, claim.anchorStart!, claim.anchorEnd!);
    // Only a source cited in the claim's own paragraph, whatever else shares the title prefix.
    const cited = new Set(cites.filter((c) => inParagraph(para, c.start)).map((c) => c.sourceId));
    const source = sources.find((s) => cited.has(s.id) && s.title.startsWith(e.source));
    if (!source) throw new Error(`demo evidence: '${e.source}…' is not cited in the paragraph of claim '${e.claim}'`);
    if (e.kind === "quote" && !quotedInCitingParagraph(text, cites, source.id, e.excerpt)) {
      throw new Error(
        `demo evidence: the quote for '${e.claim}' is not verbatim where the document cites '${e.source}…'`,
      );
    }
    await addEvidence(db, actor, DEMO_SLUG, {
      claimId,
      sourceId: source.id,
      stance: e.stance,
      strength: e.strength,
      excerpt: e.excerpt,
      excerptKind: e.kind,
      note: "Cited by the document in the claim's paragraph.",
    });
  }
}
