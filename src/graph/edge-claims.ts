// An edge's claims in order of publication, read from the index on (edge, published, id) and
// stopping as soon as enough are found: its evidence sentences (the earliest ones), when it was
// first and last seen. Claims an analyst moved onto the edge by an edit come from `edge.edited`.
import { statement, type Store } from '../store/index.ts';
import type { ReviewContext } from './review-context.ts';
import { asReviewed, byPublication, edgeKey, holdsOn, type StoredClaim } from './reviewed-claim.ts';
import type { CountedClaim, EdgeTotals } from './edge-totals.ts';

export interface EvidenceItem { claim_id: number; fingerprint: string; document_id: number; title: string | null; published: string | null; text: string; certainty: string; rule: string; review: string | null }

type Order = 'earliest' | 'latest';

const COLUMNS = `c.id, c.document_id, c.type, c.source_key, c.target_key, c.negated, c.certainty, c.valid_from, c.valid_to, c.published,
  c.fingerprint, d.title, c.evidence_text AS text, c.rule, r.decision, r.payload`;

/** Counted claims of one stored edge that belong to `edge` as reviewed, in publication order
 * (undated first when earliest; dated only when latest). */
function* storedEdgeClaims(db: Store, ctx: ReviewContext, stored: string, edge: EdgeTotals, asOf: string | null, order: Order, datedOnly: boolean): Generator<CountedClaim> {
  const [type, source, target, negated] = stored.split('\u0000');
  const key = { type, source, target, negated: Number(negated), ...(asOf ? { asOf } : {}) };
  const from = `FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint
    WHERE c.type = @type AND c.source_key = @source AND c.target_key = @target AND c.negated = @negated AND c.duplicate = 0`;
  // Earliest on no date is one range (undated first, as SQL sorts NULL); as of a date, the undated
  // and then the dated up to it, each a range that stops where the date does.
  const dated = `${from} AND c.published > '' ${asOf ? 'AND c.published <= @asOf' : ''}`;
  const queries = order === 'latest' ? [`SELECT ${COLUMNS} ${dated} ORDER BY c.published DESC, c.id DESC`]
    : datedOnly ? [`SELECT ${COLUMNS} ${dated} ORDER BY c.published, c.id`]
    : asOf ? [`SELECT ${COLUMNS} ${from} AND c.published IS NULL ORDER BY c.id`, `SELECT ${COLUMNS} ${dated} ORDER BY c.published, c.id`]
    : [`SELECT ${COLUMNS} ${from} ORDER BY c.published, c.id`];
  for (const sql of queries) {
    for (const c of statement(db, sql).iterate(key) as Iterable<CountedClaim>) {
      if (belongs(ctx, c, edge, asOf)) yield c;
    }
  }
}

function belongs(ctx: ReviewContext, c: StoredClaim, edge: EdgeTotals, asOf: string | null): boolean {
  if (!holdsOn(asOf, c)) return false;
  const r = asReviewed(ctx, c);
  return !!r && edgeKey(r.type, r.source, r.target, r.negated) === edgeKey(edge.type, edge.source, edge.target, edge.negated);
}

export const byTime = (order: Order) => (a: CountedClaim, b: CountedClaim): number => (order === 'earliest' ? byPublication(a, b) : byPublication(b, a));

/** The first `n` counted claims of an edge in the given order, from every stored edge it gathers
 * and the claims edited onto it. */
export function edgeClaims(db: Store, ctx: ReviewContext, edge: EdgeTotals, asOf: string | null, order: Order, n: number, datedOnly = false): CountedClaim[] {
  const out: CountedClaim[] = [];
  for (const stored of edge.stored) {
    let taken = 0;
    for (const c of storedEdgeClaims(db, ctx, stored, edge, asOf, order, datedOnly)) {
      out.push(c);
      if (++taken >= n) break;
    }
  }
  out.push(...edge.edited.filter((c) => (!datedOnly || c.published != null) && belongs(ctx, c, edge, asOf)));
  return out.sort(byTime(order)).slice(0, n);
}

