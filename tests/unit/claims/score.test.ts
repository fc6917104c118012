import { describe, expect, test } from "vitest";
import { scoreSentence, sentenceHash } from "@/lib/claims/suggest";

// Sentences as a reader sees them in the demo corpus (prisma/demo/), wiki markup removed.
const CDC =
  "In 2022, the Center for Disease Control and Prevention reported an all-time high of almost 110,000 drug-related deaths in the United States.";
const KERRY =
  "Released on April 13, 1989, the Kerry Committee report found that the U.S. State Department had assisted drug traffickers:";
const WEBB =
  'In 1996, investigative journalist Gary Webb wrote a series of articles for the San Jose Mercury News entitled, "Dark Alliance", in which he reported evidence that CIA aircraft, which had ferried arms to the Nicaraguan Contras, had been used to ship cocaine to the United States on their return flights.';
const WEBB_ALLEGED =
  "Webb also alleged that Central American narcotics traffickers could distribute cocaine in U.S. cities in the 1980s without the interference of normal law enforcement agencies, and that the CIA intervened to prevent the prosecution of drug dealers who were helping to fund the Contras.";
const HITZ_REPORT =
  "The report of CIA Inspector General Frederick Hitz and Hitz's testimony showed that the \"CIA did not 'expeditiously' cut off relations with alleged drug traffickers\".";
const HITZ_SAID =
  "Hitz also said that under an agreement in 1982 between Ronald Reagan's Attorney General William French Smith and the CIA, agency officers were not required to report allegations of drug trafficking involving non-employees.";
const MCCOY_ASSERTS =
  "McCoy asserts that the French administration of Indochina had financed its covert operations with the drug trade, and the CIA had simply replaced the French, to finance similar operations.";
const MCCOY_ACCORDING =
  "According to Dr. McCoy, the agency intimidated his sources and tried to keep the book from being published.";
const LEARY =
  "According to William M. Leary, a University of Georgia historian who analyzed Laotian operations in a study backed by the CIA's Center for the Study of Intelligence, CIA-led covert action in Laos was the largest paramilitary operation in the history of the Agency.";
const COSTA =
  'Antonio Maria Costa, Executive Director of the United Nations Office on Drugs and Crime (UNODC), described the situation this way: "There is no rule of law in most of the southern parts of Afghanistan—the bullets rule."';
const GLAZE =
  "Glaze does not suggest that the CIA takes an active role in the ongoing drug trade, but sees the CIA as having influenced the current Afghan economic, governance, and security situations, which encourage the growth of opium and heroin production.";
const UNODC =
  "According to the United Nations Office on Drugs and Crime (UNODC) 2007 Afghanistan Opium Survey, Afghanistan produced approximately 8,200 metric tonnes of opium — nearly double the estimate of global annual consumption.";
const ZAVALA =
  'Julio Zavala, also convicted on trafficking charges, said "that he supplied $500,000 to two Costa Rican-based Contra groups and that the majority of it came from cocaine trafficking in the San Francisco Bay area, Miami and New Orleans."';
const TAIT =
  "Tait reported that more than 3,000 Iranian security personnel had been killed in armed clashes with drug traffickers since the 1979 Islamic revolution.";
const KARZAI =
  'He quotes Afghan President Hamid Karzai as saying "Either Afghanistan destroys opium or opium will destroy Afghanistan."';
const MUST =
  "The United States must find other reliable means of weakening the global narcotics trade and take the initiative to lead an effective global counternarcotics coalition.";
const HEDGED =
  "It may well be that US aid, perhaps not from the CIA but from the Agency for International Development, will be needed create these alternatives.";
const PREDICTION =
  "If the larger international community cooperates on counternarcotics efforts, there will be a higher chance of reliable, long-term Chinese participation in these efforts.";
const HEADING = "A Transnational Approach for a Transnational Crime";

