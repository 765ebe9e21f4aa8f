// Analyst review through the API over a real SQLite store of the example corpus: decisions
// change what the graph shows, are refused when malformed, and survive a new server on the same
// database, a re-extraction and a re-ingest of the same files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
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
const knowledge = loadKnowledge();
const cues = loadSectionCues();
const corpus = join(root, 'examples/corpus');
let db: string;
let store: Store;
let app: FastifyInstance;

const ingest = () => runIngest({ paths: [corpus], db, maxMegabytes: 16, published: null }, new PassThrough(), new PassThrough());
async function restart(): Promise<void> {
  await app?.close();
  store?.close();
  store = openStore(db);
  app = await buildApp({ store, knowledge, cues, webRoot: null });
}
const call = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
  const r = await app.inject({ method, url, payload: payload as object });
  return { status: r.statusCode, body: r.json() };
};
const edgeKeys = async () => new Set((await call('GET', '/api/graph')).body.edges.map((e: { type: string; source: string; target: string }) => `${e.type} ${e.source} ${e.target}`));

before(async () => {
  db = join(mkdtempSync(join(tmpdir(), 'fg-review-')), 'review.db');
  ingest();
  await restart();
});
after(async () => { await app.close(); store.close(); });

test('the queue lists doubtful claims and discovered actors, each with a reason', async () => {
  const { status, body } = await call('GET', '/api/review?limit=500');
  assert.equal(status, 200);
  assert.ok(body.some((i: { kind: string; reason: string }) => i.kind === 'actor' && i.reason.startsWith('discovered')), 'a discovered actor waits');
  assert.ok(body.some((i: { kind: string; reason: string }) => i.kind === 'claim' && i.reason === 'denied'), 'a denied relation waits');
  assert.ok(body.every((i: { status: string }) => i.status === 'pending'));
});

test('a rejected claim leaves the graph, and stays rejected across a restart, a re-extraction and a re-ingest', async () => {
  const claim = (await call('GET', '/api/review?kind=claim&limit=500')).body.find((i: { claim: { negated: boolean } }) => !i.claim.negated);
  const edge = `${claim.claim.type} ${claim.claim.source} ${claim.claim.target}`;
  const support = (await call('GET', '/api/graph')).body.edges.find((e: { type: string; source: string; target: string }) => `${e.type} ${e.source} ${e.target}` === edge).support;
  assert.equal((await call('POST', '/api/decisions', { subject: claim.subject, decision: 'reject' })).status, 200);
  const after = (await call('GET', '/api/graph')).body.edges.find((e: { type: string; source: string; target: string }) => `${e.type} ${e.source} ${e.target}` === edge);
  assert.equal(after?.support ?? 0, support - 1);
  for (const step of [restart, async () => { await call('POST', '/api/reextract'); }, async () => { ingest(); await restart(); }]) {
    await step();
    const item = (await call('GET', '/api/review?status=reviewed&kind=claim&limit=500')).body.find((i: { subject: string }) => i.subject === claim.subject);
    assert.equal(item?.status, 'rejected');
  }
  await call('POST', '/api/decisions', { subject: claim.subject, decision: 'reset' });
  assert.ok((await edgeKeys()).has(edge), 'reset brings it back');
});

test('an edited claim moves to its corrected type and counts as reviewed', async () => {
  const claim = (await call('GET', '/api/review?kind=claim&limit=500')).body.find((i: { claim: { type: string; negated: boolean } }) => i.claim.type === 'allied_with' && !i.claim.negated);
  await call('POST', '/api/decisions', { subject: claim.subject, decision: 'edit', payload: { type: 'supported_by' } });
  const edges = (await call('GET', `/api/graph?actor=${encodeURIComponent(claim.claim.source)}`)).body.edges;
  const moved = edges.find((e: { type: string; target: string; evidence: Array<{ fingerprint: string; review: string }> }) => e.type === 'supported_by' && e.evidence.some((x) => `claim:${x.fingerprint}` === claim.subject));
  assert.equal(moved.evidence.find((x: { fingerprint: string }) => `claim:${x.fingerprint}` === claim.subject).review, 'edit');
  assert.ok(moved.reviewed >= 1);
});

test('merging two actors re-points their edges and events; the merged one leaves the node list', async () => {
  const graph = (await call('GET', '/api/graph')).body;
  const degree = (k: string) => graph.edges.filter((e: { source: string; target: string }) => e.source === k || e.target === k).length;
  const [a, b] = graph.nodes.map((n: { key: string }) => n.key).filter((k: string) => degree(k) > 0).sort((x: string, y: string) => degree(y) - degree(x)).slice(1, 3);
  assert.equal((await call('POST', '/api/decisions', { subject: `actor:${a}`, decision: 'merge', payload: { into: b } })).status, 200);
  const merged = (await call('GET', '/api/graph')).body;
  assert.ok(!merged.nodes.some((n: { key: string }) => n.key === a));
  assert.ok(!merged.edges.some((e: { source: string; target: string }) => e.source === a || e.target === a));
  const profile = (await call('GET', `/api/actors/${encodeURIComponent(a)}`)).body;
  assert.equal(profile.merged_into, b);
  assert.ok((await call('GET', `/api/actors/${encodeURIComponent(b)}`)).body.merged_from.includes(a));
  await call('POST', '/api/decisions', { subject: `actor:${a}`, decision: 'reset' });
});

test('an alias links a new name to a known actor; a promoted discovered actor becomes known', async () => {
  await call('POST', '/api/decisions', { subject: 'actor:islamic_state', decision: 'alias', payload: { alias: 'Black Banner Outfit' } });
  const posted = await call('POST', '/api/ingest', { text: 'The Black Banner Outfit clashed with the Syrian Democratic Forces near Raqqa on 3 March 2024.', published: '2024-03-05' });
  assert.equal(posted.status, 200);
  const doc = (await call('GET', `/api/documents/${posted.body.outcome.id}`)).body;
  assert.ok(doc.extraction.actors.some((x: { id: string; mentions: Array<{ text: string }> }) => x.id === 'islamic_state' && x.mentions.some((m) => m.text === 'Black Banner Outfit')));

  const discovered = (await call('GET', '/api/review?kind=actor&limit=500')).body[0];
  await call('POST', '/api/decisions', { subject: discovered.subject, decision: 'promote', payload: { kind: 'armed_group' } });
  await call('POST', '/api/reextract');
  const profile = (await call('GET', `/api/actors/${encodeURIComponent(discovered.actor.key)}`)).body;
  assert.equal(profile.known_id, discovered.actor.key);
  assert.equal(profile.review, 'promote');
});

test('malformed decisions are refused with a message naming the field', async () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ subject: 'claim:nope', decision: 'accept' }, /subject: no claim/],
    [{ subject: 'thing:x', decision: 'accept' }, /subject: expected/],
    [{ subject: 'actor:islamic_state', decision: 'merge' }, /payload.into: required/],
    [{ subject: 'actor:islamic_state', decision: 'merge', payload: { into: 'islamic_state' } }, /itself/],
    [{ subject: 'actor:islamic_state', decision: 'edit', payload: { colour: 'red' } }, /payload.colour/],
    [{ subject: 'actor:islamic_state', decision: 'edit', payload: { kind: 'dragon' } }, /payload.kind/],
  ];
  for (const [body, message] of cases) {
    const r = await call('POST', '/api/decisions', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.match(r.body.message, message);
  }
});
