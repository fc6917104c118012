// Deterministic text for the synthetic workspace: a seeded PRNG and a vocabulary taken from the
// demo corpus, so full-text search sees the same kind of words a real desk holds.
import fs from "node:fs";
import path from "node:path";

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    /** Skewed towards the front: popular sources and claimants recur, as on a real desk. */
    skewed: (n: number) => Math.min(n - 1, Math.floor(n * next() ** 2.5)),
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof prng>;

const CORPUS = ["cia-transnational-crime.wikitext", "world-war-drugs.txt"];

/** Every distinct word of three or more letters in the corpus, sorted (so the order is stable). */
export function corpusVocabulary(root = process.cwd()): string[] {
  const words = new Set<string>();
  for (const f of CORPUS) {
    const file = [path.join(root, "prisma/demo", f), path.join(root, "../shared/corpus", f)].find((p) =>
      fs.existsSync(p),
    );
    if (!file) throw new Error(`the demo corpus file ${f} is missing (prisma/demo/)`);
    for (const w of fs
      .readFileSync(file, "utf8")
      .toLowerCase()
      .match(/[a-z]{3,}/g) ?? [])
      words.add(w);
  }
  return [...words].sort();
}

export function sentence(rng: Rng, vocab: string[], min = 8, max = 28): string {
  const n = rng.int(min, max);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(vocab[rng.skewed(vocab.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(" ") + ".";
}

export const titleCase = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

export const FIRST_NAMES = [
  "Alfred",
  "Gary",
  "William",
  "Frederick",
  "Antonio",
  "John",
  "Maria",
  "Ana",
  "Li",
  "Kwame",
  "Sofia",
  "Omar",
  "Elena",
  "Rahul",
  "Grace",
  "Hiro",
  "Lucia",
  "Tomas",
  "Amara",
  "Pavel",
  "Ines",
  "Mateo",
  "Yara",
  "Jonas",
  "Nadia",
  "Felix",
  "Zara",
  "Ivan",
  "Lena",
  "Samuel",
];
export const LAST_NAMES = [
  "McCoy",
  "Webb",
  "Leary",
  "Hitz",
  "Costa",
  "Glaze",
  "Kerry",
  "Garcia",
  "Chen",
  "Mensah",
  "Rossi",
  "Haddad",
  "Petrova",
  "Sharma",
  "Okafor",
  "Tanaka",
  "Silva",
  "Novak",
  "Diallo",
  "Ivanov",
  "Moreau",
  "Lopez",
  "Nasser",
  "Berg",
  "Khan",
  "Weber",
  "Ali",
  "Popescu",
  "Jensen",
  "Cohen",
];
export const ORGS = [
  "Committee",
  "Agency",
  "Institute",
  "Office",
  "Council",
  "Bureau",
  "Foundation",
  "Commission",
  "Ministry",
  "Tribunal",
];
export const PUBLISHERS = [
  "Harper & Row",
  "U.S. Government Printing Office",
  "Verso",
  "Seven Stories Press",
  "UNODC",
  "University of Alabama Press",
  "Lawrence Hill",
  "The New York Times",
  "San Jose Mercury News",
  "Congressional Record",
];
export const TAGS = [
  "drug-trade",
  "cia",
  "contras",
  "heroin",
  "cocaine",
  "laos",
  "afghanistan",
  "nicaragua",
  "policy",
  "funding",
  "testimony",
  "inspector-general",
  "un",
  "prohibition",
  "violence",
  "corruption",
  "banking",
  "air-america",
  "kerry-report",
  "dark-alliance",
  "opium",
  "colombia",
  "mexico",
  "harm-reduction",
  "statistics",
  "interviews",
  "archives",
  "legislation",
  "prisons",
  "markets",
];
