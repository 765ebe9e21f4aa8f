// `npm run bench`: speed on this machine, printed. Extraction per core and on all cores (worker
// threads) with peak memory, compromise on the same text, ingest into SQLite by the thousand,
// the cost of storing one article and API latency at 1k, 10k and 100k generated articles, and
// the API under load while an ingest runs.
// The articles are generated (test/corpus-generator.ts, seeded) from the example corpus; the
// large stores are kept in .cache/bench/ and reused. BENCH_SIZES=1000,10000 for a shorter run.
import { cpus, availableParallelism } from 'node:os';
import { generateArticles, exampleSentences } from '../test/corpus-generator.ts';
import { compromiseEntities, extractAllCores, extractOneThread, rate } from './bench-extract.ts';
import { buildStore, queryLatencies, searchWords, storingCost } from './bench-scale.ts';
import { createExtractor } from '../src/pipeline.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { loadSectionCues } from '../src/ingest/index.ts';
import { loadWhileIngesting } from './bench-load.ts';
import { openStore } from '../src/store/index.ts';

const SEED = 2026;
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

console.log(`factiongraph bench — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}`);
const sentences = exampleSentences();
const sample = [...generateArticles(400, SEED, sentences)];
console.log(`\nextraction of ${sample.length} generated articles (${(sample.reduce((n, d) => n + d.text.length, 0) / sample.length / 1000).toFixed(1)} KB each)`);
const warmUp = [...generateArticles(300, SEED + 3, sentences)];
const one = extractOneThread(sample, warmUp);
console.log(`  one thread:   ${rate(one.rate)} after 300 other articles (start-up: knowledge and gazetteer ${one.startup.toFixed(1)} s)`);
const all = await extractAllCores([...generateArticles(1200, SEED + 1, sentences)]);
console.log(`  ${all.workers} workers:    ${rate(all.rate)} over the second half; ${rate(all.withStartup)} counting start-up`);
const baseline = compromiseEntities(sample, warmUp);
console.log(`  compromise people/places/organizations: ${rate(baseline)} — factiongraph runs at ${(one.rate.mb / one.rate.seconds / (baseline.mb / baseline.seconds)).toFixed(2)}× its speed`);
console.log(`  peak memory (RSS) so far: ${mb(process.resourceUsage().maxRSS * 1024)}`);

// The same new articles stored into each store: is storing one article flat from 1k to 100k?
const extractor = createExtractor(loadKnowledge(), loadSectionCues());
const fresh = [...generateArticles(501, SEED + 7, sentences)].map((doc) => ({ doc, out: extractor.extract(doc) }));

let loadStore: { db: string; actors: string[] } | null = null;
for (const n of sizes) {
  const built = await buildStore(n, SEED);
  const ingested = n - built.resumedFrom;
  console.log(`\n${n.toLocaleString('en')} articles: ${built.reused ? `store reused from ${built.db}` : `${built.resumedFrom ? `resumed after ${built.resumedFrom.toLocaleString('en')}; ` : ''}ingested ${ingested.toLocaleString('en')} in ${built.seconds.toFixed(0)} s (${(ingested / built.seconds).toFixed(0)} articles/s, ${availableParallelism()} workers)`}`);
  if (built.perThousand.length > 1) {
    const first = built.perThousand[0]!, last = built.perThousand[built.perThousand.length - 1]!;
    const middle = [...built.perThousand].sort((a, b) => a - b)[Math.floor(built.perThousand.length / 2)]!;
    console.log(`  seconds per 1,000 articles: first ${first.toFixed(1)}, median ${middle.toFixed(1)}, last ${last.toFixed(1)}`);
  }
  const store = openStore(built.db);
  const counts = store.prepare('SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM claims) AS claims, (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM actors) AS actors').get() as Record<string, number>;
  const actors = (store.prepare('SELECT actor_key AS key FROM actor_name_totals GROUP BY actor_key ORDER BY SUM(mentions) DESC LIMIT 50').all() as Array<{ key: string }>).map((r) => r.key);
  store.close();
  console.log(`  holds ${Object.entries(counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
  for (const l of await queryLatencies(built.db, 60, SEED)) console.log(`  ${l.name.padEnd(48)} p50 ${l.p50.toFixed(1).padStart(6)} ms   p95 ${l.p95.toFixed(1).padStart(6)} ms   (${l.count} queries)`);
  // After the queries: copying the store for this evicts the page cache they ran with.
  console.log(`  storing alone (${fresh.length - 1} new extracted articles into a copy, committed in batches): ${storingCost(built.db, fresh).toFixed(2)} ms/article`);
  // The load runs on the 10k store (or the first there is).
  if (!loadStore || n === 10_000) loadStore = { db: built.db, actors };
}

if (loadStore) {
  const seconds = 10;
  const load = await loadWhileIngesting(loadStore.db, loadStore.actors, searchWords(sentences), seconds);
  console.log(`\nAPI under load for ${seconds} s (8 connections on loopback, a copy of the 10k store) while a second process ingests 400 articles:`);
  console.log(`  ${load.requests.toLocaleString('en')} requests (${load.perSecond.toFixed(0)}/s), latency p50 ${load.p50} ms, p99 ${load.p99} ms, max ${load.max} ms; errors ${load.errors}, non-2xx ${load.non2xx}`);
  console.log(`  ingest: ${load.ingested}`);
}
console.log(`\npeak memory (RSS): ${mb(process.resourceUsage().maxRSS * 1024)}`);
