import "server-only";
// Demo evidence: every curated claim is linked to the sources its document cites at (or next
// to) its passage, and the article's own counter-positions are linked as contesting evidence.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addEvidence } from "@/lib/evidence";
import { rateSource, updateSource } from "@/lib/sources";
import { DEMO_SLUG } from "./accounts";

/** Source reliability by title prefix: [rating, primary?, rationale]. */
const RATINGS: [string, number, boolean, string][] = [
  ["Congressional Record", 5, true, "Official record of testimony before Congress."],
  ["Inspector: CIA Kept Ties", 4, false, "Washington Post report on the CIA Inspector General's findings."],
  ["A Correspondence with the CIA", 3, true, "The author's own published letter; first-hand but partisan."],
  ["Supporting the \"Secret War\"", 2, false, "Study funded by the CIA, whose conduct it assesses."],
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

/** Contesting (and some supporting) links beyond the citations: [claim key, source title prefix, stance, strength, excerpt]. */
const LINKS: [string, string, "supports" | "contests" | "context", "weak" | "moderate" | "strong", string][] = [
  ["webb-aircraft", "Anatomy of a Story", "contests", "moderate", "The major newspapers found the series overstated what its evidence showed about CIA involvement."],
  ["webb-distribution", "Anatomy of a Story", "contests", "weak", "Critics disputed the series' implication that the CIA enabled the crack epidemic."],
  ["webb-prosecution", "Anatomy of a Story", "contests", "weak", "Reviews of the series questioned its evidence on CIA intervention in prosecutions."],
  ["webb-prosecution", "Inspector: CIA Kept Ties", "supports", "moderate", "The CIA did not expeditiously cut off relations with alleged drug traffickers."],
  ["mercury-retraction", "Whiteout", "contests", "moderate", "The retraction followed a press campaign rather than new evidence, the authors argue."],
  ["mccoy-complicity", "Supporting the \"Secret War\"", "contests", "moderate", "Air America's pilots never knowingly transported opium."],
  ["mccoy-french-assets", "Supporting the \"Secret War\"", "contests", "weak", "The study finds no CIA role in the opium trade in Laos."],
  ["mccoy-immunity", "Supporting the \"Secret War\"", "contests", "moderate", "The Agency's focus in Laos remained on the war, not on policing drugs."],
  ["leary-laos", "A Correspondence with the CIA", "contests", "moderate", "I show the complicity of various US agencies—particularly the CIA."],
  ["leary-laos", "Interview with Alfred McCoy", "contests", "moderate", "The CIA extended the mantle of their alliance to these drug lords."],
  ["leary-laos", "Supporting the \"Secret War\"", "supports", "strong", "The study concludes the CIA was not complicit in the drug trade."],
  ["kerry-state", "Inspector: CIA Kept Ties", "supports", "moderate", "Hitz's report confirmed ties to alleged traffickers."],
  ["kerry-state", "Support to Law Enforcement", "contests", "weak", "The CIA presents its counternarcotics support to law enforcement."],
  ["hitz-ties", "Support to Law Enforcement", "contests", "weak", "The CIA describes its cooperation with law enforcement."],
  ["mccoy-hekmatyar", "Opium and Afghanistan", "contests", "moderate", "Glaze does not suggest that the CIA takes an active role in the drug trade."],
  ["mccoy-hekmatyar", "Interview with Alfred McCoy", "supports", "moderate", "The Afghan operation against Soviet forces allied the CIA with drug lords."],
  ["glaze-skyrocketed", "Counter-Narcotics", "contests", "weak", "The government reports a strategy for a sustainable decrease in poppy cultivation."],
  ["china-unreliable", "China and Synthetic Drugs Control", "contests", "weak", "China has scheduled fentanyl-related substances as a class."],
  ["china-unreliable", "China Says Has Only", "supports", "moderate", "China says it has only limited cooperation with the U.S. on fentanyl."],
  ["prc-fentanyl", "China’s Role in the Fentanyl Crisis", "contests", "weak", "Production has shifted toward precursors shipped to Mexico."],
  ["cdc-110000", "National Drug Control Strategy", "context", "weak", "The administration's strategy frames overdose deaths as its first priority."],
];

export async function seedDemoEvidence(db: Db, actor: Actor, claimIds: Map<string, string>) {
  const ws = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const sources = await db.source.findMany({ where: { workspaceId: ws.id }, select: { id: true, title: true, version: true } });
  const byPrefix = (p: string) => sources.find((s) => s.title.startsWith(p));
  for (const [prefix, reliability, isPrimary, rationale] of RATINGS) {
    const s = byPrefix(prefix);
    if (!s) throw new Error(`demo rating: no source titled '${prefix}…'`);
    const updated = await updateSource(db, actor, DEMO_SLUG, s.id, { version: s.version, isPrimary });
    await rateSource(db, actor, DEMO_SLUG, s.id, { version: updated.version, reliability, rationale });
  }
  // Each claim: the nearest citation in its paragraph supports it (the document's own sourcing).
  for (const [key, claimId] of claimIds) {
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { anchorStart: true, anchorEnd: true, documentVersion: { select: { id: true, text: true } } } });
    const text = claim.documentVersion!.text;
    const paraEnd = text.indexOf("\n\n", claim.anchorEnd!);
    const cites = await db.citation.findMany({ where: { documentVersionId: claim.documentVersion!.id }, orderBy: { start: "asc" }, select: { start: true, sourceId: true } });
    const after = cites.find((c) => c.start >= claim.anchorStart! && (paraEnd < 0 || c.start <= paraEnd));
    const before = [...cites].reverse().find((c) => c.start < claim.anchorStart!);
    const cite = after ?? before;
    if (!cite) throw new Error(`demo evidence: no citation near claim '${key}'`);
    await addEvidence(db, actor, DEMO_SLUG, { claimId, sourceId: cite.sourceId, stance: "supports", strength: "moderate", note: "Cited by the document for this passage." });
  }
  for (const [key, prefix, stance, strength, excerpt] of LINKS) {
    const s = byPrefix(prefix);
    if (!s) throw new Error(`demo evidence: no source titled '${prefix}…'`);
    const claimId = claimIds.get(key)!;
    const dup = await db.evidence.findFirst({ where: { claimId, sourceId: s.id, stance } });
    if (!dup) await addEvidence(db, actor, DEMO_SLUG, { claimId, sourceId: s.id, stance, strength, excerpt });
  }
}
