// Extraction across cores: a pool of worker threads (extract-worker.ts) that takes documents in
// order and hands their extractions back in the same order, so that storing them gives exactly
// what a serial ingest gives (ids, near-duplicate links). At most `window` documents are in flight.
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../ingest/index.ts';
import type { DocumentJson } from '../output/index.ts';
import type { KnowledgeAdditions } from '../review/index.ts';

export interface PoolOptions { workers: number; additions: KnowledgeAdditions; published: string | null; window?: number }
export type Extracted<T> = { item: T; doc: SourceDocument; out: DocumentJson } | { item: T; doc: SourceDocument; error: string };

/** Runs from compiled JavaScript, or from TypeScript source under tsx (tests): then the worker registers tsx first. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = new URL(`./extract-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER, { workerData });
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export async function* extractInOrder<T>(items: Iterable<{ item: T; doc: SourceDocument }>, o: PoolOptions): AsyncGenerator<Extracted<T>> {
  const workers = Array.from({ length: o.workers }, () => startWorker({ additions: o.additions, published: o.published }));
  const window = o.window ?? o.workers * 8;
  // Each document in flight has its own settle functions; a worker's failure rejects them all.
  // (Racing every wait against one long-pending "failed" promise would keep every result alive.)
  const pending = new Map<number, { item: T; doc: SourceDocument; resolve: (r: Extracted<T>) => void; reject: (e: Error) => void; promise: Promise<Extracted<T>> }>();
  let failure: Error | null = null;
  workers.forEach((w) => w.on('error', (e: Error) => {
    failure = e;
    for (const p of pending.values()) p.reject(e);
  }));
  workers.forEach((w) => w.on('message', (m: { seq: number; out?: DocumentJson; error?: string }) => {
    const p = pending.get(m.seq);
    if (!p) return;
    p.resolve(m.error !== undefined ? { item: p.item, doc: p.doc, error: m.error } : { item: p.item, doc: p.doc, out: m.out! });
  }));
  const take = async (seq: number): Promise<Extracted<T>> => {
    const p = pending.get(seq)!;
    try { return await p.promise; } finally { pending.delete(seq); }
  };
  const queue: number[] = [];
  let seq = 0;
  try {
    for (const { item, doc } of items) {
      if (failure) throw failure;
      let resolve!: (r: Extracted<T>) => void, reject!: (e: Error) => void;
      const promise = new Promise<Extracted<T>>((res, rej) => { resolve = res; reject = rej; });
      pending.set(seq, { item, doc, resolve, reject, promise });
      workers[seq % workers.length]!.postMessage({ seq, doc });
      queue.push(seq++);
      while (queue.length >= window) yield await take(queue.shift()!);
    }
    while (queue.length) yield await take(queue.shift()!);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
