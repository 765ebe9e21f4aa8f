// The merged graph: claims of all stored documents (near-duplicates left out) merged into edges
// by (type, source, target, negated), each with its support, distinct documents, first and last
// seen, certainty mix, time validity, the claims that deny it, and its evidence sentences.
// `asOf` gives the graph as it stood on a date: claims published by then, valid then. Claims are
// read as reviewed (rejected ones gone, edits and merges applied), counted from the store's
// monthly totals (edge-totals.ts) and read one by one only for evidence (edge-claims.ts).
import { statement, type Store } from '../store/index.ts';
import { readReviewContext } from './review-context.ts';
import { edgeKey, extreme, type EdgeFilter } from './reviewed-claim.ts';
import { edgeTotals, timeBoundEdges, validityBound, type EdgeTotals } from './edge-totals.ts';
import { byTime, edgeClaims, evidenceItem, storedEdgeDates, storedEdgeEvidence, type EvidenceItem } from './edge-claims.ts';

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
  evidence: EvidenceItem[];
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
  const ctx = readReviewContext(db);
  const asOf = q.asOf || null;
  const filter: EdgeFilter = { asOf, types: q.types?.length ? new Set(q.types) : null, actor: q.actor ?? null, polarity: q.includeNegated ? 'both' : 'affirmed' };
  const { totals, reviewedEdges } = edgeTotals(db, ctx, filter);
  const timeBound = timeBoundEdges(db);
  const counted = [...totals.values()].filter((t) => t.claims >= (q.minSupport ?? 1));
  // Edges whose claims all count as extracted (none reviewed, none edited onto them): their
  // dates and evidence are read for all of them at once, off the index alone.
  const plainEdges = new Set(counted.filter((t) => !t.edited.length && ![...t.stored].some((s) => reviewedEdges.has(s))));
  const asExtracted = (t: EdgeTotals) => plainEdges.has(t);
  // Claims of the opposite polarity, on any date, count against an edge: contradictions stay visible.
  const opposite = !asOf && filter.polarity === 'both' ? totals : edgeTotals(db, ctx, { ...filter, asOf: null, polarity: filter.polarity === 'affirmed' ? 'denied' : 'both' }).totals;
  const perEdge = q.evidence ?? 20;
  const plain = [...plainEdges].flatMap((t) => [...t.stored]);
  const dates = storedEdgeDates(db, plain, asOf, timeBound);
  const plainEvidence = perEdge > 0 ? storedEdgeEvidence(db, plain, asOf, perEdge, timeBound) : new Map<string, never[]>();
  return counted.map((t) => {
    const evidence = perEdge === 0 ? []
      : asExtracted(t) ? [...t.stored].flatMap((k) => plainEvidence.get(k)!).sort(byTime('earliest')).slice(0, perEdge)
      : edgeClaims(db, ctx, t, asOf, 'earliest', perEdge);
    // The earliest dated sentence among the evidence is the first sighting, unless the evidence
    // is all undated and cut short.
    const firstDated = evidence.find((c) => c.published != null)?.published;
    const seen = (order: 'earliest' | 'latest') => (asExtracted(t) ? extreme([...t.stored].map((k) => dates.get(k)![order === 'earliest' ? 'first' : 'last']), order)
      : edgeClaims(db, ctx, t, asOf, order, 1, true)[0]?.published ?? null);
    return {
      type: t.type, source: t.source, target: t.target, negated: t.negated === 1,
      support: t.claims, documents: t.documents,
      first_seen: firstDated ?? (perEdge > 0 && evidence.length < perEdge ? null : seen('earliest')), last_seen: seen('latest'),
      certainty: { asserted: t.asserted, attributed: t.attributed, hedged: t.hedged },
      valid_from: validityBound(t.validFrom, 'earliest'), valid_to: validityBound(t.validTo, 'latest'),
      contradicted_by: opposite.get(edgeKey(t.type, t.source, t.target, 1 - t.negated))?.claims ?? 0, reviewed: t.reviewed,
      evidence: evidence.map((c) => evidenceItem(ctx, c)),
    };
  }).sort((a, b) => b.support - a.support || compare(a.type, b.type) || compare(a.source, b.source) || compare(a.target, b.target) || Number(a.negated) - Number(b.negated));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);


/** The actors that edges touch (or every actor), as reviewed: merged and rejected ones left out, edits applied. */
export function nodes(db: Store, keys?: Iterable<string>, describe?: DescribeActor): GraphNode[] {
  const rows = statement(db, `SELECT a.key, a.known_id, COALESCE(json_extract(r.payload, '$.name'), a.name) AS name, COALESCE(json_extract(r.payload, '$.kind'), a.kind) AS kind,
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
