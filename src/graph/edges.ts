// The merged graph: claims of all stored documents (near-duplicates left out) merged into edges
// by (type, source, target, negated), each with its support, distinct documents, first and last
// seen, certainty mix, time validity, the claims that deny it, and its evidence sentences.
// `asOf` gives the graph as it stood on a date: claims published by then, valid then. Claims are
// read as reviewed (store view `reviewed_claims`): rejected ones gone, edits and merges applied.
import type { Store } from '../store/index.ts';

export interface EdgeQuery {
  asOf?: string | null;
  types?: readonly string[];
  actor?: string | null;
  minSupport?: number;
  includeNegated?: boolean;
  /** Evidence sentences per edge (default 20; 0 for none: a whole graph to draw needs none). */
  evidence?: number;
}

export interface Edge {
  type: string;
  source: string;
  target: string;
  negated: boolean;
  support: number;
  documents: number;
  first_seen: string | null;
  last_seen: string | null;
  certainty: { asserted: number; attributed: number; hedged: number };
  valid_from: string | null;
  valid_to: string | null;
  /** Claims of the opposite polarity on the same type and ends: contradictions stay visible. */
  contradicted_by: number;
  /** Claims an analyst accepted or edited. */
  reviewed: number;
  evidence: Array<{ claim_id: number; fingerprint: string; document_id: number; title: string | null; published: string | null; text: string; certainty: string; rule: string; review: string | null }>;
}

export interface GraphNode {
  key: string; known_id: string | null; name: string; kind: string;
  /** The analyst's decision on the actor (accept, edit, promote), if any. */
  review: string | null;
  countries: string[];
  /** The knowledge file (theatre) its entry comes from. */
  theatre: string | null;
}

/** What the knowledge base says of an actor beyond the store: its countries and theatre. */
export type DescribeActor = (knownId: string) => { countries: string[]; theatre: string | null } | undefined;

