// How much each edge is stated: claims, documents and certainty mix per (type, source, target,
// negated), as reviewed. It is summed from the totals the store keeps as claims are written
// (all-time, per year and per month: store migration 7) and, as of a date, from the
// claims of that date's month up to it. Articles holding a reviewed claim are taken out of those
// totals and counted claim by claim, as reviewed; merges and rejected actors apply to the rows.
// `documents` counts an article once per pair of ends and validity window it states the edge
// with: distinct articles, but for an article naming two actors an analyst merged since.
import { statement, type Store } from '../store/index.ts';
import { mergedEnd, storedKeysOf, type ReviewContext } from './review-context.ts';
import { asReviewed, edgeKey, extreme, holdsOn, wanted, type EdgeFilter, type StoredClaim } from './reviewed-claim.ts';

export interface EdgeTotals {
  type: string; source: string; target: string; negated: number;
  claims: number; documents: number; asserted: number; attributed: number; hedged: number;
  /** Claims per validity start and end ('' for none): the earliest and latest of them are the edge's. */
  validFrom: Map<string, number>; validTo: Map<string, number>;
  /** Counted claims with a decision in force (accepted or edited). */
  reviewed: number;
  /** The stored edges (as extracted) whose claims make it up: where its evidence is read. */
  stored: Set<string>;
  /** Claims an edit moved onto it from another type or polarity. */
  edited: CountedClaim[];
}

/** Claims read one by one, with what a claim needs beyond its counts: the evidence fields. */
export interface CountedClaim extends StoredClaim { fingerprint: string; title: string | null; text: string; rule: string }

export interface TotalsResult {
  totals: Map<string, EdgeTotals>;
  /** Stored edges with a claim of a reviewed article: their claims do not all count as extracted. */
  reviewedEdges: Set<string>;
}

type EdgeRow = [type: string, source: string, target: string, negated: number, claims: number, documents: number, asserted: number, attributed: number, hedged: number];
type ValidityRow = [type: string, source: string, target: string, negated: number, validFrom: string, validTo: string, claims: number];

export function edgeTotals(db: Store, ctx: ReviewContext, f: EdgeFilter): TotalsResult {
  const totals = new Map<string, EdgeTotals>();
  const entry = (type: string, source: string, target: string, negated: number): EdgeTotals => {
    const k = edgeKey(type, source, target, negated);
    let t = totals.get(k);
    if (!t) totals.set(k, t = { type, source, target, negated, claims: 0, documents: 0, asserted: 0, attributed: 0, hedged: 0, validFrom: new Map(), validTo: new Map(), reviewed: 0, stored: new Set(), edited: [] });
    return t;
  };
  /** The edge a stored edge stands for, unless an end is rejected or the actor asked for is not one. */
  const merged = (type: string, s: string, g: string, negated: number): EdgeTotals | null => {
    if (ctx.rejected.has(s) || ctx.rejected.has(g)) return null;
    const [source, target] = [mergedEnd(ctx, s), mergedEnd(ctx, g)];
    return f.actor && source !== f.actor && target !== f.actor ? null : entry(type, source, target, negated);
  };
  const storedKeys = f.actor ? storedKeysOf(ctx, f.actor) : null;
  const { counts, validity, params } = storedTotalsQueries(db, f, storedKeys, ctx.reviewedDocuments);
  for (const [type, s, g, negated, claims, documents, asserted, attributed, hedged] of statement(db, counts).raw(true).iterate(params) as Iterable<EdgeRow>) {
    const t = merged(type, s, g, negated);
    if (!t) continue;
    t.claims += claims; t.documents += documents; t.asserted += asserted; t.attributed += attributed; t.hedged += hedged;
    t.stored.add(edgeKey(type, s, g, negated));
  }
  for (const [type, s, g, negated, validFrom, validTo, claims] of statement(db, validity).raw(true).iterate(params) as Iterable<ValidityRow>) {
    const t = merged(type, s, g, negated);
    if (!t) continue;
    tally(t.validFrom, validFrom, claims);
    tally(t.validTo, validTo, claims);
  }
  const individual = reviewedClaims(db, ctx, storedKeys);
  const inStoredTotals = (c: StoredClaim) => !f.asOf || (c.published ?? '').slice(0, 7) < f.asOf.slice(0, 7);
  // Reviewed articles' claims leave the stored totals as they were counted there...
  const leaving = new Set<string>();
  for (const c of individual) {
    if (!inStoredTotals(c) || !holdsOn(f.asOf, c) || ctx.rejected.has(c.source_key) || ctx.rejected.has(c.target_key)) continue;
    const asStored = { type: c.type, source: mergedEnd(ctx, c.source_key), target: mergedEnd(ctx, c.target_key), negated: c.negated, certainty: c.certainty, review: null };
    if (!wanted(f, asStored)) continue;
    const t = entry(asStored.type, asStored.source, asStored.target, asStored.negated);
    t.claims--; t[certaintyField(c.certainty)]--;
    tally(t.validFrom, c.valid_from ?? '', -1);
    tally(t.validTo, c.valid_to ?? '', -1);
    const row = `${edgeKey(c.type, c.source_key, c.target_key, c.negated)}\u0000${documentRow(c)}`;
    if (!leaving.has(row)) { leaving.add(row); t.documents--; }
  }
  // ...and come back as reviewed.
  const arriving = new Set<string>();
  for (const c of individual) {
    if (!holdsOn(f.asOf, c)) continue;
    const r = asReviewed(ctx, c);
    if (!r || !wanted(f, r)) continue;
    const t = entry(r.type, r.source, r.target, r.negated);
    t.claims++; t[certaintyField(r.certainty)]++;
    if (r.review) t.reviewed++;
    tally(t.validFrom, c.valid_from ?? '', 1);
    tally(t.validTo, c.valid_to ?? '', 1);
    const row = `${edgeKey(r.type, r.source, r.target, r.negated)}\u0000${documentRow(c)}`;
    if (!arriving.has(row)) { arriving.add(row); t.documents++; }
    if (r.type === c.type && r.negated === c.negated) t.stored.add(edgeKey(c.type, c.source_key, c.target_key, c.negated));
    else t.edited.push(c);
  }
  for (const [k, t] of totals) if (t.claims <= 0) totals.delete(k);
  return { totals, reviewedEdges: new Set(individual.map((c) => edgeKey(c.type, c.source_key, c.target_key, c.negated))) };
}

