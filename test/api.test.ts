// The HTTP API, called in process (fastify's inject) over a real SQLite store holding the
// example corpus: every route, input validation, JSON errors, and an injection attempt.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/api/app.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { runIngest } from '../src/cli/ingest-command.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { loadSectionCues } from '../src/ingest/index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
let app: FastifyInstance;
let store: Store;

before(async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'fg-api-')), 'api.db');
  runIngest({ paths: [join(root, 'examples/corpus')], db, maxMegabytes: 16, published: null }, new PassThrough(), new PassThrough());
  store = openStore(db);
  app = await buildApp({ store, knowledge: loadKnowledge(), cues: loadSectionCues(), webRoot: null });
});
after(async () => { await app.close(); store.close(); });

const get = async (url: string) => {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.headers['content-type']?.toString().includes('json') ? r.json() : r.body };
};

test('documents: list and one with its annotations', async () => {
  const list = await get('/api/documents?limit=10');
  assert.equal(list.status, 200);
  assert.equal(list.body.length, 5);
  const one = await get(`/api/documents/${list.body[0].id}`);
  assert.equal(one.status, 200);
  assert.ok(one.body.extraction.actors.length > 0 && typeof one.body.text === 'string');
  assert.equal((await get('/api/documents/9999')).status, 404);
});

test('actors: search by a name they went by, and a profile', async () => {
  const found = await get('/api/actors?q=Nusrah');
  assert.equal(found.status, 200);
  assert.equal(found.body[0].key, 'nusra_front');
  const profile = await get('/api/actors/hurras_al_din');
  assert.equal(profile.status, 200);
  assert.ok(profile.body.names.some((n: { name: string }) => n.name === 'HAD'));
  assert.ok(profile.body.structure.length > 0);
  assert.ok((await get('/api/actors/ansar_al_tawhid')).body.events.length > 0);
  assert.equal((await get('/api/actors/nobody')).status, 404);
});

test('relations and events: filters by actor, type, certainty, dates and bounding box', async () => {
  const rel = await get('/api/relations?actor=ansar_al_islam&type=pledged_allegiance_to');
  assert.equal(rel.status, 200);
  assert.ok(rel.body.length >= 2 && rel.body.every((r: { type: string }) => r.type === 'pledged_allegiance_to'));
  assert.ok(rel.body.some((r: { negated: number }) => r.negated === 1));
  const hedged = await get('/api/relations?certainty=hedged');
  assert.ok(hedged.body.length > 0 && hedged.body.every((r: { certainty: string }) => r.certainty === 'hedged'));
  const events = await get('/api/events?bbox=35.5,35.5,37.5,36.6');
  assert.equal(events.status, 200);
  assert.ok(events.body.length > 0 && events.body.every((e: { lat: number; lon: number }) => e.lat >= 35.5 && e.lat <= 36.6 && e.lon >= 35.5 && e.lon <= 37.5));
  const strikes = await get('/api/events?type=Air/drone%20strike&actor=united_states');
  assert.ok(strikes.body.length >= 1);
});

test('graph: as of a date, by type, around an actor', async () => {
  const all = await get('/api/graph');
  const hostile = await get('/api/graph?types=hostile_to');
  const around = await get('/api/graph?actor=islamic_state');
  const early = await get('/api/graph?asOf=2016-01-01');
  assert.ok(all.body.edges.length > hostile.body.edges.length && hostile.body.edges.every((e: { type: string }) => e.type === 'hostile_to'));
  assert.ok(around.body.edges.length > 0 && around.body.edges.every((e: { source: string; target: string }) => e.source === 'islamic_state' || e.target === 'islamic_state'));
  assert.ok(early.body.edges.length < all.body.edges.length);
});

test('search, ingest and exports', async () => {
  const hits = await get('/api/search?q=Khan%20al%20Asal');
  assert.equal(hits.status, 200);
  assert.ok(hits.body.length === 1 && hits.body[0].snippet.includes('['));
  const posted = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: 'Hay’at Tahrir al-Sham clashed with Hurras al-Din in Idlib on Tuesday.', published: '2020-06-23' } });
  assert.equal(posted.statusCode, 200);
  assert.equal(posted.json().outcome.status, 'stored');
  assert.ok(posted.json().relations >= 1);
  const again = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: 'Hay’at Tahrir al-Sham clashed with Hurras al-Din in Idlib on Tuesday.' } });
  assert.equal(again.json().outcome.status, 'unchanged');
  const stix = await get('/api/export/stix');
  assert.equal(stix.status, 200);
  assert.equal(stix.body.type, 'bundle');
  assert.equal((await get('/api/export/graphml')).status, 200);
  const spec = await get('/openapi.json');
  assert.ok(Object.keys(spec.body.paths).length >= 10);
  assert.equal(spec.body.info.version, JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
});

test('bad input gets a JSON error, and filters are parameters, never SQL', async () => {
  const bad = await get('/api/events?from=yesterday');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error, 'bad_request');
  assert.equal((await get('/api/export/exe')).status, 400);
  const noText = await app.inject({ method: 'POST', url: '/api/ingest', payload: { title: 'x' } });
  assert.equal(noText.statusCode, 400);
  const injection = await get(`/api/relations?actor=${encodeURIComponent("x' OR '1'='1")}`);
  assert.equal(injection.status, 200);
  assert.deepEqual(injection.body, []);
  const ftsInjection = await get(`/api/search?q=${encodeURIComponent('NEAR(x y) OR * "')}`);
  assert.equal(ftsInjection.status, 200);
  assert.equal((await get('/api/documents')).body.length, 6, 'nothing was dropped or altered');
});
