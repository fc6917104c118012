// The demo workspace's curated claims: each `quote` is an exact passage of the imported plain
// text, so the seed anchors it like an editor's selection would. Evidence comes only from the
// sources cited in a claim's own paragraph (lib/demo/evidence.ts), so claims whose paragraph cites
// nothing stay unpublished. Relations follow the article's
// own debate (Leary against McCoy, the Mercury News retraction against Webb, …).
export interface DemoClaimant {
  name: string;
  kind: "person" | "organization";
  description?: string;
  aliases?: string[];
}

export const DEMO_CLAIMANTS: Record<string, DemoClaimant> = {
  kerry: {
    name: "Kerry Committee",
    kind: "organization",
    description:
      "U.S. Senate Subcommittee on Terrorism, Narcotics and International Operations, chaired by John Kerry.",
    aliases: ["Kerry Committee report"],
  },
  webb: {
    name: "Gary Webb",
    kind: "person",
    description: 'Investigative journalist, San Jose Mercury News; author of the "Dark Alliance" series (1996).',
  },
  mccoy: {
    name: "Alfred McCoy",
    kind: "person",
    description: "Historian; author of The Politics of Heroin in Southeast Asia.",
    aliases: ["Alfred W. McCoy", "Dr. McCoy"],
  },
  leary: {
    name: "William M. Leary",
    kind: "person",
    description: "University of Georgia historian; CIA-funded study of air operations in Laos.",
  },
  hitz: { name: "Frederick Hitz", kind: "person", description: "CIA Inspector General (1990–1998)." },
  costa: {
    name: "Antonio Maria Costa",
    kind: "person",
    description: "Executive Director of the UN Office on Drugs and Crime.",
    aliases: ["Antonio Costa"],
  },
  glaze: {
    name: "John Glaze",
    kind: "person",
    description: "USAF lieutenant colonel; wrote for the Strategic Studies Institute of the U.S. Army War College.",
    aliases: ["LTC John Glaze"],
  },
  unodc: {
    name: "UNODC",
    kind: "organization",
    description: "United Nations Office on Drugs and Crime.",
    aliases: ["United Nations Office on Drugs and Crime"],
  },
  waters: { name: "Maxine Waters", kind: "person", description: "U.S. Representative." },
  briggs: {
    name: "Everett Ellis Briggs",
    kind: "person",
    description: "Former U.S. Ambassador to Panama and Honduras.",
  },
  macmichael: { name: "David MacMichael", kind: "person", description: "Former CIA agent." },
  examiner: { name: "San Francisco Examiner", kind: "organization" },
  nyt: { name: "The New York Times", kind: "organization" },
  zavala: { name: "Julio Zavala", kind: "person" },
  karzai: { name: "Hamid Karzai", kind: "person", description: "President of Afghanistan." },
  cia: { name: "Central Intelligence Agency", kind: "organization", aliases: ["CIA"] },
  cdc: {
    name: "Centers for Disease Control and Prevention",
    kind: "organization",
    aliases: ["CDC", "Center for Disease Control and Prevention"],
  },
  park: {
    name: "Junwon Park",
    kind: "person",
    description: 'Author of "World War Drugs" (Alexander Hamilton Society, College of William & Mary).',
  },
  cockburn: {
    name: "Alexander Cockburn and Jeffrey St Clair",
    kind: "person",
    description: "Authors of Whiteout: The CIA, Drugs and the Press (1998).",
  },
  mercury: { name: "San Jose Mercury News", kind: "organization" },
};

