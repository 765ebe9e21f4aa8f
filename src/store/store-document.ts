// Stores one extracted document in one transaction: the document (and its full text for search),
// its actors and the names they went by, its claims and its events. Storing the same text twice
// changes nothing; a near-duplicate (a syndicated copy) is kept, linked to the first copy, and
// its claims are not counted twice in the graph.
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../ingest/index.ts';
import type { DocumentJson } from '../output/index.ts';
import type { Store } from './open-store.ts';
import { statement } from './statements.ts';
import { simhash } from './simhash.ts';
import { addOriginal, dropNearDuplicateIndex, findOriginal, nearDuplicateIndex } from './near-duplicates.ts';
import { claimFingerprint } from '../review/fingerprint.ts';

export type StoreOutcome =
  | { status: 'stored'; id: number }
  | { status: 'near_duplicate'; id: number; duplicateOf: number }
  | { status: 'unchanged'; id: number };

const SYMMETRIC = new Set(['allied_with', 'hostile_to']);

export function storeDocument(db: Store, doc: SourceDocument, out: DocumentJson, now = new Date().toISOString()): StoreOutcome {
  const hash = createHash('sha256').update(doc.text).digest('hex');
  const existing = statement(db, 'SELECT id FROM documents WHERE content_hash = ?').get(hash) as { id: number } | undefined;
  if (existing) return { status: 'unchanged', id: existing.id };
  const sim = simhash(doc.text);
  const store = db.transaction((): StoreOutcome => {
    const index = nearDuplicateIndex(db);
    const original = findOriginal(index, sim);
    const published = out.document.published ?? out.document.published_inferred?.date ?? null;
    const { lastInsertRowid } = statement(db, `INSERT INTO documents (doc_id, source, title, url, published, content_hash, simhash, duplicate_of, text, extraction, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(doc.id, doc.source, out.document.title ?? doc.title, doc.url, published, hash, sim.toString(16), original, doc.text, JSON.stringify(out), now);
    const id = Number(lastInsertRowid);
    statement(db, 'INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(id, out.document.title ?? doc.title ?? '', doc.text);
    writeExtraction(db, id, { hash, published, duplicate: original != null }, out);
    if (original == null) addOriginal(index, id, sim);
    return original == null ? { status: 'stored', id } : { status: 'near_duplicate', id, duplicateOf: original };
  });
  try {
    return store();
  } catch (error) {
    dropNearDuplicateIndex(db);
    throw error;
  }
}

/** Replaces a stored document's extraction (actors' names, claims, events) with a new one, in one
 * transaction: how a re-extraction with reviewed knowledge lands. Decisions are untouched. */
export function replaceExtraction(db: Store, id: number, out: DocumentJson): void {
  const row = statement(db, 'SELECT content_hash, published, duplicate_of FROM documents WHERE id = ?').get(id) as { content_hash: string; published: string | null; duplicate_of: number | null } | undefined;
  if (!row) throw new Error(`store: no document ${id}`);
  db.transaction(() => {
    for (const table of ['actor_names', 'claims', 'events']) statement(db, `DELETE FROM ${table} WHERE document_id = ?`).run(id);
    statement(db, 'UPDATE documents SET extraction = ? WHERE id = ?').run(JSON.stringify(out), id);
    writeExtraction(db, id, { hash: row.content_hash, published: row.published, duplicate: row.duplicate_of != null }, out);
  })();
}

/** What each claim row repeats of its document: the content hash its fingerprint starts with, the
 * publication date and whether it is a near-duplicate (not counted in the graph). */
interface ClaimContext { hash: string; published: string | null; duplicate: boolean }

function writeExtraction(db: Store, id: number, { hash, published, duplicate }: ClaimContext, out: DocumentJson): void {
  const upsertActor = statement(db, `INSERT INTO actors (key, known_id, name, kind) VALUES (?, ?, ?, ?)
    ON CONFLICT(key) DO UPDATE SET name = CASE WHEN actors.known_id IS NULL AND excluded.known_id IS NULL THEN actors.name ELSE excluded.name END,
      known_id = COALESCE(excluded.known_id, actors.known_id)`);
  // One row per actor, name and document (counted across the document first): totals follow by trigger.
  const addName = statement(db, 'INSERT INTO actor_names (actor_key, name, document_id, mentions) VALUES (?, ?, ?, ?)');
  const counts = new Map<string, Map<string, number>>();
  for (const a of out.actors) {
    upsertActor.run(a.id, a.known_id, a.name, a.kind);
    const names = counts.get(a.id) ?? counts.set(a.id, new Map()).get(a.id)!;
    for (const m of a.mentions) if (m.section === 'body' && m.rule !== 'actors.reference') names.set(m.text, (names.get(m.text) ?? 0) + 1);
  }
  for (const [key, names] of counts) for (const [name, n] of names) addName.run(key, name, id, n);
  const addClaim = statement(db, `INSERT INTO claims (document_id, type, source_key, target_key, negated, certainty, attributed_to, valid_from, valid_to, evidence_start, evidence_end, evidence_text, rule, fingerprint, published, duplicate)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const c of out.relations) {
    const [s, t] = SYMMETRIC.has(c.type) && c.target < c.source ? [c.target, c.source] : [c.source, c.target];
    addClaim.run(id, c.type, s, t, c.negated ? 1 : 0, c.certainty, c.attributed_to, c.valid_from, c.valid_to, c.evidence.start, c.evidence.end, c.evidence.text, c.rule,
      claimFingerprint(hash, { type: c.type, source: s, target: t, negated: c.negated, start: c.evidence.start, end: c.evidence.end }), published, duplicate ? 1 : 0);
  }
  const addEvent = statement(db, `INSERT INTO events (document_id, event_type, sub_event_type, actors, targets, location_name, country, admin1, lat, lon, date, date_precision, fatalities, evidence_text, rule)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const addRole = statement(db, 'INSERT INTO event_actors (event_id, actor_key, role, date) VALUES (?, ?, ?, ?)');
  for (const e of out.events) {
    const { lastInsertRowid: event } = addEvent.run(id, e.event_type, e.sub_event_type, JSON.stringify(e.actors), JSON.stringify(e.targets), e.location?.name ?? null, e.location?.country ?? null,
      e.location?.admin1 ?? null, e.location?.lat ?? null, e.location?.lon ?? null, e.date, e.date_precision, e.fatalities, e.evidence.text, e.rule);
    for (const a of new Set(e.actors)) addRole.run(event, a, 'actor', e.date);
    for (const t of new Set(e.targets)) addRole.run(event, t, 'target', e.date);
  }
}
