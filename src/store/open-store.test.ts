// Opening a store: one of an older schema is upgraded, and the caller is told once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open-store.ts';
import { storeDocument } from './store-document.ts';
import { createExtractor } from '../pipeline.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues } from '../ingest/index.ts';
import { generateArticles } from '../../test/corpus-generator.ts';

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