export interface DemoClaim {
  key: string;
  doc: "wiki" | "essay";
  quote: string;
  text?: string;
  headline?: string;
  claimant: keyof typeof DEMO_CLAIMANTS;
  reportedBy?: keyof typeof DEMO_CLAIMANTS;
  type: "factual" | "allegation" | "statistic" | "quotation" | "opinion" | "prediction";
  tags: string[];
  claimedAt?: string;
}

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    key: "kerry-state",
    doc: "wiki",
    quote: "the Kerry Committee report found that the U.S. State Department had assisted drug traffickers",
    headline: "Kerry report: State Department assisted drug traffickers",
    claimant: "kerry",
    reportedBy: "cockburn",
    type: "factual",
    tags: ["kerry-report", "contras", "iran-contra"],
    claimedAt: "1989-04-13",
  },
  {
    key: "kerry-contras",
    doc: "wiki",
    quote:
      "It is clear that individuals who provided support for the Contras were involved in drug trafficking ... and elements of the Contras themselves knowingly received financial and material assistance from drug traffickers.",
    text: "Individuals who supported the Contras were involved in drug trafficking, and elements of the Contras knowingly received assistance from drug traffickers.",
    headline: "Contra supporters trafficked drugs and Contras took traffickers' money",
    claimant: "kerry",
    type: "quotation",
    tags: ["kerry-report", "contras"],
    claimedAt: "1989-04-13",
  },
  {
    key: "kerry-indicted",
    doc: "wiki",
    quote:
      "Some of these payments were after the traffickers had been indicted by federal law enforcement agencies on drug charges",
    headline: "Some State Department payments went to already-indicted traffickers",
    claimant: "kerry",
    type: "factual",
    tags: ["kerry-report", "contras"],
  },
  {
    key: "kerry-supply-networks",
    doc: "wiki",
    quote:
      "Among their findings, the Kerry committee investigators found that traffickers used the Contra supply networks and the traffickers provided support for Contras in return.",
    headline: "Kerry investigators: traffickers used Contra supply networks",
    claimant: "kerry",
    reportedBy: "waters",
    type: "factual",
    tags: ["kerry-report", "contras", "congress"],
    claimedAt: "1998-05-07",
  },
  {
    key: "waters-cia-contras",
    doc: "wiki",
    quote:
      "The CIA created, trained, supported, and directed the Contras and were involved in every level of their war.",
    headline: "CIA created, trained and directed the Contras",
    claimant: "waters",
    type: "factual",
    tags: ["contras", "congress"],
    claimedAt: "1998-05-07",
  },
  {
    key: "webb-aircraft",
    doc: "wiki",
    quote:
      "he reported evidence that CIA aircraft, which had ferried arms to the Nicaraguan Contras, had been used to ship cocaine to the United States on their return flights",
    headline: "Webb: CIA arms flights to the Contras returned carrying cocaine",
    claimant: "webb",
    type: "allegation",
    tags: ["dark-alliance", "contras", "cocaine"],
    claimedAt: "1996-08-18",
  },
  {
    key: "webb-distribution",
    doc: "wiki",
    quote:
      "Webb also alleged that Central American narcotics traffickers could distribute cocaine in U.S. cities in the 1980s without the interference of normal law enforcement agencies",
    headline: "Webb: traffickers sold cocaine in U.S. cities without interference",
    claimant: "webb",
    type: "allegation",
    tags: ["dark-alliance", "cocaine"],
  },
  {
    key: "webb-prosecution",
    doc: "wiki",
    quote: "the CIA intervened to prevent the prosecution of drug dealers who were helping to fund the Contras",
    headline: "Webb: CIA blocked prosecution of drug dealers funding the Contras",
    claimant: "webb",
    type: "allegation",
    tags: ["dark-alliance", "contras"],
  },
  {
    key: "mercury-retraction",
    doc: "wiki",
    quote: "The Mercury News ultimately retracted Webb's conclusions",
    headline: "The Mercury News retracted Webb's conclusions",
    claimant: "mercury",
    type: "factual",
    tags: ["dark-alliance", "press"],
  },
  {
    key: "hitz-ties",
    doc: "wiki",
    quote: "CIA did not 'expeditiously' cut off relations with alleged drug traffickers",
    headline: "Hitz: CIA did not promptly cut ties with alleged traffickers",
    claimant: "hitz",
    type: "factual",
    tags: ["inspector-general", "contras"],
    claimedAt: "1998-03-16",
  },
  {
    key: "hitz-aware",
    doc: "wiki",
    quote:
      "the CIA was aware of allegations that 'dozens of people and a number of companies connected in some fashion to the contra program' were involved in drug trafficking",
    headline: "Hitz: CIA knew of trafficking allegations against dozens tied to Contras",
    claimant: "hitz",
    type: "factual",
    tags: ["inspector-general", "contras"],
    claimedAt: "1998-03-16",
  },
  {
    key: "hitz-1982",
    doc: "wiki",
    quote: "agency officers were not required to report allegations of drug trafficking involving non-employees",
    headline: "1982 agreement: CIA need not report trafficking by non-employees",
    claimant: "hitz",
    type: "factual",
    tags: ["inspector-general", "policy"],
  },
  {
    key: "examiner-ring",
    doc: "wiki",
    quote: "cocaine ring in the San Francisco Bay area helped finance Nicaragua's Contra rebels.",
    headline: "Examiner: Bay Area cocaine ring financed the Contras",
    claimant: "examiner",
    type: "allegation",
    tags: ["contras", "cocaine"],
    claimedAt: "1986-03-16",
  },
  {
    key: "zavala-500k",
    doc: "wiki",
    quote:
      "that he supplied $500,000 to two Costa Rican-based Contra groups and that the majority of it came from cocaine trafficking in the San Francisco Bay area, Miami and New Orleans.",
    headline: "Zavala: $500,000 to Contra groups, mostly from cocaine sales",
    claimant: "zavala",
    reportedBy: "examiner",
    type: "statistic",
    tags: ["contras", "cocaine"],
  },
  {
    key: "macmichael-road",
    doc: "wiki",
    quote: "By developing a system for supply of the Contras, the US built a road for drug supply into the US.",
    headline: "MacMichael: Contra supply lines became a drug road into the US",
    claimant: "macmichael",
    type: "opinion",
    tags: ["contras"],
  },
  {
    key: "ton-cocaine",
    doc: "wiki",
    quote:
      "approved the shipment of at least one ton of nearly pure cocaine to Miami International Airport as a way of gathering information about the Colombian drug cartels",
    headline: "CIA approved a ton of cocaine shipment that ended up on U.S. streets",
    claimant: "nyt",
    type: "factual",
    tags: ["venezuela", "cocaine"],
    claimedAt: "1996-11-23",
  },
  {
    key: "briggs-noriega",
    doc: "wiki",
    quote:
      "CIA undermined efforts to put a stop to the drug smuggling activities of Panamanian dictator Manuel Noriega",
    headline: "Briggs: CIA undermined efforts to stop Noriega's drug smuggling",
    claimant: "briggs",
    type: "allegation",
    tags: ["panama"],
    claimedAt: "2007-09-09",
  },
  {
    key: "mccoy-complicity",
    doc: "wiki",
    quote:
      "In this book I show the complicity of various US agencies—particularly the CIA and the State Department—in organizing the Southeast Asian drug traffic since the early 1950s.",
    headline: "McCoy: CIA and State Department complicit in Southeast Asian drug traffic",
    claimant: "mccoy",
    type: "allegation",
    tags: ["southeast-asia", "heroin", "laos"],
    claimedAt: "1972-09-21",
  },
  {
    key: "mccoy-publication",
    doc: "wiki",
    quote: "the agency intimidated his sources and tried to keep the book from being published",
    headline: "McCoy: CIA intimidated his sources and tried to stop his book",
    claimant: "mccoy",
    type: "allegation",
    tags: ["southeast-asia", "press"],
  },
  {
    key: "mccoy-compliance",
    doc: "wiki",
    quote:
      "the traffic is being carried on with the indifference if not the closed-eye compliance of some American officials",
    headline: "McCoy: Laos opium traffic ran with U.S. officials' indifference",
    claimant: "mccoy",
    type: "allegation",
    tags: ["laos", "southeast-asia", "opium"],
  },
  {
    key: "mccoy-french",
    doc: "wiki",
    quote: "the CIA had simply replaced the French, to finance similar operations",
    headline: "McCoy: the CIA replaced the French in financing operations with drugs",
    claimant: "mccoy",
    type: "allegation",
    tags: ["indochina", "france", "opium"],
    claimedAt: "1991-11-09",
  },
  {
    key: "mccoy-belleux",
    doc: "wiki",
    quote:
      "he told me that French military intelligence had financed all their covert operations from the control of the Indochina drug trade",
    headline: "Belleux told McCoy French intelligence ran on Indochina's drug trade",
    claimant: "mccoy",
    type: "quotation",
    tags: ["indochina", "france", "opium"],
  },
  {
    key: "mccoy-french-assets",
    doc: "wiki",
    quote:
      "it was his information that the CIA had taken over the French assets and were pursuing something of the same policy",
    headline: "Belleux: CIA took over French drug assets in Indochina",
    claimant: "mccoy",
    type: "allegation",
    tags: ["indochina", "france", "opium"],
  },
  {
    key: "mccoy-radical-pragmatism",
    doc: "wiki",
    quote: "the CIA pursued a policy that I call radical pragmatism",
    headline: 'McCoy: the CIA\'s Cold War policy was "radical pragmatism"',
    claimant: "mccoy",
    type: "opinion",
    tags: ["cold-war"],
    claimedAt: "1991-11-09",
  },
  {
    key: "mccoy-immunity",
    doc: "wiki",
    quote:
      "While they were allied with the United States these drug lords were absolutely immune to any kind of investigation.",
    headline: "McCoy: CIA-allied drug lords were immune from investigation",
    claimant: "mccoy",
    type: "allegation",
    tags: ["cold-war", "immunity"],
  },
  {
    key: "mccoy-hekmatyar",
    doc: "wiki",
    quote: "the CIA supported various Afghan drug lords, for instance Gulbuddin Hekmatyar",
    headline: "McCoy: CIA supported Afghan drug lords such as Hekmatyar",
    claimant: "mccoy",
    type: "allegation",
    tags: ["afghanistan", "heroin"],
  },
  {
    key: "leary-laos",
    doc: "wiki",
    quote:
      "Leary takes a position which claims that the CIA, which funded his work, was not complicit in the drug trade",
    headline: "Leary: the CIA was not complicit in the drug trade in Laos",
    claimant: "leary",
    type: "factual",
    tags: ["laos", "southeast-asia"],
  },
  {
    key: "leary-largest",
    doc: "wiki",
    quote: "CIA-led covert action in Laos was the largest paramilitary operation in the history of the Agency",
    headline: "CIA's Laos operation was its largest paramilitary operation",
    claimant: "leary",
    type: "factual",
    tags: ["laos"],
  },
  {
    key: "leary-knew",
    doc: "wiki",
    quote: "If the CIA was not involved in the drug trade, it did know about it.",
    headline: "Leary: the CIA knew of the drug trade in Laos",
    claimant: "leary",
    type: "factual",
    tags: ["laos", "southeast-asia"],
  },
  {
    key: "leary-focus",
    doc: "wiki",
    quote: "The CIA's main focus in Laos remained on fighting the war, not on policing the drug trade.",
    headline: "Leary: in Laos the CIA fought the war and did not police drugs",
    claimant: "leary",
    type: "opinion",
    tags: ["laos", "southeast-asia"],
  },
  {
    key: "glaze-skyrocketed",
    doc: "wiki",
    quote:
      "Opium production in Afghanistan has skyrocketed since the U.S. military teamed with the Central Intelligence Agency (CIA) and Afghanistan's Northern Alliance in toppling the Taliban in 2001",
    headline: "Glaze: Afghan opium production skyrocketed after 2001",
    claimant: "glaze",
    type: "factual",
    tags: ["afghanistan", "opium"],
    claimedAt: "2007-10-01",
  },
  {
    key: "glaze-no-active-role",
    doc: "wiki",
    quote: "Glaze does not suggest that the CIA takes an active role in the ongoing drug trade",
    headline: "Glaze does not claim an active CIA role in the Afghan drug trade",
    claimant: "glaze",
    type: "factual",
    tags: ["afghanistan"],
  },
  {
    key: "unodc-gdp",
    doc: "wiki",
    quote: "it has been roughly estimated as equivalent to 36% of licit (i.e. non-drug) GDP in 2004/05",
    headline: "Afghan opium economy ≈ 36% of licit GDP in 2004/05",
    claimant: "unodc",
    type: "statistic",
    tags: ["afghanistan", "opium", "economy"],
  },
  {
    key: "unodc-8200",
    doc: "wiki",
    quote:
      "Afghanistan produced approximately 8,200 metric tonnes of opium — nearly double the estimate of global annual consumption",
    headline: "Afghanistan produced ~8,200 tonnes of opium in 2007",
    claimant: "unodc",
    type: "statistic",
    tags: ["afghanistan", "opium"],
    claimedAt: "2007-08-27",
  },
  {
    key: "costa-hoarding",
    doc: "wiki",
    quote:
      "I suspect that the big traffickers are hoarding surplus opium as a hedge against future price shocks and as a source of funding for future terrorist attacks",
    headline: "Costa: traffickers may be hoarding opium to fund terrorism",
    claimant: "costa",
    type: "opinion",
    tags: ["afghanistan", "opium", "terrorism"],
    claimedAt: "2007-04-25",
  },
  {
    key: "costa-rule-of-law",
    doc: "wiki",
    quote: "There is no rule of law in most of the southern parts of Afghanistan—the bullets rule.",
    headline: "Costa: no rule of law in southern Afghanistan",
    claimant: "costa",
    type: "quotation",
    tags: ["afghanistan"],
  },
  {
    key: "afghan-officials-70",
    doc: "wiki",
    quote: "Afghan government officials are now believed to be involved in at least 70 percent of opium trafficking",
    headline: "Afghan officials involved in at least 70% of opium trafficking",
    claimant: "glaze",
    type: "statistic",
    tags: ["afghanistan", "corruption"],
  },
  {
    key: "cdc-110000",
    doc: "essay",
    quote:
      "In 2022, the Center for Disease Control and Prevention reported an all-time high of almost 110,000 drug-related deaths in the United States.",
    headline: "CDC: almost 110,000 U.S. drug-related deaths in 2022",
    claimant: "cdc",
    reportedBy: "park",
    type: "statistic",
    tags: ["overdoses", "united-states"],
    claimedAt: "2023-12-13",
  },
  {
    key: "prc-fentanyl",
    doc: "essay",
    quote:
      "The People’s Republic of China (PRC) is one of the largest producers of fentanyl and fentanyl-related substances that reach the United States.",
    headline: "China is a leading source of fentanyl reaching the U.S.",
    claimant: "park",
    type: "factual",
    tags: ["fentanyl", "china"],
  },
  {
    key: "china-unreliable",
    doc: "essay",
    quote:
      "China’s partnership on this important issue is unreliable, and that Beijing is willing to use it as a bargaining chip in other political disputes",
    headline: "Park: China's counternarcotics partnership is unreliable",
    claimant: "park",
    type: "opinion",
    tags: ["china", "diplomacy"],
  },
  {
    key: "india-offshoring",
    doc: "essay",
    quote:
      "Narcotics production operations are known to have switched production from China to India to avoid scrutiny from domestic law enforcement",
    headline: "Narcotics production has shifted from China to India",
    claimant: "park",
    type: "factual",
    tags: ["india", "china", "fentanyl"],
  },
  {
    key: "ica-proposal",
    doc: "essay",
    quote:
      "the United States should establish a framework that addresses the transnational nature of the narcotics problem: the International Counternarcotics Agency (ICA).",
    headline: "Park proposes an International Counternarcotics Agency",
    claimant: "park",
    type: "opinion",
    tags: ["ica", "diplomacy"],
  },
];

