// Shared by the browser tests and the screenshots command: a server on a free loopback port over
// a fresh store of the example corpus, and Debian's Chromium driven by playwright-core.
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { chromium, type Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp, DEFAULT_WEB_ROOT } from '../../src/api/app.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { runIngest } from '../../src/cli/ingest-command.ts';
import { loadKnowledge } from '../../src/knowledge/index.ts';
import { loadSectionCues } from '../../src/ingest/index.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Served { url: string; db: string; store: Store; app: FastifyInstance; close: () => Promise<void> }

/** Ingests `paths` (default: the example corpus) into a new store and serves it with the built UI. */
export async function serveCorpus(o: { paths?: string[]; webRoot?: string; db?: string } = {}): Promise<Served> {
  const webRoot = o.webRoot ?? process.env.FACTIONGRAPH_WEB ?? DEFAULT_WEB_ROOT;
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`no built UI in ${webRoot}: run npm run build first`);
  const db = o.db ?? join(mkdtempSync(join(tmpdir(), 'fg-web-')), 'web.db');
  if (o.paths?.length !== 0) runIngest({ paths: o.paths ?? [join(ROOT, 'examples')], db, maxMegabytes: 16, published: null }, new PassThrough(), new PassThrough());
  const store = openStore(db);
  const app = await buildApp({ store, knowledge: loadKnowledge(), cues: loadSectionCues(), webRoot });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, db, store, app, close: async () => { await app.close(); store.close(); } };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'] });
}
