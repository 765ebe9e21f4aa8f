// Full-text search of stored documents. The user's words are quoted, so their text never becomes
// FTS5 syntax. Ranking (BM25) is computed for every match, and a word found in 80,000 of 100,000
// articles took 70 ms: results are ranked among the CANDIDATES most recently stored matches, and
// only a page beyond those ranks them all.
import type { Store } from './open-store.ts';
import { statement } from './statements.ts';

export interface SearchHit { id: number; title: string | null; published: string | null; snippet: string }

/** How many of the latest stored matches are ranked. */
export const CANDIDATES = 2000;

export function searchDocuments(db: Store, text: string, limit: number, offset: number, candidates = CANDIDATES): SearchHit[] {
  const match = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"`).join(' ');
  if (!match) return [];
  if (offset + limit > candidates) {
    return statement(db, `SELECT d.id, d.title, d.published, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet FROM documents_fts
      JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`).all(match, limit, offset) as SearchHit[];
  }
  const ranked = (statement(db, 'SELECT rowid AS id, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?').all(match, candidates) as Array<{ id: number; rank: number }>)
    .sort((a, b) => a.rank - b.rank || b.id - a.id).slice(offset, offset + limit);
  const hit = statement(db, `SELECT d.id, d.title, d.published, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet FROM documents_fts
    JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? AND documents_fts.rowid = ?`);
  return ranked.map((r) => hit.get(match, r.id) as SearchHit);
}
