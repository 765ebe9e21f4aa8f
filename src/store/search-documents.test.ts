// Full-text search: ranked like the full BM25 ordering when matches are fewer than the candidates,
// among the latest stored matches when more, and the user's text never becomes FTS5 syntax.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from './open-store.ts';
import { searchDocuments } from './search-documents.ts';

function storeOf(texts: string[]) {
  const db = openStore(join(mkdtempSync(join(tmpdir(), 'fg-search-')), 'store.db'));
  texts.forEach((text, i) => {
    db.prepare(`INSERT INTO documents (id, doc_id, source, title, content_hash, simhash, text, extraction, ingested_at) VALUES (?, ?, 'test', ?, ?, '0', ?, '{}', 'now')`).run(i + 1, `d${i + 1}`, `title ${i + 1}`, `h${i + 1}`, text);
    db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)').run(i + 1, `title ${i + 1}`, text);
  });
  return db;
}

const texts = [
  'Hajin fell to the SDF after weeks of fighting near Hajin and Hajin again.',
  'The coalition struck positions south of Hajin.',
  'Islamic State fighters withdrew from Hajin, Hajin and Susah.',
  'Talks in Astana made no mention of the town.',
  'Hajin was quiet on Tuesday.',
];

test('with fewer matches than candidates, the order is the full ranking; with more, the latest are ranked', () => {
  const db = storeOf(texts);
  const full = db.prepare(`SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH '"Hajin"' ORDER BY rank`).all().map((r) => (r as { id: number }).id);
  assert.deepEqual(searchDocuments(db, 'Hajin', 10, 0).map((h) => h.id), full);
  assert.ok(searchDocuments(db, 'hajin', 10, 0)[0]!.snippet.includes('[Hajin]'));
  // Two candidates: the two latest stored matches (5 and 3), ranked between themselves.
  assert.deepEqual(new Set(searchDocuments(db, 'Hajin', 2, 0, 2).map((h) => h.id)), new Set([5, 3]));
  // A page beyond the candidates ranks all matches.
  assert.deepEqual(searchDocuments(db, 'Hajin', 2, 1, 2).map((h) => h.id), full.slice(1, 3));
  db.close();
});

test('quotes, operators and column filters in the text are searched as words', () => {
  const db = storeOf(texts);
  for (const q of ['"Hajin', 'Hajin OR', 'title:Hajin', 'NEAR(Hajin Susah)', 'Haj*', ')(', '"; DROP TABLE documents; --']) {
    assert.doesNotThrow(() => searchDocuments(db, q, 10, 0), q);
  }
  assert.deepEqual(searchDocuments(db, ')(', 10, 0), []);
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n, texts.length);
  db.close();
});
