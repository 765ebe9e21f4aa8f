// Records a validated decision: appended to the history (`decisions`) and made the one in force
// (`review_state`), in one transaction. Merges are kept flat: merging A into B, when B was
// merged into C, merges A into C, and whatever was merged into A follows it.
import type { Store } from '../store/index.ts';
import { ReviewError } from '../errors.ts';
import type { Decision } from './types.ts';

/** Added names are many per actor, so each has its own state row. */
export const aliasSubject = (key: string, alias: string): string => `alias:${JSON.stringify([key, alias])}`;

export function recordDecision(db: Store, d: Decision, now = new Date().toISOString()): { id: number } {
  return db.transaction(() => {
    const payload = d.decision === 'merge' ? { into: finalMergeTarget(db, d.payload!.into!) } : d.payload;
    const key = d.subject.slice(d.subject.indexOf(':') + 1);
    if (payload && 'into' in payload && payload.into === key) throw new ReviewError('payload.into: that actor was itself merged into this one');
    const { lastInsertRowid } = db.prepare('INSERT INTO decisions (subject, decision, payload, created_at) VALUES (?, ?, ?, ?)')
      .run(d.subject, d.decision, payload ? JSON.stringify(payload) : null, now);
    const upsert = db.prepare(`INSERT INTO review_state (subject, decision, payload, decided_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(subject) DO UPDATE SET decision = excluded.decision, payload = excluded.payload, decided_at = excluded.decided_at`);
    if (d.decision === 'reset') db.prepare('DELETE FROM review_state WHERE subject = ?').run(d.subject);
    else if (d.decision === 'alias') upsert.run(aliasSubject(key, payload!.alias!), 'alias', JSON.stringify({ key, alias: payload!.alias }), now);
    else upsert.run(d.subject, d.decision, payload ? JSON.stringify(payload) : null, now);
    if (d.decision === 'merge') {
      db.prepare(`UPDATE review_state SET payload = json_set(payload, '$.into', ?) WHERE decision = 'merge' AND json_extract(payload, '$.into') = ?`).run(payload!.into, key);
    }
    return { id: Number(lastInsertRowid) };
  })();
}

function finalMergeTarget(db: Store, key: string): string {
  const next = db.prepare('SELECT into_key FROM actor_merges WHERE key = ?');
  const seen = new Set<string>();
  let at = key;
  for (let row = next.get(at) as { into_key: string } | undefined; row && !seen.has(at); row = next.get(at) as { into_key: string } | undefined) {
    seen.add(at);
    at = row.into_key;
  }
  return at;
}

/** The decision history of one subject, newest first (the audit trail the UI shows). */
export function decisionHistory(db: Store, subject: string): Array<{ id: number; decision: string; payload: unknown; created_at: string }> {
  return (db.prepare('SELECT id, decision, payload, created_at FROM decisions WHERE subject = ? ORDER BY id DESC').all(subject) as Array<{ id: number; decision: string; payload: string | null; created_at: string }>)
    .map((r) => ({ ...r, payload: r.payload ? JSON.parse(r.payload) : null }));
}
