// The graph counted from the totals the store keeps by trigger (all-time, yearly, monthly) gives
// what counting every reviewed claim gives: same edges, support, documents, certainty mix, first
// and last seen, validity, contradictions, reviewed counts and evidence, on a generated corpus
// with near-duplicates, validity windows, re-extractions and every kind of review decision; and
// actor profiles (names, documents, latest sources and events) read from kept totals and date
// indexes equal those counted from the rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, replaceExtraction, storeDocument, type Store } from '../src/store/index.ts';
import { actorProfile, edges, type Edge, type EdgeQuery } from '../src/graph/index.ts';
import { recordDecision, reviewQueue, validateDecision } from '../src/review/index.ts';
import { createExtractor } from '../src/pipeline.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { loadSectionCues } from '../src/ingest/index.ts';
import { generateArticles, seeded } from './corpus-generator.ts';

/** Every claim of the `reviewed_claims` view counted in SQL: how the graph was computed before
 * the monthly totals, kept here as the reference. */
function edgesByClaims(db: Store, q: EdgeQuery): Edge[] {
  const where = ['d.duplicate_of IS NULL'];
  const params: Record<string, unknown> = {};
  if (q.asOf) {
    where.push('(d.published IS NULL OR d.published <= @asOf)', '(c.valid_from IS NULL OR c.valid_from <= @asOf)', '(c.valid_to IS NULL OR substr(c.valid_to, 1, 4) >= substr(@asOf, 1, 4))');
    params.asOf = q.asOf;
  }
  if (q.types?.length) { where.push(`c.type IN (${q.types.map((_, i) => `@t${i}`).join(', ')})`); q.types.forEach((t, i) => { params[`t${i}`] = t; }); }
  if (q.actor) { where.push('(c.source_key = @actor OR c.target_key = @actor)'); params.actor = q.actor; }
  const counted = [...where, ...(q.includeNegated ? [] : ['c.negated = 0'])].join(' AND ');
  const from = 'FROM reviewed_claims c JOIN documents d ON d.id = c.document_id';
  const rows = db.prepare(`SELECT c.type, c.source_key, c.target_key, c.negated, COUNT(*) AS support,
      COUNT(DISTINCT c.document_id || '|' || c.stored_source || '|' || c.stored_target || '|' || IFNULL(c.valid_from, '') || '|' || IFNULL(c.valid_to, '')) AS documents,
      MIN(d.published) AS first_seen, MAX(d.published) AS last_seen,
      SUM(c.certainty = 'asserted') AS asserted, SUM(c.certainty = 'attributed') AS attributed, SUM(c.certainty = 'hedged') AS hedged,
      MIN(c.valid_from) AS valid_from, MAX(c.valid_to) AS valid_to, SUM(c.review IS NOT NULL) AS reviewed
    ${from} WHERE ${counted} GROUP BY c.type, c.source_key, c.target_key, c.negated HAVING COUNT(*) >= @min`).all({ ...params, min: q.minSupport ?? 1 }) as Array<Record<string, string | number | null>>;
  const around = where.filter((w) => !w.includes('@asOf'));
  const opposite = (r: Record<string, unknown>) => (db.prepare(`SELECT COUNT(*) AS n ${from} WHERE ${[...around, 'c.type = @type', 'c.source_key = @s', 'c.target_key = @g', 'c.negated = @neg'].join(' AND ')}`)
    .get({ ...params, asOf: undefined, type: r.type, s: r.source_key, g: r.target_key, neg: 1 - Number(r.negated) }) as { n: number }).n;
  const evidence = (r: Record<string, unknown>) => db.prepare(`SELECT c.id AS claim_id, c.fingerprint, c.document_id, d.title, d.published, c.evidence_text AS text, c.certainty, c.rule, c.review
    ${from} WHERE ${counted} AND c.type = @type AND c.source_key = @s AND c.target_key = @g AND c.negated = @neg ORDER BY d.published, c.id LIMIT @n`)
    .all({ ...params, type: r.type, s: r.source_key, g: r.target_key, neg: r.negated, n: q.evidence ?? 20 });
  return rows.map((r) => ({
    type: String(r.type), source: String(r.source_key), target: String(r.target_key), negated: r.negated === 1,
    support: Number(r.support), documents: Number(r.documents), first_seen: r.first_seen as string | null, last_seen: r.last_seen as string | null,
    certainty: { asserted: Number(r.asserted), attributed: Number(r.attributed), hedged: Number(r.hedged) },
    valid_from: r.valid_from as string | null, valid_to: r.valid_to as string | null,
    contradicted_by: opposite(r), reviewed: Number(r.reviewed),
    evidence: (q.evidence ?? 20) > 0 ? evidence(r) as Edge['evidence'] : [],
  })).sort((a, b) => b.support - a.support || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)
    || (a.target < b.target ? -1 : a.target > b.target ? 1 : 0) || Number(a.negated) - Number(b.negated));
}

