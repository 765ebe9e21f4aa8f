// The corpus-scale parts of `npm run bench`: a store of N generated articles built by parallel
// extraction (kept in .cache/bench/ for the next run), the cost of each thousand stored, and the
// API's latency on the queries analysts make: an actor's profile, its neighbourhood, the graph
// as of a date, full-text search.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/api/app.ts';
import { extractInOrder } from '../src/cli/extract-pool.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { loadSectionCues } from '../src/ingest/index.ts';
import { commitInBatches, openStore, storeDocument } from '../src/store/index.ts';
import type { SourceDocument } from '../src/ingest/index.ts';
import type { DocumentJson } from '../src/output/index.ts';
import { exampleSentences, generateArticles, seeded } from '../test/corpus-generator.ts';

export const CACHE = join(import.meta.dirname, '../.cache/bench');

export interface Built { db: string; reused: boolean; resumedFrom: number; seconds: number; perThousand: number[] }

/** Builds (or reuses) the store of `n` generated articles; seconds for each thousand stored. A
 * build that was stopped resumes after the articles it stored (they are stored in order). */
export async function buildStore(n: number, seed: number): Promise<Built> {
  mkdirSync(CACHE, { recursive: true });
  const db = join(CACHE, `generated-${n}-seed${seed}.db`);
  if (existsSync(db)) return { db, reused: true, resumedFrom: 0, seconds: 0, perThousand: [] };
  const partial = `${db}.partial`;
  const store = openStore(partial);
  const resumedFrom = (store.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  const perThousand: number[] = [];
  const t0 = performance.now();
  let mark = t0, count = 0;
  const sentences = exampleSentences();
  const docs = (function* () { let i = 0; for (const doc of generateArticles(n, seed, sentences)) if (i++ >= resumedFrom) yield { item: i, doc }; })();
  const batches = commitInBatches(store);
  for await (const r of extractInOrder(docs, { workers: availableParallelism(), additions: { promoted: [], aliases: [] }, published: null })) {
    if ('out' in r) storeDocument(store, r.doc, r.out);
    batches.stored();
    if (++count % 1000 === 0) { const now = performance.now(); perThousand.push((now - mark) / 1000); mark = now; }
  }
  batches.close();
  store.close();
  renameSync(partial, db);
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  return { db, reused: false, resumedFrom, seconds: (performance.now() - t0) / 1000, perThousand };
}

/** Milliseconds per article to store already extracted articles into a copy of the store at
 * `db`, committed in batches as an ingest does: the cost of storing alone, by store size. */
export function storingCost(db: string, extracted: ReadonlyArray<{ doc: SourceDocument; out: DocumentJson }>): number {
  const copy = `${db}.storing-bench`;
  copyFileSync(db, copy);
  try {
    const store = openStore(copy);
    storeDocument(store, extracted[0]!.doc, extracted[0]!.out); // loads the near-duplicate index
    const t0 = performance.now();
    const batches = commitInBatches(store);
    for (const { doc, out } of extracted.slice(1)) { storeDocument(store, doc, out); batches.stored(); }
    batches.close();
    const ms = (performance.now() - t0) / (extracted.length - 1);
    store.close();
    return ms;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}

/** Words to search for: the capitalised words of the corpus's sentences (places, groups, names). */
export function searchWords(sentences: readonly string[]): string[] {
  return [...new Set(sentences.flatMap((x) => x.match(/\b\p{Lu}\p{Ll}{4,}\b/gu) ?? []))];
}

export interface Latency { name: string; p50: number; p95: number; count: number }

/** p50 and p95 (ms) of each kind of query through the API, in process, over `rounds` random picks
 * (fewer when a kind has taken 30 s: the whole graph of 100,000 articles is slow). */
export async function queryLatencies(db: string, rounds: number, seed: number): Promise<Latency[]> {
  const store = openStore(db);
  const app = await buildApp({ store, knowledge: loadKnowledge(), cues: loadSectionCues(), webRoot: null });
  const rand = seeded(seed);
  const actors = (store.prepare('SELECT actor_key AS key FROM actor_name_totals GROUP BY actor_key ORDER BY SUM(mentions) DESC LIMIT 200').all() as Array<{ key: string }>).map((r) => r.key);
  const words = searchWords(exampleSentences());
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const date = () => `${2013 + Math.floor(rand() * 12)}-0${1 + Math.floor(rand() * 9)}-15`;
  const kinds: Array<[string, () => string]> = [
    ['actor profile', () => `/api/actors/${encodeURIComponent(pick(actors))}`],
    ['neighbourhood', () => `/api/graph?actor=${encodeURIComponent(pick(actors))}`],
    ['neighbourhood as of a date', () => `/api/graph?actor=${encodeURIComponent(pick(actors))}&asOf=${date()}`],
    ['whole graph as of a date (support >= 5)', () => `/api/graph?asOf=${date()}&minSupport=5`],
    ['the same without evidence sentences', () => `/api/graph?asOf=${date()}&minSupport=5&evidence=0`],
    ['full-text search', () => `/api/search?q=${encodeURIComponent(pick(words))}&limit=20`],
    ["an actor's relation claims by date (timeline)", () => `/api/relations?actor=${encodeURIComponent(pick(actors))}&limit=500`],
    ['review queue, first page', () => '/api/review?limit=100'],
  ];
  const out: Latency[] = [];
  for (const [name, url] of kinds) {
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < rounds + 3 && (i < 13 || performance.now() - started < 30_000); i++) {
      const t0 = performance.now();
      const r = await app.inject({ method: 'GET', url: url() });
      if (r.statusCode !== 200) throw new Error(`bench: ${name}: HTTP ${r.statusCode} ${r.body.slice(0, 200)}`);
      if (i >= 3) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out.push({ name, p50: times[Math.floor(times.length * 0.5)]!, p95: times[Math.floor(times.length * 0.95)]!, count: times.length });
  }
  await app.close();
  store.close();
  return out;
}
