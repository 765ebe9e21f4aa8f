// `factiongraph ingest <paths> [--db FILE]`: extracts each document and stores it in the SQLite
// store, one transaction per document. Idempotent (the same text is stored once) and resumable
// (a rerun after an interruption stores what is missing). Progress goes to stderr on a terminal.
import type { Writable } from 'node:stream';
import { listInputFiles, readInputFile, loadSectionCues } from '../ingest/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { reviewedExtractor } from '../review/index.ts';
import { openStore, storeDocument } from '../store/index.ts';
import { FactiongraphError } from '../errors.ts';

export interface IngestArgs { paths: string[]; db: string; maxMegabytes: number; published: string | null }

export interface IngestCounts { stored: number; near_duplicate: number; unchanged: number; failed: number }

export function runIngest(args: IngestArgs, out: Writable, err: Writable, tty = false): IngestCounts {
  const db = openStore(args.db);
  const extractor = reviewedExtractor(db, loadKnowledge(), loadSectionCues());
  const counts: IngestCounts = { stored: 0, near_duplicate: 0, unchanged: 0, failed: 0 };
  const files = [...listInputFiles(args.paths)];
  try {
    files.forEach((file, i) => {
      if (file instanceof FactiongraphError) { err.write(`${file.message}\n`); counts.failed++; return; }
      for (const doc of readInputFile(file, { maxBytes: args.maxMegabytes * 1024 * 1024 })) {
        if (doc instanceof FactiongraphError) { err.write(`${doc.message}\n`); counts.failed++; continue; }
        try {
          const outcome = storeDocument(db, doc, extractor.extract(doc, { published: args.published }));
          counts[outcome.status]++;
        } catch (e) {
          err.write(`ingest: ${doc.source}: ${(e as Error).message}\n`);
          counts.failed++;
        }
      }
      if (tty) err.write(`\r${progressBar(i + 1, files.length)}`);
    });
  } finally {
    db.close();
  }
  if (tty) err.write('\n');
  out.write(`stored ${counts.stored}, near-duplicates ${counts.near_duplicate}, unchanged ${counts.unchanged}, failed ${counts.failed} (${args.db})\n`);
  return counts;
}

function progressBar(done: number, total: number): string {
  const width = 30, filled = Math.round((done / Math.max(1, total)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`;
}
