// Parallel ingest (worker threads) stores exactly what a serial ingest stores: the same documents
// under the same ids, the same near-duplicate links, claims, events and actors' names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { runIngest, runIngestParallel } from '../src/cli/ingest-command.ts';
import { openStore } from '../src/store/index.ts';
import { generateArticles } from './corpus-generator.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

function snapshot(db: string): Record<string, unknown[]> {
  const store = openStore(db);
  try {
    const all = (sql: string) => store.prepare(sql).all();
    return {
      documents: all('SELECT id, doc_id, title, published, content_hash, duplicate_of FROM documents ORDER BY id'),
      claims: all('SELECT document_id, fingerprint, certainty, attributed_to, valid_from, valid_to, rule FROM claims ORDER BY document_id, fingerprint, rule'),
      events: all('SELECT document_id, event_type, sub_event_type, actors, targets, location_name, date, fatalities, rule FROM events ORDER BY document_id, evidence_text, rule, event_type'),
      names: all('SELECT actor_key, name, document_id, mentions FROM actor_names ORDER BY document_id, actor_key, name'),
    };
  } finally {
    store.close();
  }
}

test('two workers store what one thread stores, bad files included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fg-parallel-'));
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  cpSync(join(root, 'examples'), join(inputs, 'examples'), { recursive: true });
  for (const doc of generateArticles(40, 11)) writeFileSync(join(inputs, `${doc.id}.txt`), doc.text);
  writeFileSync(join(inputs, 'broken.json'), '{"text": ');
  writeFileSync(join(inputs, 'copy.txt'), generateArticles(1, 11).next().value!.text.replace(/\.$/m, '!'));
  const args = (db: string) => ({ paths: [inputs], db: join(dir, db), maxMegabytes: 16, published: null });
  const serialErr = new PassThrough(), parallelErr = new PassThrough();
  const serial = runIngest(args('serial.db'), new PassThrough(), serialErr);
  const parallel = await runIngestParallel({ ...args('parallel.db'), workers: 2 }, new PassThrough(), parallelErr);
  assert.deepEqual(parallel, serial);
  assert.equal(serial.failed, 1);
  assert.ok(serial.near_duplicate >= 1, 'the near-copy is linked in both');
  const [a, b] = [snapshot(args('serial.db').db), snapshot(args('parallel.db').db)];
  for (const table of Object.keys(a)) assert.deepEqual(b[table], a[table], table);
  assert.ok(a.claims!.length > 50 && a.events!.length > 20);
  assert.match(String(parallelErr.read()), /broken\.json/);
});
