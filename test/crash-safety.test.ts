// Crash safety: an ingest killed with SIGKILL in the middle of a run leaves a database that opens
// cleanly, passes SQLite's integrity check and holds only whole documents (each with all of its
// claims, events, names and search entry); a rerun stores the rest and nothing twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { runIngest } from '../src/cli/ingest-command.ts';
import { openStore } from '../src/store/index.ts';
import { generateArticles } from './corpus-generator.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const ARTICLES = 300;

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try { return (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n; } finally { conn.close(); }
  } catch { return 0; } // not created yet, or the schema is being made
}

test('SIGKILL mid-ingest: the store opens, every stored document is whole, a rerun completes the rest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fg-crash-'));
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  for (const doc of generateArticles(ARTICLES, 5)) writeFileSync(join(inputs, `${doc.id}.txt`), doc.text);
  const db = join(dir, 'crash.db');
  const code = `const { main } = await import(${JSON.stringify(join(root, 'src/cli/main.ts'))});
    process.exitCode = await main(['ingest', ${JSON.stringify(inputs)}, '--db', ${JSON.stringify(db)}, '--workers', '1'], process.stdout, process.stderr);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 120_000;
  while (storedCount(db) < 25 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the ingest was still running when killed');

  const store = openStore(db);
  try {
    assert.equal(store.pragma('integrity_check', { simple: true }), 'ok');
    const docs = store.prepare('SELECT id, extraction FROM documents').all() as Array<{ id: number; extraction: string }>;
    assert.ok(docs.length >= 25 && docs.length < ARTICLES, `${docs.length} documents stored before the kill`);
    const count = (table: string, id: number) => (store.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE document_id = ?`).get(id) as { n: number }).n;
    for (const d of docs) {
      const x = JSON.parse(d.extraction) as { relations: unknown[]; events: unknown[]; actors: Array<{ mentions: Array<{ section: string; rule: string }> }> };
      assert.equal(count('claims', d.id), x.relations.length, `document ${d.id}: claims`);
      assert.equal(count('events', d.id), x.events.length, `document ${d.id}: events`);
      assert.equal((store.prepare('SELECT COUNT(*) AS n FROM documents_fts WHERE rowid = ?').get(d.id) as { n: number }).n, 1, `document ${d.id}: search entry`);
      const named = x.actors.filter((a) => a.mentions.some((m) => m.section === 'body' && m.rule !== 'actors.reference')).length;
      assert.equal((store.prepare('SELECT COUNT(DISTINCT actor_key) AS n FROM actor_names WHERE document_id = ?').get(d.id) as { n: number }).n, named, `document ${d.id}: names`);
    }
    // The graph's totals, kept by triggers, agree with the claims that were committed.
    const counted = (store.prepare('SELECT COUNT(*) AS n FROM claims WHERE duplicate = 0').get() as { n: number }).n;
    for (const table of ['edge_totals', 'edge_years', 'edge_months']) {
      assert.equal((store.prepare(`SELECT SUM(claims) AS n FROM ${table}`).get() as { n: number }).n, counted, `${table} against claims`);
    }
    const before = docs.length;
    store.close();
    const rerun = runIngest({ paths: [inputs], db, maxMegabytes: 16, published: null }, new PassThrough(), new PassThrough());
    assert.equal(rerun.failed, 0);
    assert.equal(rerun.unchanged, before);
    assert.equal(rerun.stored + rerun.near_duplicate + rerun.unchanged, ARTICLES);
    assert.equal(storedCount(db), ARTICLES);
  } finally {
    if (store.open) store.close();
  }
});