describe("scoreSentence: check-worthy sentences", () => {
  test("the CDC statistic scores high, with its claimant and reasons", () => {
    const r = scoreSentence(CDC);
    expect(r.score).toBeGreaterThanOrEqual(0.9);
    expect(r.claimType).toBe("statistic");
    expect(r.claimant).toBe("Center for Disease Control and Prevention");
    expect(r.reasons).toEqual(
      expect.arrayContaining(["attribution: reported", "quantity: 110,000", "date: 2022", "complete sentence"]),
    );
    expect(r.reasons.some((x) => x.startsWith("hedge") || x.startsWith("opinion"))).toBe(false);
  });

  test.each([
    ["Kerry Committee finding", KERRY, "Kerry Committee report", "factual", 0.6],
    ["Gary Webb's Dark Alliance", WEBB, "Gary Webb", "factual", 0.6],
    ["Webb's allegation", WEBB_ALLEGED, "Webb", "allegation", 0.5],
    ["the Hitz report", HITZ_REPORT, "CIA Inspector General Frederick Hitz", "allegation", 0.6],
    ["Hitz's testimony", HITZ_SAID, "Hitz", "allegation", 0.5],
    ["McCoy's assertion", MCCOY_ASSERTS, "McCoy", "factual", 0.5],
    ["According to Dr. McCoy", MCCOY_ACCORDING, "McCoy", "factual", 0.45],
    ["According to Leary", LEARY, "William M. Leary", "factual", 0.6],
    ["Costa's quotation", COSTA, "Antonio Maria Costa", "quotation", 0.6],
    ["Glaze (negated attribution)", GLAZE, "Glaze", "factual", 0.5],
    ["the UNODC survey", UNODC, "United Nations Office on Drugs and Crime", "statistic", 0.8],
    ["Zavala's quoted figure", ZAVALA, "Julio Zavala", "quotation", 0.8],
    ["Tait's figure", TAIT, "Tait", "statistic", 0.8],
  ])("%s", (_label, sentence, claimant, claimType, minScore) => {
    const r = scoreSentence(sentence);
    expect(r.claimant).toBe(claimant);
    expect(r.claimType).toBe(claimType);
    expect(r.score).toBeGreaterThanOrEqual(minScore);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  test("a quoted 'will' is the speaker's: a quotation, not a prediction", () => {
    const r = scoreSentence(KARZAI);
    expect(r.claimType).toBe("quotation");
    expect(r.claimant).toBe("Afghan President Hamid Karzai");
    expect(r.reasons.some((x) => x.startsWith("prediction"))).toBe(false);
  });

  test("claimant after a quotation: “…,” X said.", () => {
    const r = scoreSentence('"There is no rule of law in most of the southern parts of Afghanistan," Costa said.');
    expect(r.claimant).toBe("Costa");
    expect(r.claimType).toBe("quotation");
  });

  test("no claimant from pronouns or lowercase descriptions", () => {
    expect(
      scoreSentence("He said he had gone to Paris and interviewed retired general Maurice Belleux.").claimant,
    ).toBeUndefined();
    expect(
      scoreSentence('But the cocaine ended up on the street because of "poor judgment," the intelligence agency said.')
        .claimant,
    ).toBeUndefined();
  });
});

describe("scoreSentence: sentences that are not check-worthy", () => {
  test("the essay's prescription is an opinion and scores low", () => {
    const r = scoreSentence(MUST);
    expect(r.claimType).toBe("opinion");
    expect(r.score).toBeLessThan(0.2);
    expect(r.reasons).toContain("opinion: must");
  });

  test("hedged speculation scores low", () => {
    const r = scoreSentence(HEDGED);
    expect(r.score).toBeLessThan(0.2);
    expect(r.reasons.find((x) => x.startsWith("hedge"))).toBe("hedge: may, perhaps");
  });

  test("a forecast is a prediction and scores low", () => {
    const r = scoreSentence(PREDICTION);
    expect(r.claimType).toBe("prediction");
    expect(r.score).toBeLessThan(0.3);
  });

  test("a heading is not a sentence", () => {
    const r = scoreSentence(HEADING);
    expect(r.score).toBe(0);
    expect(r.reasons).toContain("not a full sentence");
  });

  test("a question scores lower than the same statement", () => {
    const statement = scoreSentence("The CIA supported various Afghan drug lords in 1985.");
    const question = scoreSentence("Did the CIA support various Afghan drug lords in 1985?");
    expect(question.reasons).toContain("question");
    expect(question.score).toBeLessThan(statement.score);
  });

  test("the month May is not a hedge", () => {
    const r = scoreSentence("The UNODC released its report in May 2007.");
    expect(r.reasons.some((x) => x.startsWith("hedge"))).toBe(false);
    expect(r.reasons).toContain("date: May 2007");
  });

  test("ordering: the statistic outranks the finding, which outranks the opinion", () => {
    const [cdc, kerry, must] = [CDC, KERRY, MUST].map((s) => scoreSentence(s).score);
    expect(cdc).toBeGreaterThan(kerry);
    expect(kerry).toBeGreaterThan(must);
  });
});

describe("sentenceHash", () => {
  test("sha256 hex of the whitespace-normalized sentence", () => {
    expect(sentenceHash("Costa said so.")).toBe("f163b6f16fa808807c0eb8d51aa5343f34d514086eece26c4b9bef9bfc192bac");
    expect(sentenceHash("  Costa\n said   so. ")).toBe(sentenceHash("Costa said so."));
  });

  test("different wording, different hash", () => {
    expect(sentenceHash("Costa said so.")).not.toBe(sentenceHash("Costa said no."));
    expect(sentenceHash(CDC)).toMatch(/^[0-9a-f]{64}$/);
  });
});