export function evidenceItem(ctx: ReviewContext, c: CountedClaim): EvidenceItem {
  const r = asReviewed(ctx, c)!;
  return { claim_id: c.id, fingerprint: c.fingerprint, document_id: c.document_id, title: c.title, published: c.published, text: c.text, certainty: r.certainty, rule: c.rule, review: r.review };
}

/** Stored edges as a JSON array for json_each: [type, source, target, negated, bound in time]. */
function edgesJson(keys: readonly string[], timeBound: ReadonlySet<string>): string {
  return JSON.stringify(keys.map((k) => { const [t, s, g, n] = k.split('\u0000'); return [t, s, g, Number(n), timeBound.has(k) ? 1 : 0]; }));
}

const EDGES = `e AS (SELECT key AS k, value ->> '$[0]' AS type, value ->> '$[1]' AS source, value ->> '$[2]' AS target,
  value ->> '$[3]' AS negated, value ->> '$[4]' AS bound FROM json_each(@edges))`;

/** A claim `x` of stored edge `e`, counted, published by the date and (for an edge bound in time) valid on it. */
const ON_DATE = `x.type = e.type AND x.source_key = e.source AND x.target_key = e.target AND x.negated = e.negated AND x.duplicate = 0
  AND (e.bound = 0 OR ((x.valid_from IS NULL OR x.valid_from <= @asOf) AND (x.valid_to IS NULL OR substr(x.valid_to, 1, 4) >= substr(@asOf, 1, 4))))`;

/** First and last dates of stored edges whose claims count as extracted (none reviewed or edited
 * onto the edge), read off the index on (edge, date) in one statement. Keyed by stored edge. */
export function storedEdgeDates(db: Store, stored: Iterable<string>, asOf: string | null, timeBound: ReadonlySet<string>): Map<string, { first: string | null; last: string | null }> {
  const keys = [...new Set(stored)];
  const dated = `FROM claims x WHERE ${ON_DATE} AND x.published > '' AND x.published <= @asOf`;
  const rows = statement(db, `WITH ${EDGES} SELECT (SELECT x.published ${dated} ORDER BY x.published LIMIT 1), (SELECT x.published ${dated} ORDER BY x.published DESC LIMIT 1) FROM e`)
    .raw(true).all({ edges: edgesJson(keys, asOf ? timeBound : new Set()), asOf: asOf ?? '\uffff' }) as Array<[string | null, string | null]>;
  return new Map(keys.map((k, i) => [k, { first: rows[i]![0], last: rows[i]![1] }]));
}

/** The earliest `n` claims of stored edges whose claims count as extracted, in one statement:
 * each edge's undated claims and its dated ones up to the date are two index ranges cut at `n`.
 * Keyed by stored edge, in publication order. */
export function storedEdgeEvidence(db: Store, stored: Iterable<string>, asOf: string | null, n: number, timeBound: ReadonlySet<string>): Map<string, CountedClaim[]> {
  const keys = [...new Set(stored)];
  const rows = statement(db, `WITH ${EDGES}
    SELECT e.k, c.id, c.document_id, c.type, c.source_key, c.target_key, c.negated, c.certainty, c.valid_from, c.valid_to, c.published,
      c.fingerprint, d.title, c.evidence_text AS text, c.rule, NULL AS decision, NULL AS payload
    FROM e JOIN claims c ON c.id IN (
      SELECT id FROM (SELECT x.id FROM claims x WHERE ${ON_DATE} AND x.published IS NULL ORDER BY x.id LIMIT @n)
      UNION ALL SELECT id FROM (SELECT x.id FROM claims x WHERE ${ON_DATE} AND x.published > '' AND x.published <= @asOf ORDER BY x.published, x.id LIMIT @n))
    JOIN documents d ON d.id = c.document_id`)
    .all({ edges: edgesJson(keys, asOf ? timeBound : new Set()), asOf: asOf ?? '\uffff', n }) as Array<CountedClaim & { k: number }>;
  const out = new Map<string, CountedClaim[]>(keys.map((k) => [k, []]));
  for (const { k, ...c } of rows) out.get(keys[k]!)!.push(c);
  for (const list of out.values()) list.sort(byTime('earliest')).splice(n);
  return out;
}
