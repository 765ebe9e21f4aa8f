// `factiongraph serve [--db FILE] [--port N] [--host H] [--web DIR]`: the HTTP API and the web UI
// (built into dist/web) on 127.0.0.1 by default.
import type { Writable } from 'node:stream';
import { openStore } from '../store/index.ts';
import { loadKnowledge } from '../knowledge/index.ts';
import { loadSectionCues } from '../ingest/index.ts';
import { buildApp } from '../api/app.ts';
import { UsageError } from '../errors.ts';

export async function runServe(words: readonly string[], db: string, out: Writable): Promise<void> {
  let port = 8787, host = '127.0.0.1', webRoot: string | undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--port') { port = Number(words[++i]); if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port expects a port number'); }
    else if (words[i] === '--host') host = words[++i] ?? host;
    else if (words[i] === '--web') { webRoot = words[++i]; if (!webRoot) throw new UsageError('--web expects a directory'); }
    else throw new UsageError(`unexpected word "${words[i]}"`);
  }
  const app = await buildApp({ store: openStore(db), knowledge: loadKnowledge(), cues: loadSectionCues(), webRoot });
  const address = await app.listen({ port, host });
  out.write(`factiongraph serving ${db} at ${address} (UI at /, API under /api, OpenAPI at /openapi.json)\n`);
}
