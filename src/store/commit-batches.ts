// Commits an ingest's documents a batch at a time rather than one by one: each commit writes
// every page the document touched (the graph totals are the same few pages for every document),
// so one commit per batch saves a millisecond an article. Each document is still stored in its
// own savepoint, so a failure drops that document only; a crash loses the open batch whole, never
// half a document, and a rerun stores it.
import type { Store } from './open-store.ts';
import { dropNearDuplicateIndex } from './near-duplicates.ts';

export interface CommitBatchOptions {
  /** Documents per commit. */
  documents: number;
  /** At most this long between commits, so readers see progress and writers wait little. */
  milliseconds: number;
}

export const DEFAULT_COMMIT_BATCH: CommitBatchOptions = { documents: 64, milliseconds: 1000 };

export interface CommitBatches {
  /** Call after each document: commits when the batch is full or old enough. */
  stored(): void;
  /** Commits what is left. */
  close(): void;
}

export function commitInBatches(db: Store, options: CommitBatchOptions = DEFAULT_COMMIT_BATCH): CommitBatches {
  let count = 0, opened = 0;
  const begin = () => { db.exec('BEGIN'); count = 0; opened = performance.now(); };
  const commit = () => {
    try {
      if (db.inTransaction) db.exec('COMMIT');
    } catch (error) {
      dropNearDuplicateIndex(db);
      throw error;
    }
  };
  begin();
  return {
    stored() {
      if (++count < options.documents && performance.now() - opened < options.milliseconds) return;
      commit();
      begin();
    },
    close: commit,
  };
}
