// An edge's claims in order of publication, read from the index on (edge, published, id) and
// stopping as soon as enough are found: its evidence sentences (the earliest ones), when it was
// first and last seen. Claims an analyst moved onto the edge by an edit come from `edge.edited`.
import { statement, type Store } from '../store/index.ts';
import type { ReviewContext } from './review-context.ts';
import { asReviewed, edgeKey, holdsOn, type StoredClaim } from './reviewed-claim.ts';
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

const byTime = (order: Order) => (a: CountedClaim, b: CountedClaim): number => {
  const [x, y] = order === 'earliest' ? [a, b] : [b, a];
  // Undated claims sort first, as SQL sorts NULL.
  if (x.published !== y.published) return x.published == null ? -1 : y.published == null ? 1 : x.published < y.published ? -1 : 1;
  return x.id - y.id;
};

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

/** An edge's first or last date read off the index alone (a seek per stored edge): right when
 * its claims count as extracted, that is none reviewed, edited onto it or bound in time. */
export function storedEdgeDate(db: Store, edge: EdgeTotals, asOf: string | null, order: Order): string | null {
  const sql = `SELECT ${order === 'earliest' ? 'MIN' : 'MAX'}(published) AS day FROM claims
    WHERE type = ? AND source_key = ? AND target_key = ? AND negated = ? AND duplicate = 0 AND published > '' AND published <= ?`;
  let best: string | null = null;
  for (const stored of edge.stored) {
    const [type, source, target, negated] = stored.split('\u0000');
    const day = (statement(db, sql).get(type, source, target, Number(negated), asOf ?? '\uffff') as { day: string | null }).day;
    if (day != null && (best == null || (order === 'earliest' ? day < best : day > best))) best = day;
  }
  return best;
}