function buildStore(): { db: Store; rand: () => number } {
  const db = openStore(join(mkdtempSync(join(tmpdir(), 'fg-totals-')), 'store.db'));
  const rand = seeded(99);
  const extractor = createExtractor(loadKnowledge(), loadSectionCues());
  const docs = [...generateArticles(160, 31)];
  docs.forEach((doc, i) => {
    const out = extractor.extract(doc);
    // Some claims hold for a time, and some articles carry no date.
    for (const c of out.relations) if (rand() < 0.15) Object.assign(c, { valid_from: `20${10 + Math.floor(rand() * 12)}`, valid_to: rand() < 0.5 ? `20${14 + Math.floor(rand() * 10)}` : null });
    if (i % 23 === 0) { out.document.published = null; out.document.published_inferred = null; }
    storeDocument(db, doc, out);
    // A syndicated copy: stored, linked to the original, never counted.
    if (i % 17 === 0) storeDocument(db, { ...doc, id: `${doc.id}-copy`, text: `By a staff writer. ${doc.text}` }, extractor.extract({ ...doc, text: `By a staff writer. ${doc.text}` }));
  });
  // Re-extractions that drop some claims and keep the rest.
  for (const row of db.prepare('SELECT id, extraction FROM documents WHERE id % 11 = 0').all() as Array<{ id: number; extraction: string }>) {
    const out = JSON.parse(row.extraction);
    out.relations = out.relations.filter(() => rand() < 0.6);
    replaceExtraction(db, row.id, out);
  }
  return { db, rand };
}

function decide(db: Store, rand: () => number): void {
  const claims = db.prepare('SELECT fingerprint FROM claims ORDER BY id').all() as Array<{ fingerprint: string }>;
  const actors = (db.prepare('SELECT key FROM actors ORDER BY key').all() as Array<{ key: string }>).map((a) => a.key);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const record = (subject: string, decision: string, payload?: unknown) => recordDecision(db, validateDecision(db, { subject, decision, payload }));
  for (let i = 0; i < 40; i++) {
    const subject = `claim:${pick(claims).fingerprint}`;
    const kind = pick(['accept', 'reject', 'edit-type', 'edit-negated', 'edit-certainty']);
    if (kind === 'accept' || kind === 'reject') record(subject, kind);
    else if (kind === 'edit-type') record(subject, 'edit', { type: pick(['allied_with', 'hostile_to', 'member_of']) });
    else if (kind === 'edit-negated') record(subject, 'edit', { negated: rand() < 0.5 });
    else record(subject, 'edit', { certainty: pick(['asserted', 'hedged', 'attributed']) });
  }
  // Merge a busy actor into another (its claims and names move) and reject a third.
  const busy = (db.prepare('SELECT source_key AS key FROM claims GROUP BY source_key ORDER BY COUNT(*) DESC LIMIT 3').all() as Array<{ key: string }>).map((r) => r.key);
  record(`actor:${busy[1]}`, 'merge', { into: busy[0] });
  record(`actor:${pick(actors.filter((k) => !busy.includes(k)))}`, 'reject');
}

function assertSame(db: Store, q: EdgeQuery): void {
  const [got, want] = [edges(db, q), edgesByClaims(db, q)];
  assert.equal(got.length, want.length, `${JSON.stringify(q)}: edge count`);
  got.forEach((e, i) => assert.deepEqual(e, want[i], `${JSON.stringify(q)}: edge ${i} ${e.type} ${e.source} ${e.target}`));
}

test('the graph from monthly totals equals the graph counted claim by claim, before and after review', () => {
  const { db, rand } = buildStore();
  const busiest = (db.prepare('SELECT source_key AS key FROM claims GROUP BY source_key ORDER BY COUNT(*) DESC LIMIT 4').all() as Array<{ key: string }>).map((r) => r.key);
  const queries = (): EdgeQuery[] => [
    {}, { includeNegated: true }, { minSupport: 3, evidence: 0 }, { evidence: 3 }, { types: ['hostile_to', 'allied_with'] },
    ...busiest.map((actor) => ({ actor, includeNegated: true })),
    ...['2014-06-15', '2017-01-31', '2019-12-01', '2022', '2023-07'].flatMap((asOf) => [{ asOf }, { asOf, actor: busiest[0]!, includeNegated: true }, { asOf, minSupport: 2, evidence: 0 }]),
  ];
  for (const q of queries()) assertSame(db, q);
  decide(db, rand);
  assert.ok((db.prepare("SELECT COUNT(*) AS n FROM review_state WHERE subject LIKE 'claim:%'").get() as { n: number }).n > 20);
  for (const q of queries()) assertSame(db, q);
  db.close();
});

