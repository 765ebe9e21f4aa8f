// Extraction speed for `npm run bench`: one thread, all cores (worker threads) and compromise's
// people/places/organizations over the same generated articles.
import nlp from 'compromise';
import { availableParallelism } from 'node:os';
import type { SourceDocument } from '../src/ingest/index.ts';
import { createExtractor } from '../src/pipeline.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { loadSectionCues } from '../src/ingest/index.ts';
import { extractInOrder } from '../src/cli/extract-pool.ts';

export interface Rate { seconds: number; mb: number; docs: number; words: number }

export const rate = (r: Rate) => `${(r.mb / r.seconds).toFixed(2)} MB/s, ${(r.docs / r.seconds).toFixed(0)} articles/s, ${Math.round(r.words / r.seconds).toLocaleString('en')} words/s`;

function sizeOf(docs: readonly SourceDocument[]): Omit<Rate, 'seconds'> {
  return { mb: docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6, docs: docs.length, words: docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0) };
}

/** One thread's steady rate: the extractor first reads `warmUp` (other articles), as it would
 * have read earlier files of an ingest, so the JIT and the per-word caches are warm. */
export function extractOneThread(docs: readonly SourceDocument[], warmUp: readonly SourceDocument[]): { startup: number; rate: Rate } {
  const t0 = performance.now();
  const extractor = createExtractor(loadKnowledge(), loadSectionCues());
  const startup = (performance.now() - t0) / 1000;
  for (const d of warmUp) extractor.extract(d);
  const t1 = performance.now();
  for (const d of docs) extractor.extract(d);
  return { startup, rate: { seconds: (performance.now() - t1) / 1000, ...sizeOf(docs) } };
}

export async function extractAllCores(docs: readonly SourceDocument[]): Promise<{ workers: number; rate: Rate; withStartup: Rate }> {
  const workers = availableParallelism();
  const half = Math.floor(docs.length / 2);
  const t0 = performance.now();
  let count = 0, middle = 0;
  for await (const _ of extractInOrder(docs.map((doc, item) => ({ item, doc })), { workers, additions: { promoted: [], aliases: [] }, published: null })) {
    if (++count === half) middle = performance.now();
  }
  const end = performance.now();
  // The second half: every worker has loaded its knowledge and read some articles (steady rate).
  return { workers, rate: { seconds: (end - middle) / 1000, ...sizeOf(docs.slice(half)) }, withStartup: { seconds: (end - t0) / 1000, ...sizeOf(docs) } };
}

/** compromise's people, places and organizations over the same articles, after the same warm-up. */
export function compromiseEntities(docs: readonly SourceDocument[], warmUp: readonly SourceDocument[]): Rate {
  for (const d of warmUp) { const doc = nlp(d.text); doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array'); }
  const t0 = performance.now();
  for (const d of docs) {
    const doc = nlp(d.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  return { seconds: (performance.now() - t0) / 1000, ...sizeOf(docs) };
}