/** The stored totals a query counts, as two statements over the same rows: per stored edge, and
 * per stored edge and validity window for those bound in time. On no date, the all-time totals.
 * As of a date: the years before its year, the months of its year before its month and the
 * claims of its month up to the date; or, when fewer rows, the all-time totals less the years
 * after its year and the months of its year from its month on, plus those claims. Reviewed
 * articles' claims of that month are left to reviewedClaims. */
function storedTotalsQueries(db: Store, f: EdgeFilter, storedKeys: string[] | null, reviewed: readonly number[]): { counts: string; validity: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (storedKeys) {
    const list = storedKeys.map((k, i) => { params[`k${i}`] = k; return `@k${i}`; }).join(', ');
    where.push(`(source_key IN (${list}) OR target_key IN (${list}))`);
  }
  if (f.types) where.push(`type IN (${[...f.types].map((t, i) => { params[`t${i}`] = t; return `@t${i}`; }).join(', ')})`);
  if (f.polarity !== 'both') where.push(`negated = ${Number(f.polarity === 'denied')}`);
  if (f.asOf) {
    where.push("(valid_from = '' OR valid_from <= @asOf)", "(valid_to = '' OR substr(valid_to, 1, 4) >= substr(@asOf, 1, 4))");
    // '~' sorts after every digit and '-': months of a year are those from YYYY to YYYY~.
    Object.assign(params, { month: f.asOf.slice(0, 7), year: f.asOf.slice(0, 4), yearEnd: `${f.asOf.slice(0, 4)}~`, asOf: f.asOf, reviewed: JSON.stringify(reviewed) });
  }
  const rows = (sign: number, table: string, condition?: string) => `SELECT ${sign} AS sign, type, source_key, target_key, negated, valid_from, valid_to, claims, documents, asserted, attributed, hedged
    FROM ${table} ${[...where, ...(condition ? [condition] : [])].length ? `WHERE ${[...where, ...(condition ? [condition] : [])].join(' AND ')}` : ''}`;
  // The month's articles drive (CROSS JOIN): an actor's filter pushed down here must not make
  // SQLite walk all of a busy actor's claims.
  const monthSoFar = `(SELECT c.type, c.source_key, c.target_key, c.negated, COALESCE(c.valid_from, '') AS valid_from, COALESCE(c.valid_to, '') AS valid_to,
      COUNT(*) AS claims, COUNT(DISTINCT c.document_id) AS documents,
      SUM(c.certainty = 'asserted') AS asserted, SUM(c.certainty = 'attributed') AS attributed, SUM(c.certainty = 'hedged') AS hedged
    FROM documents d CROSS JOIN claims c ON c.document_id = d.id
    WHERE d.published >= @month AND d.published <= @asOf AND c.duplicate = 0 AND d.id NOT IN (SELECT value FROM json_each(@reviewed))
    GROUP BY 1, 2, 3, 4, 5, 6)`;
  let branches: string[];
  if (!f.asOf) branches = [rows(1, 'edge_totals')];
  else {
    const later = (statement(db, 'SELECT COUNT(*) AS n FROM documents WHERE published >= ?').get(params.month) as { n: number }).n;
    const all = (statement(db, 'SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    branches = later * 2 < all
      ? [rows(1, 'edge_totals'), rows(-1, 'edge_years', 'year > @year'), rows(-1, 'edge_months', 'month >= @month AND month < @yearEnd'), rows(1, monthSoFar)]
      : [rows(1, 'edge_years', 'year < @year'), rows(1, 'edge_months', 'month >= @year AND month < @month'), rows(1, monthSoFar)];
  }
  const union = branches.join('\n    UNION ALL ');
  return {
    counts: `SELECT type, source_key, target_key, negated, SUM(sign * claims), SUM(sign * documents), SUM(sign * asserted), SUM(sign * attributed), SUM(sign * hedged)
      FROM (${union}) GROUP BY 1, 2, 3, 4 HAVING SUM(sign * claims) != 0`,
    validity: `SELECT type, source_key, target_key, negated, valid_from, valid_to, SUM(sign * claims)
      FROM (${union}) WHERE valid_from != '' OR valid_to != '' GROUP BY 1, 2, 3, 4, 5, 6`,
    params,
  };
}

/** Claims of the articles holding a reviewed claim, for an actor those touching it. */
function reviewedClaims(db: Store, ctx: ReviewContext, storedKeys: string[] | null): CountedClaim[] {
  if (!ctx.reviewedDocuments.length) return [];
  const touching = storedKeys ? 'AND (c.source_key IN (SELECT value FROM json_each(@keys)) OR c.target_key IN (SELECT value FROM json_each(@keys)))' : '';
  return statement(db, `SELECT c.id, c.document_id, c.type, c.source_key, c.target_key, c.negated, c.certainty, c.valid_from, c.valid_to, c.published,
      r.decision, r.payload, c.fingerprint, d.title, c.evidence_text AS text, c.rule
    FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint
    WHERE c.duplicate = 0 AND c.document_id IN (SELECT value FROM json_each(@reviewed)) ${touching}`)
    .all({ keys: JSON.stringify(storedKeys), reviewed: JSON.stringify(ctx.reviewedDocuments) }) as CountedClaim[];
}

const certaintyField = (c: string): 'asserted' | 'attributed' | 'hedged' => (c === 'attributed' || c === 'hedged' ? c : 'asserted');
/** Where a claim's article counts among an edge's documents: per stored ends and validity. */
const documentRow = (c: StoredClaim) => `${c.source_key}\u0000${c.target_key}\u0000${c.valid_from ?? ''}\u0000${c.valid_to ?? ''}\u0000${c.document_id}`;

function tally(counts: Map<string, number>, value: string, n: number): void {
  counts.set(value, (counts.get(value) ?? 0) + n);
}

/** The earliest (or latest) validity bound among counted claims. */
export function validityBound(counts: ReadonlyMap<string, number>, pick: 'earliest' | 'latest'): string | null {
  return extreme([...counts].filter(([v, n]) => v !== '' && n > 0).map(([v]) => v), pick);
}

/** Stored edges with a claim bound in time (valid from or to a date). */
export function timeBoundEdges(db: Store): Set<string> {
  const rows = statement(db, "SELECT DISTINCT type, source_key, target_key, negated FROM edge_totals WHERE valid_from != '' OR valid_to != ''").all() as Array<{ type: string; source_key: string; target_key: string; negated: number }>;
  return new Set(rows.map((r) => edgeKey(r.type, r.source_key, r.target_key, r.negated)));
}
