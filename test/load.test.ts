// The API under a bounded load on loopback (autocannon, 3 s, 6 connections) while a second
// process ingests into the same store: no errors, no non-2xx answers, and the ingest completes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { buildApp } from '../src/api/app.ts';
import { runIngest } from '../src/cli/ingest-command.ts';
import { openStore } from '../src/store/index.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { loadSectionCues } from '../src/ingest/index.ts';
import { generateArticles } from './corpus-generator.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

test('queries keep answering while another process ingests: zero errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fg-load-'));
  const db = join(dir, 'load.db');
  runIngest({ paths: [join(root, 'examples')], db, maxMegabytes: 16, published: null }, new PassThrough(), new PassThrough());
  mkdirSync(join(dir, 'incoming'));
  for (const doc of generateArticles(60, 21)) writeFileSync(join(dir, 'incoming', `${doc.id}.txt`), doc.text);
  const store = openStore(db);
  const app = await buildApp({ store, knowledge: loadKnowledge(), cues: loadSectionCues(), webRoot: null });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const code = `const { main } = await import(${JSON.stringify(join(root, 'src/cli/main.ts'))});
    process.exitCode = await main(['ingest', ${JSON.stringify(join(dir, 'incoming'))}, '--db', ${JSON.stringify(db)}, '--workers', '1'], process.stdout, process.stderr);`;
  const ingest = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  ingest.stdout.on('data', (b: Buffer) => { said += String(b); });
  const finished = new Promise<number | null>((resolve) => ingest.on('exit', resolve));
  try {
    const paths = ['/api/actors/islamic_state', '/api/graph?actor=islamic_state', '/api/events?actor=houthis', '/api/search?q=Aleppo', '/api/relations?limit=20', '/api/documents?limit=20'];
    const result = await autocannon({ url, connections: 6, duration: 3, requests: paths.map((path) => ({ method: 'GET', path })) });
    assert.equal(result.errors, 0);
    assert.equal(result.timeouts, 0);
    assert.equal(result.non2xx, 0);
    assert.ok(result.requests.total > 20, `only ${result.requests.total} requests answered`);
    assert.equal(await finished, 0);
    assert.match(said, /stored 60/);
  } finally {
    ingest.kill();
    await app.close();
    store.close();
  }
});
