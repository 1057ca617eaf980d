// Times the public search's reads (lib/search) on the generated data set with the app's own code:
// three typical queries a page of results each (a word nearly every theme and meeting holds, a
// phrase, two words) and the similar-theme suggestion for a proposal being typed. Prints one JSON
// line: mean and p95 milliseconds per read, and how many results each query finds.
//
//   DATABASE_URL=… npx tsx --tsconfig bench/tsconfig.json bench/search-queries.ts
import { closeDb, type DbOrTx as Db, getDb } from '../db/client';
import { readSearchResults, readSimilarThemes } from '../lib/search/queries';

const ROUNDS = 40;
const SEARCH_BENCH_QUERIES = [
  { name: 'search "virksomheder" (page 1)', run: (db: Db) => readSearchResults(db, 'virksomheder') },
  { name: 'search "virksomheder" (page 5)', run: (db: Db) => readSearchResults(db, 'virksomheder', 5) },
  { name: 'search "grøn omstilling" (phrase)', run: (db: Db) => readSearchResults(db, '"grøn omstilling"') },
  { name: 'search trafik parkering', run: (db: Db) => readSearchResults(db, 'trafik parkering') },
  { name: 'similar themes for a proposal', run: (db: Db) => readSimilarThemes(db, 'Parkering og trafik ved erhvervsskolerne') },
];

const db = await getDb();
const results = [];
for (const query of SEARCH_BENCH_QUERIES) {
  const first = await query.run(db);
  const found = Array.isArray(first) ? first.length : first.total;
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await query.run(db);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  results.push({ name: query.name, found, meanMs: mean, p95Ms: times[Math.ceil(times.length * 0.95) - 1] });
}
await closeDb();
console.log(JSON.stringify(results));
