// The review queue: claims and discovered actors with the reason each is worth a look, the ones
// most likely wrong first (contradicted, denied, hedged, single source), with their status.
import { statement, type Store } from '../store/index.ts';
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

/** Why a claim is doubtful, most doubtful first, as SQL over a claim `c` and its edge `e`
 * (documents, contradicted). The first three pick claims by edge, the others by claim. */
const LEVELS: Array<{ priority: number; byEdge: boolean; where: string }> = [
  { priority: 1, byEdge: true, where: 'e.contradicted > 0' },
  { priority: 2, byEdge: true, where: 'e.contradicted = 0 AND c.negated = 1' },
  { priority: 5, byEdge: true, where: "e.contradicted = 0 AND c.negated = 0 AND c.certainty = 'asserted' AND e.documents = 1" },
  { priority: 3, byEdge: false, where: "e.contradicted = 0 AND c.negated = 0 AND c.certainty = 'hedged'" },
  { priority: 4, byEdge: false, where: "e.contradicted = 0 AND c.negated = 0 AND c.certainty = 'attributed'" },
  { priority: 6, byEdge: false, where: "e.contradicted = 0 AND c.negated = 0 AND c.certainty = 'asserted' AND e.documents > 1" },
];

/** The `count` most doubtful claims of a status, in order of doubt and then of storing. Edges'
 * documents and contradictions come from the graph's kept totals; each level reads claims until
 * it has enough (the queue of 100,000 articles took 28 s when every claim was ranked). */
function claimItems(db: Store, status: 'pending' | 'reviewed' | 'all', count: number): ReviewItem[] {
  const edges = `WITH edge AS (SELECT type, source_key, target_key, negated, SUM(documents) AS documents, SUM(claims) AS claims FROM edge_totals GROUP BY 1, 2, 3, 4),
    e AS (SELECT edge.*, COALESCE(o.claims, 0) AS contradicted FROM edge
      LEFT JOIN edge o ON o.type = edge.type AND o.source_key = edge.source_key AND o.target_key = edge.target_key AND o.negated != edge.negated)`;
  const statusTest = "(@status = 'all' OR (@status = 'pending') = (r.decision IS NULL))";
  const ids: Array<{ id: number; priority: number }> = [];
  for (const level of [...LEVELS].sort((a, b) => a.priority - b.priority)) {
    if (ids.length >= count) break;
    const join = 'c.type = e.type AND c.source_key = e.source_key AND c.target_key = e.target_key AND c.negated = e.negated';
    const sql = level.byEdge
      ? `${edges} SELECT c.id FROM e CROSS JOIN claims c ON ${join} LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint
          WHERE c.duplicate = 0 AND ${level.where} AND ${statusTest} ORDER BY c.id LIMIT @need`
      : `${edges} SELECT c.id FROM claims c CROSS JOIN e ON ${join} LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint
          WHERE c.duplicate = 0 AND ${level.where} AND ${statusTest} ORDER BY c.id LIMIT @need`;
    for (const r of statement(db, sql).all({ status, need: count - ids.length }) as Array<{ id: number }>) ids.push({ id: r.id, priority: level.priority });
  }
  const detail = statement(db, `WITH edge AS (SELECT type, source_key, target_key, negated, SUM(documents) AS documents, SUM(claims) AS claims FROM edge_totals
      WHERE type = @type AND source_key = @source AND target_key = @target GROUP BY 1, 2, 3, 4)
    SELECT c.id, c.fingerprint, c.document_id, c.type, c.source_key, c.target_key, c.negated, c.certainty, c.evidence_text,
      COALESCE(s.name, c.source_key) AS source_name, COALESCE(t.name, c.target_key) AS target_name, r.decision,
      COALESCE((SELECT documents FROM edge WHERE negated = c.negated), 0) AS documents, COALESCE((SELECT claims FROM edge WHERE negated != c.negated), 0) AS contradicted
    FROM claims c LEFT JOIN actors s ON s.key = c.source_key LEFT JOIN actors t ON t.key = c.target_key
    LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint WHERE c.id = @id`);
  const claimOf = statement(db, 'SELECT type, source_key AS source, target_key AS target FROM claims WHERE id = ?');
  const rows = ids.map(({ id }) => detail.get({ id, ...(claimOf.get(id) as object) }) as { id: number; fingerprint: string; document_id: number; type: string; source_key: string; target_key: string; negated: number;
    certainty: string; evidence_text: string; source_name: string; target_name: string; decision: string | null; documents: number; contradicted: number });
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
  // Documents and names from the store's kept totals; the first document is the least of each name's first.
  const rows = statement(db, `SELECT a.key, a.known_id, a.name, a.kind, r.decision, COALESCE(t.documents, 0) AS documents,
      (SELECT MIN((SELECT MIN(m.document_id) FROM actor_names m WHERE m.actor_key = x.actor_key AND m.name = x.name)) FROM actor_name_totals x WHERE x.actor_key = a.key) AS first_document,
      (SELECT GROUP_CONCAT(x.name) FROM actor_name_totals x WHERE x.actor_key = a.key) AS names
    FROM actors a LEFT JOIN actor_totals t ON t.actor_key = a.key LEFT JOIN review_state r ON r.subject = 'actor:' || a.key
    WHERE a.known_id IS NULL OR r.decision IS NOT NULL ORDER BY a.name`).all() as Array<{ key: string; known_id: string | null; name: string; kind: string; decision: string | null; documents: number; first_document: number | null; names: string | null }>;
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