/** A profile's names, documents, sources and events counted from the rows, as before the totals. */
function profileByRows(db: Store, key: string) {
  const keys = [key, ...(db.prepare('SELECT key FROM actor_merges WHERE into_key = ?').all(key) as Array<{ key: string }>).map((r) => r.key)];
  const inKeys = `(${keys.map(() => '?').join(', ')})`;
  return {
    names: db.prepare(`SELECT name, SUM(mentions) AS mentions FROM actor_names WHERE actor_key IN ${inKeys} GROUP BY name ORDER BY mentions DESC, name`).all(...keys),
    documents: (db.prepare(`SELECT COUNT(DISTINCT document_id) AS n FROM actor_names WHERE actor_key IN ${inKeys}`).get(...keys) as { n: number }).n,
    sources: db.prepare(`SELECT id, title, published FROM documents WHERE id IN (SELECT document_id FROM actor_names WHERE actor_key IN ${inKeys})
      ORDER BY published DESC, id DESC LIMIT 300`).all(...keys).reverse(),
    events: db.prepare(`SELECT id, event_type, sub_event_type, date, location_name AS location, fatalities, document_id FROM events
      WHERE id IN (SELECT event_id FROM event_actors WHERE actor_key IN ${inKeys}) ORDER BY date DESC, id DESC LIMIT 300`).all(...keys).reverse(),
  };
}

test('profiles from kept totals and date indexes equal profiles counted from the rows, after merges and re-extraction', () => {
  const { db, rand } = buildStore();
  decide(db, rand);
  const actors = (db.prepare('SELECT key FROM actors ORDER BY key').all() as Array<{ key: string }>).map((a) => a.key);
  assert.ok((db.prepare('SELECT COUNT(*) AS n FROM actor_merges').get() as { n: number }).n > 0, 'a merge was made');
  for (const key of actors) {
    const p = actorProfile(db, key)!;
    const want = profileByRows(db, key);
    assert.deepEqual({ names: p.names, documents: p.documents, sources: p.sources, events: p.events }, want, key);
  }
  db.close();
});

/** The review queue's claims ranked over every claim, as before the kept totals. */
function claimQueueByRows(db: Store, status: string, count: number): number[] {
  return (db.prepare(`WITH edge AS (
        SELECT c.type, c.source_key, c.target_key, c.negated,
          COUNT(DISTINCT c.document_id || '|' || IFNULL(c.valid_from, '') || '|' || IFNULL(c.valid_to, '')) AS documents, COUNT(*) AS claims
        FROM claims c JOIN documents d ON d.id = c.document_id AND d.duplicate_of IS NULL GROUP BY c.type, c.source_key, c.target_key, c.negated)
    SELECT c.id, CASE WHEN o.claims > 0 THEN 1 WHEN c.negated THEN 2 WHEN c.certainty = 'hedged' THEN 3 WHEN c.certainty = 'attributed' THEN 4 WHEN e.documents = 1 THEN 5 ELSE 6 END AS priority
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.duplicate_of IS NULL
    JOIN edge e ON e.type = c.type AND e.source_key = c.source_key AND e.target_key = c.target_key AND e.negated = c.negated
    LEFT JOIN edge o ON o.type = c.type AND o.source_key = c.source_key AND o.target_key = c.target_key AND o.negated != c.negated
    LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint
    WHERE @status = 'all' OR (@status = 'pending') = (r.decision IS NULL)
    ORDER BY priority, c.id LIMIT @count`).all({ status, count }) as Array<{ id: number }>).map((r) => r.id);
}

test('the review queue ranks claims as ranking every claim does', () => {
  const { db, rand } = buildStore();
  decide(db, rand);
  for (const status of ['pending', 'reviewed', 'all'] as const) {
    for (const count of [10, 100, 1000]) {
      const queue = reviewQueue(db, { kind: 'claim', status, limit: count });
      const want = claimQueueByRows(db, status, count);
      assert.deepEqual(new Set(queue.map((i) => i.claim!.id)), new Set(want), `${status} ${count}`);
    }
  }
  db.close();
});

test('the review queue counts discovered actors\' documents and first document as the rows do', () => {
  const { db, rand } = buildStore();
  decide(db, rand);
  const items = reviewQueue(db, { kind: 'actor', status: 'all', limit: 1000 });
  assert.ok(items.length > 0);
  for (const item of items) {
    const key = item.actor!.key;
    const want = db.prepare('SELECT COUNT(DISTINCT document_id) AS documents, MIN(document_id) AS first FROM actor_names WHERE actor_key = ?').get(key) as { documents: number; first: number };
    assert.deepEqual({ documents: item.actor!.documents, first: item.document_id }, { documents: want.documents, first: want.first }, key);
    const names = (db.prepare('SELECT DISTINCT name FROM actor_names WHERE actor_key = ? ORDER BY name').all(key) as Array<{ name: string }>).map((r) => r.name);
    assert.deepEqual(item.evidence?.split(', ').sort(), [...names].sort(), key);
  }
  db.close();
});
