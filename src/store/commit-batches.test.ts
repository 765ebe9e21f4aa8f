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

test('opening a store of an older schema says so once and upgrades it', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'fg-upgrade-')), 'store.db');
  const db = openStore(path);
  const [first] = [...generateArticles(1, 8)];
  storeDocument(db, first!, createExtractor(loadKnowledge(), loadSectionCues()).extract(first!));
  // Back to schema 10: the indexes of migration 11 as they were before it.
  db.exec(`DROP INDEX claims_source; DROP INDEX claims_target; DROP INDEX claims_published;
    CREATE INDEX claims_source ON claims(source_key); CREATE INDEX claims_target ON claims(target_key); PRAGMA user_version = 10;`);
  db.close();
  const told: string[] = [];
  const again = openStore(path, { onUpgrade: (m) => told.push(m) });
  assert.equal(told.length, 1);
  assert.match(told[0]!, /from schema 10 to 11/);
  assert.ok(again.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'claims_published'").get());
  again.close();
  openStore(path, { onUpgrade: (m) => told.push(m) }).close();
  assert.equal(told.length, 1, 'an up-to-date store says nothing');
});