export const DEMO_RELATIONS: {
  from: string;
  to: string;
  type: "supports" | "contradicts" | "refines" | "duplicates";
  note?: string;
}[] = [
  {
    from: "leary-laos",
    to: "mccoy-complicity",
    type: "contradicts",
    note: "Leary's CIA-funded study disputes CIA complicity in the Laotian opium trade.",
  },
  {
    from: "mercury-retraction",
    to: "webb-aircraft",
    type: "contradicts",
    note: "The paper retracted the series' conclusions.",
  },
  {
    from: "hitz-aware",
    to: "webb-prosecution",
    type: "supports",
    note: "The Inspector General found the CIA knew of the allegations.",
  },
  { from: "hitz-ties", to: "kerry-state", type: "supports" },
  { from: "kerry-contras", to: "kerry-state", type: "refines" },
  { from: "waters-cia-contras", to: "kerry-contras", type: "supports" },
  { from: "examiner-ring", to: "webb-distribution", type: "supports" },
  { from: "zavala-500k", to: "examiner-ring", type: "supports" },
  { from: "mccoy-french-assets", to: "mccoy-belleux", type: "refines" },
  { from: "mccoy-immunity", to: "mccoy-radical-pragmatism", type: "supports" },
  {
    from: "leary-knew",
    to: "mccoy-compliance",
    type: "supports",
    note: "Leary's study concedes the Agency knew of the trade, as the charge of indifference says.",
  },
  {
    from: "leary-focus",
    to: "mccoy-complicity",
    type: "contradicts",
    note: "Leary sees neglect of policing, not complicity.",
  },
  { from: "mccoy-french", to: "mccoy-french-assets", type: "refines" },
  { from: "kerry-supply-networks", to: "kerry-contras", type: "supports" },
  {
    from: "glaze-no-active-role",
    to: "mccoy-hekmatyar",
    type: "contradicts",
    note: "Glaze sees influence, not participation.",
  },
  {
    from: "unodc-8200",
    to: "costa-hoarding",
    type: "supports",
    note: "Production far above consumption is what prompted the hoarding question.",
  },
  { from: "china-unreliable", to: "ica-proposal", type: "supports" },
  { from: "india-offshoring", to: "prc-fentanyl", type: "refines" },
];
