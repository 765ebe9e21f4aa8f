// `factiongraph ingest <paths> [--db FILE] [--workers N]`: extracts each document and stores it in
// the SQLite store, each in its own savepoint, committed in batches (store/commit-batches.ts).
// Idempotent (the same text is stored once) and resumable (a rerun after an interruption stores
// what is missing). With workers, extraction runs on worker threads and documents are stored in
// input order: the same store as a serial ingest.
import type { Writable } from 'node:stream';
import { listInputFiles, readInputFile, loadSectionCues, type SourceDocument } from '../ingest/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { knowledgeAdditions, reviewedExtractor } from '../review/index.ts';
import { commitInBatches, openStore, storeDocument, type CommitBatches, type Store } from '../store/index.ts';
import type { DocumentJson } from '../output/index.ts';
import { FactiongraphError } from '../errors.ts';
import { extractInOrder } from './extract-pool.ts';

export interface IngestArgs { paths: string[]; db: string; maxMegabytes: number; published: string | null; workers?: number }

export interface IngestCounts { stored: number; near_duplicate: number; unchanged: number; failed: number }

interface Run { db: Store; counts: IngestCounts; err: Writable; batches: CommitBatches }

/** Serial ingest: extraction on this thread. */
export function runIngest(args: IngestArgs, out: Writable, err: Writable, tty = false): IngestCounts {
  const db = openStore(args.db, { onUpgrade: (m) => err.write(`${m}\n`) });
  const run: Run = { db, counts: { stored: 0, near_duplicate: 0, unchanged: 0, failed: 0 }, err, batches: commitInBatches(db) };
  try {
    const extractor = reviewedExtractor(db, loadKnowledge(), loadSectionCues());
    const files = [...listInputFiles(args.paths)];
    files.forEach((file, i) => {
      for (const doc of readDocuments(file, args, run)) {
        let extracted: DocumentJson;
        try { extracted = extractor.extract(doc, { published: args.published }); } catch (e) { fail(run, doc, (e as Error).message); continue; }
        store(run, doc, extracted);
      }
      if (tty) err.write(`\r${progressBar(i + 1, files.length)}`);
    });
    run.batches.close();
  } finally {
    db.close();
  }
  return finish(run, args, out, tty);
}

/** Parallel ingest: extraction on `args.workers` worker threads, storing in input order on this one. */
export async function runIngestParallel(args: IngestArgs, out: Writable, err: Writable, tty = false): Promise<IngestCounts> {
  const db = openStore(args.db, { onUpgrade: (m) => err.write(`${m}\n`) });
  const run: Run = { db, counts: { stored: 0, near_duplicate: 0, unchanged: 0, failed: 0 }, err, batches: commitInBatches(db) };
  try {
    const files = [...listInputFiles(args.paths)];
    function* documents() {
      for (const [i, file] of files.entries()) for (const doc of readDocuments(file, args, run)) yield { item: i, doc };
    }
    for await (const r of extractInOrder(documents(), { workers: args.workers ?? 2, additions: knowledgeAdditions(db), published: args.published })) {
      if ('error' in r) fail(run, r.doc, r.error); else store(run, r.doc, r.out);
      if (tty) err.write(`\r${progressBar(r.item + 1, files.length)}`);
    }
    run.batches.close();
  } finally {
    db.close();
  }
  return finish(run, args, out, tty);
}

function* readDocuments(file: string | FactiongraphError, args: IngestArgs, run: Run): Generator<SourceDocument> {
  if (file instanceof FactiongraphError) { run.err.write(`${file.message}\n`); run.counts.failed++; return; }
  for (const doc of readInputFile(file, { maxBytes: args.maxMegabytes * 1024 * 1024 })) {
    if (doc instanceof FactiongraphError) { run.err.write(`${doc.message}\n`); run.counts.failed++; } else yield doc;
  }
}

function store(run: Run, doc: SourceDocument, extracted: DocumentJson): void {
  try {
    run.counts[storeDocument(run.db, doc, extracted).status]++;
  } catch (e) {
    fail(run, doc, (e as Error).message);
  }
  run.batches.stored();
}

function fail(run: Run, doc: SourceDocument, message: string): void {
  run.err.write(`ingest: ${doc.source}: ${message}\n`);
  run.counts.failed++;
}

function finish(run: Run, args: IngestArgs, out: Writable, tty: boolean): IngestCounts {
  if (tty) run.err.write('\n');
  const c = run.counts;
  out.write(`stored ${c.stored}, near-duplicates ${c.near_duplicate}, unchanged ${c.unchanged}, failed ${c.failed} (${args.db})\n`);
  return c;
}

function progressBar(done: number, total: number): string {
  const width = 30, filled = Math.round((done / Math.max(1, total)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`;
}
