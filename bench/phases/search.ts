// Search: 50 mixed full-text queries through lib (publicSearch, as the public search page runs
// them) and the same statements run raw on the same connection, in alternating passes.
import type { Database } from "@/lib/db";
import { publicSearch, publicSearchSql, publicWorkspace, searchInput } from "@/lib/publishing";
import { corpusVocabulary, prng, TAGS } from "../seed/words";
import { percentile, round, timed } from "../lib/stats";

const ROUNDS = 4;

/** Single common, mid and rare words, AND pairs, quoted phrases, OR, negation and a tag filter. */
export function searchQueries(seed = 7): { q: string; tag?: string }[] {
  const rng = prng(seed);
  const vocab = corpusVocabulary();
  const common = () => vocab[rng.int(0, 40)];
  const mid = () => vocab[rng.int(200, 2000)];
  const rare = () => vocab[rng.int(Math.floor(vocab.length / 2), vocab.length - 1)];
  const out: { q: string; tag?: string }[] = [];
  for (let i = 0; i < 12; i++) out.push({ q: common() });
  for (let i = 0; i < 10; i++) out.push({ q: mid() });
  for (let i = 0; i < 6; i++) out.push({ q: rare() });
  for (let i = 0; i < 8; i++) out.push({ q: `${mid()} ${common()}` });
  for (let i = 0; i < 5; i++) out.push({ q: `"${common()} ${common()}"` });
  for (let i = 0; i < 4; i++) out.push({ q: `${mid()} or ${rare()}` });
  for (let i = 0; i < 3; i++) out.push({ q: `${common()} -${mid()}` });
  for (let i = 0; i < 2; i++) out.push({ q: mid(), tag: rng.pick(TAGS) });
  return out;
}

export async function benchSearch(database: Database, slug: string) {
  const ws = await publicWorkspace(database.prisma, slug);
  if (!ws) throw new Error(`workspace ${slug} is missing`);
  const queries = searchQueries();
  const lib: number[] = [];
  const raw: number[] = [];
  const perQuery = queries.map(() => 0);
  let hits = 0;
  for (const q of queries) await publicSearch(database.prisma, ws, q); // warm-up: plans, caches
  // A query run right after the same query runs ~30% faster (its pages are still in the CPU's
  // caches), so each round runs all 50 through lib, then all 50 raw (the other way round in odd
  // rounds): no run follows its own twin, and drift hits both.
  const libPass = async () => {
    for (const [i, q] of queries.entries()) {
      const [res, ms] = await timed(() => publicSearch(database.prisma, ws, q));
      lib.push(ms);
      perQuery[i] = Math.max(perQuery[i], ms);
      hits += res.total;
    }
  };
  const rawPass = async () => {
    for (const q of queries) {
      const sql = publicSearchSql(ws.id, searchInput.parse(q))!;
      raw.push((await timed(() => database.query(sql.text, sql.values)))[1]);
    }
  };
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) await libPass().then(rawPass);
    else await rawPass().then(libPass);
  }
  // The plan of the slowest query, for the results.
  const slowest = perQuery.indexOf(Math.max(...perQuery));
  const sql = publicSearchSql(ws.id, searchInput.parse(queries[slowest]))!;
  const plan = (await database.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values))
    .map((r) => r["QUERY PLAN"])
    .join("\n");
  return {
    samples: lib.length,
    meanHits: round(hits / lib.length, 1),
    p50: round(percentile(lib, 50)),
    p95: round(percentile(lib, 95)),
    rawP50: round(percentile(raw, 50)),
    rawP95: round(percentile(raw, 95)),
    slowest: { query: queries[slowest], maxMs: round(perQuery[slowest]), plan },
  };
}
