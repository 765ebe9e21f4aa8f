// The load part of `npm run bench`: the API served by one process over a copy of a generated
// store, an ingest writing into it from a second, and autocannon (this process) sending a bounded
// mix of analyst queries over loopback for a few seconds. Counts errors and reports latency.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from '../test/corpus-generator.ts';

const MAIN = join(import.meta.dirname, '../src/cli/main.ts');

function command(words: string[]): ChildProcess {
  const code = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(${JSON.stringify(words)}, process.stdout, process.stderr);`;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface LoadResult { requests: number; perSecond: number; p50: number; p99: number; max: number; errors: number; non2xx: number; ingested: string }

export async function loadWhileIngesting(store: string, actors: string[], words: string[], seconds: number): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'fg-bench-load-'));
  const db = join(dir, 'load.db');
  copyFileSync(store, db);
  mkdirSync(join(dir, 'incoming'));
  for (const doc of generateArticles(400, 99)) writeFileSync(join(dir, 'incoming', `${doc.id}.txt`), doc.text);
  const server = command(['serve', '--db', db, '--port', '0']);
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (b: Buffer) => { const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(String(b)); if (m) resolve(m[1]!); });
    server.on('exit', (code) => reject(new Error(`bench: the server exited (${code})`)));
  });
  const ingest = command(['ingest', join(dir, 'incoming'), '--db', db, '--workers', '1']);
  let ingested = 'still running when the load ended';
  ingest.stdout!.on('data', (b: Buffer) => { ingested = String(b).trim(); });
  try {
    const paths = actors.slice(0, 20).flatMap((a) => [`/api/actors/${encodeURIComponent(a)}`, `/api/graph?actor=${encodeURIComponent(a)}`, `/api/events?actor=${encodeURIComponent(a)}&limit=50`])
      .concat(words.slice(0, 10).map((w) => `/api/search?q=${encodeURIComponent(w)}`), ['/api/documents?limit=20']);
    const result = await autocannon({ url, connections: 8, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })) });
    return {
      requests: result.requests.total, perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max,
      errors: result.errors + result.timeouts, non2xx: result.non2xx, ingested,
    };
  } finally {
    ingest.kill('SIGTERM');
    server.kill('SIGTERM');
  }
}
