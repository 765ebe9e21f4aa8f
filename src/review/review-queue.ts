// The review queue: claims and discovered actors with the reason each is worth a look, the ones
// most likely wrong first (contradicted, denied, hedged, single source), with their status.
import type { Store } from '../store/index.ts';
import { STATUS_OF, type ReviewItem, type ReviewStatus } from './types.ts';

export interface QueueQuery { status?: 'pending' | 'reviewed' | 'all'; kind?: 'claim' | 'actor'; limit?: number; offset?: number }

/** Lower comes first. */
const PRIORITY: Record<string, number> = { discovered: 0, contradicted: 1, denied: 2, hedged: 3, attributed: 4, 'single source': 5, corroborated: 6 };

export function reviewQueue(db: Store, q: QueueQuery = {}): ReviewItem[] {
  const offset = q.offset ?? 0, limit = q.limit ?? 100;
  const status = q.status ?? 'pending';
  const items = [...(q.kind === 'claim' ? [] : actorItems(db)), ...(q.kind === 'actor' ? [] : claimItems(db, status, offset + limit))]
    .filter((i) => status === 'all' || (status === 'reviewed' ? i.status !== 'pending' : i.status === 'pending'))
    .sort((a, b) => (PRIORITY[a.reason.split(':')[0]!] ?? 9) - (PRIORITY[b.reason.split(':')[0]!] ?? 9) || a.label.localeCompare(b.label));
  return items.slice(offset, offset + limit);
}

/** The `count` most doubtful claims of a status; edges' support and contradictions counted once per edge, not per claim. */
function claimItems(db: Store, status: 'pending' | 'reviewed' | 'all', count: number): ReviewItem[] {
  const rows = db.prepare(`WITH edge AS (
        SELECT c.type, c.source_key, c.target_key, c.negated, COUNT(DISTINCT c.document_id) AS documents, COUNT(*) AS claims
        FROM claims c JOIN documents d ON d.id = c.document_id AND d.duplicate_of IS NULL GROUP BY c.type, c.source_key, c.target_key, c.negated)
    SELECT c.id, c.fingerprint, c.document_id, c.type, c.source_key, c.target_key, c.negated, c.certainty, c.evidence_text,
      COALESCE(s.name, c.source_key) AS source_name, COALESCE(t.name, c.target_key) AS target_name, r.decision,
      e.documents, COALESCE(o.claims, 0) AS contradicted,
      CASE WHEN o.claims > 0 THEN 1 WHEN c.negated THEN 2 WHEN c.certainty = 'hedged' THEN 3 WHEN c.certainty = 'attributed' THEN 4 WHEN e.documents = 1 THEN 5 ELSE 6 END AS priority
    FROM claims c JOIN documents d ON d.id = c.document_id AND d.duplicate_of IS NULL
    JOIN edge e ON e.type = c.type AND e.source_key = c.source_key AND e.target_key = c.target_key AND e.negated = c.negated
    LEFT JOIN edge o ON o.type = c.type AND o.source_key = c.source_key AND o.target_key = c.target_key AND o.negated != c.negated
    LEFT JOIN actors s ON s.key = c.source_key LEFT JOIN actors t ON t.key = c.target_key
    LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint
    WHERE @status = 'all' OR (@status = 'pending') = (r.decision IS NULL)
    ORDER BY priority, c.id LIMIT @count`).all({ status, count }) as Array<{ id: number; fingerprint: string; document_id: number; type: string; source_key: string; target_key: string; negated: number;
      certainty: string; evidence_text: string; source_name: string; target_name: string; decision: string | null; documents: number; contradicted: number }>;
  return rows.map((r) => ({
    subject: `claim:${r.fingerprint}`, kind: 'claim', status: statusOf(r.decision),
    label: `${r.source_name} ${r.negated ? 'NOT ' : ''}${r.type.replace(/_/g, ' ')} ${r.target_name}`,
    reason: r.contradicted ? `contradicted: ${r.contradicted} claim(s) say the opposite` : r.negated ? 'denied' : r.certainty !== 'asserted' ? r.certainty
      : r.documents === 1 ? 'single source' : `corroborated: ${r.documents} documents`,
    document_id: r.document_id, evidence: r.evidence_text,
    claim: { id: r.id, type: r.type, source: r.source_key, target: r.target_key, negated: r.negated === 1, certainty: r.certainty },
  }));
}

function actorItems(db: Store): ReviewItem[] {
  const rows = db.prepare(`SELECT a.key, a.known_id, a.name, a.kind, r.decision, COUNT(DISTINCT n.document_id) AS documents, MIN(n.document_id) AS first_document,
      (SELECT GROUP_CONCAT(DISTINCT m.name) FROM actor_names m WHERE m.actor_key = a.key) AS names
    FROM actors a LEFT JOIN actor_names n ON n.actor_key = a.key LEFT JOIN review_state r ON r.subject = 'actor:' || a.key
    WHERE a.known_id IS NULL OR r.decision IS NOT NULL GROUP BY a.key ORDER BY a.name`).all() as Array<{ key: string; known_id: string | null; name: string; kind: string; decision: string | null; documents: number; first_document: number | null; names: string | null }>;
  return rows.filter((r) => r.documents > 0).map((r) => ({
    subject: `actor:${r.key}`, kind: 'actor', status: statusOf(r.decision), label: `${r.name} (${r.kind.replace(/_/g, ' ')})`,
    reason: r.known_id === null ? `discovered: not in the knowledge base; in ${r.documents} document(s)` : `known: in ${r.documents} document(s)`,
    document_id: r.first_document, evidence: r.names?.split(',').join(', ') ?? null,
    actor: { key: r.key, name: r.name, kind: r.kind, discovered: r.known_id === null, documents: r.documents },
  }));
}

function statusOf(decision: string | null): ReviewStatus {
  return decision ? STATUS_OF[decision] ?? 'pending' : 'pending';
}