export function edges(db: Store, q: EdgeQuery = {}): Edge[] {
  const where = ['d.duplicate_of IS NULL'];
  const params: Record<string, unknown> = {};
  if (q.asOf) {
    where.push('(d.published IS NULL OR d.published <= @asOf)', '(c.valid_from IS NULL OR c.valid_from <= @asOf)', '(c.valid_to IS NULL OR substr(c.valid_to, 1, 4) >= substr(@asOf, 1, 4))');
    params.asOf = q.asOf;
  }
  if (q.types?.length) { where.push(`c.type IN (${q.types.map((_, i) => `@t${i}`).join(', ')})`); q.types.forEach((t, i) => { params[`t${i}`] = t; }); }
  if (q.actor) {
    // The stored ends narrow by index; the reviewed ends (after merges) decide.
    const keys = '(SELECT @actor UNION SELECT key FROM actor_merges WHERE into_key = @actor)';
    where.push(`(c.stored_source IN ${keys} OR c.stored_target IN ${keys})`, '(c.source_key = @actor OR c.target_key = @actor)');
    params.actor = q.actor;
  }
  if (!q.includeNegated) where.push('c.negated = 0');
  const filter = where.join(' AND ');
  const rows = db.prepare(`SELECT c.type, c.source_key, c.target_key, c.negated, COUNT(*) AS support, COUNT(DISTINCT c.document_id) AS documents,
      MIN(d.published) AS first_seen, MAX(d.published) AS last_seen,
      SUM(c.certainty = 'asserted') AS asserted, SUM(c.certainty = 'attributed') AS attributed, SUM(c.certainty = 'hedged') AS hedged,
      MIN(c.valid_from) AS valid_from, MAX(c.valid_to) AS valid_to, SUM(c.review IS NOT NULL) AS reviewed
    FROM reviewed_claims c JOIN documents d ON d.id = c.document_id
    WHERE ${filter}
    GROUP BY c.type, c.source_key, c.target_key, c.negated
    HAVING COUNT(*) >= @min
    ORDER BY support DESC, c.type, c.source_key, c.target_key`).all({ ...params, min: q.minSupport ?? 1 }) as Array<Record<string, number | string | null>>;
  // One pass each for the evidence (first 20 claims per edge) and for claims of the opposite
  // polarity: per-edge queries made a 2,000-actor graph take seconds.
  const evidence = new Map<string, Edge['evidence']>();
  const perEdge = q.evidence ?? 20;
  if (perEdge > 0) for (const e of db.prepare(`SELECT * FROM (SELECT c.type, c.source_key, c.target_key, c.negated, c.id AS claim_id, c.fingerprint, c.document_id, d.title, d.published,
        c.evidence_text AS text, c.certainty, c.rule, c.review, ROW_NUMBER() OVER (PARTITION BY c.type, c.source_key, c.target_key, c.negated ORDER BY d.published, c.id) AS rank
      FROM reviewed_claims c JOIN documents d ON d.id = c.document_id WHERE ${filter}) WHERE rank <= @perEdge`).iterate({ ...params, perEdge }) as Iterable<Record<string, string | number | null>>) {
    const k = edgeKey(e.type, e.source_key, e.target_key, e.negated);
    const { type: _t, source_key: _s, target_key: _g, negated: _n, rank: _r, ...item } = e;
    (evidence.get(k) ?? evidence.set(k, []).get(k)!).push(item as unknown as Edge['evidence'][number]);
  }
  const polarity = new Map<string, number>();
  const around = where.filter((w) => w.includes('@actor') || w.includes('c.type IN'));
  for (const r of db.prepare(`SELECT c.type, c.source_key, c.target_key, c.negated, COUNT(*) AS n FROM reviewed_claims c JOIN documents d ON d.id = c.document_id
      WHERE ${['d.duplicate_of IS NULL', ...around].join(' AND ')} GROUP BY c.type, c.source_key, c.target_key, c.negated`).iterate(Object.fromEntries(Object.entries(params).filter(([k]) => k !== 'asOf'))) as Iterable<Record<string, string | number>>) {
    polarity.set(edgeKey(r.type!, r.source_key!, r.target_key!, r.negated!), Number(r.n));
  }
  return rows.map((r) => ({
    type: String(r.type), source: String(r.source_key), target: String(r.target_key), negated: r.negated === 1,
    support: Number(r.support), documents: Number(r.documents), first_seen: r.first_seen as string | null, last_seen: r.last_seen as string | null,
    certainty: { asserted: Number(r.asserted), attributed: Number(r.attributed), hedged: Number(r.hedged) },
    valid_from: r.valid_from as string | null, valid_to: r.valid_to as string | null,
    contradicted_by: polarity.get(edgeKey(r.type, r.source_key, r.target_key, r.negated === 1 ? 0 : 1)) ?? 0, reviewed: Number(r.reviewed),
    evidence: evidence.get(edgeKey(r.type, r.source_key, r.target_key, r.negated)) ?? [],
  }));
}

const edgeKey = (...parts: Array<string | number | null | undefined>): string => parts.join('\u0000');

/** The actors that edges touch (or every actor), as reviewed: merged and rejected ones left out, edits applied. */
export function nodes(db: Store, keys?: Iterable<string>, describe?: DescribeActor): GraphNode[] {
  const rows = db.prepare(`SELECT a.key, a.known_id, COALESCE(json_extract(r.payload, '$.name'), a.name) AS name, COALESCE(json_extract(r.payload, '$.kind'), a.kind) AS kind,
      r.decision AS review
    FROM actors a LEFT JOIN review_state r ON r.subject = 'actor:' || a.key
    WHERE a.key NOT IN (SELECT key FROM actor_merges) AND a.key NOT IN (SELECT key FROM rejected_actors) ORDER BY a.key`).all() as Array<Omit<GraphNode, 'countries' | 'theatre'>>;
  const want = keys ? new Set(keys) : null;
  return rows.filter((n) => !want || want.has(n.key)).map((n) => {
    const facts = n.known_id ? describe?.(n.known_id) : undefined;
    return { ...n, countries: facts?.countries ?? [], theatre: facts?.theatre ?? null };
  });
}

export interface Graph { nodes: GraphNode[]; edges: Edge[] }

export function graph(db: Store, q: EdgeQuery = {}, describe?: DescribeActor): Graph {
  const es = edges(db, q);
  return { nodes: nodes(db, es.flatMap((e) => [e.source, e.target]), describe), edges: es };
}
