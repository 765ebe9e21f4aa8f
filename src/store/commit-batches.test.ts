// Batched commits: another connection sees documents a batch at a time, a document that fails
// is rolled back alone, and nothing is left uncommitted once the batch is closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open-store.ts';
import { storeDocument } from './store-document.ts';
import { commitInBatches } from './commit-batches.ts';
import { createExtractor } from '../pipeline.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues } from '../ingest/index.ts';
import { generateArticles } from '../../test/corpus-generator.ts';

test('documents are committed three at a time; a failing document leaves the others', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'fg-batches-')), 'store.db');
  const [writer, reader] = [openStore(path), openStore(path)];
  const committed = () => (reader.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  const extractor = createExtractor(loadKnowledge(), loadSectionCues());
  const docs = [...generateArticles(7, 3)].map((doc) => ({ doc, out: extractor.extract(doc) }));
  const batches = commitInBatches(writer, { documents: 3, milliseconds: 60_000 });
  const seen: number[] = [];
  docs.forEach(({ doc, out }, i) => {
    // The fifth document breaks a NOT NULL column half-way through its claims.
    const broken = i === 4 ? { ...out, relations: [...out.relations, { ...out.relations[0]!, type: null as unknown as (typeof out.relations)[number]['type'] }] } : out;
    try { storeDocument(writer, doc, broken); } catch { /* reported by the caller in an ingest */ }
    batches.stored();
    seen.push(committed());
  });
  assert.deepEqual(seen, [0, 0, 3, 3, 3, 5, 5]);
  batches.close();
  assert.equal(committed(), 6);
  assert.equal((reader.prepare('SELECT COUNT(*) AS n FROM claims WHERE document_id NOT IN (SELECT id FROM documents)').get() as { n: number }).n, 0);
  assert.equal(writer.inTransaction, false);
  writer.close();
  reader.close();
});
