// Relation claims as stored, filtered and in date order, a page at a time (`GET /api/relations`):
// each filter is added only when given, so the page is read off an index on date (for an actor,
// one per end, merged) instead of sorting every claim.
import { statement, type Store } from '../store/index.ts';
import { byPublication } from './reviewed-claim.ts';

export interface ClaimListQuery {
  actor?: string; type?: string; certainty?: string; from?: string; to?: string; negated?: boolean;
  limit: number; offset: number;
}

export interface ListedClaim {
  id: number; document_id: number; title: string | null; published: string | null; type: string; source: string; target: string;
  negated: number; certainty: string; attributed_to: string | null; valid_from: string | null; valid_to: string | null; evidence: string; rule: string;
}

export function listClaims(db: Store, q: ClaimListQuery): ListedClaim[] {
  const where: string[] = [];
  if (q.type) where.push('c.type = @type');
  if (q.certainty) where.push('c.certainty = @certainty');
  if (q.from) where.push('c.published >= @from');
  if (q.to) where.push('c.published <= @to');
  if (q.negated !== undefined) where.push('c.negated = @negated');
  const params = { type: q.type, certainty: q.certainty, from: q.from, to: q.to, negated: q.negated ? 1 : 0, actor: q.actor, limit: q.limit, offset: q.offset, n: q.offset + q.limit };
  const select = (extra: string[], page: string) => `SELECT c.id, c.document_id, d.title, d.published, c.type, c.source_key AS source, c.target_key AS target, c.negated,
      c.certainty, c.attributed_to, c.valid_from, c.valid_to, c.evidence_text AS evidence, c.rule FROM claims c JOIN documents d ON d.id = c.document_id
    ${[...extra, ...where].length ? `WHERE ${[...extra, ...where].join(' AND ')}` : ''} ORDER BY c.published, c.id ${page}`;
  if (!q.actor) return statement(db, select([], 'LIMIT @limit OFFSET @offset')).all(params) as ListedClaim[];
  // Either end: the first offset + limit of each side, merged by date; a claim of the actor with itself once.
  const sides = ['c.source_key = @actor', 'c.target_key = @actor'].flatMap((end) => statement(db, select([end], 'LIMIT @n')).all(params) as ListedClaim[]);
  const seen = new Set<number>();
  return sides.sort(byPublication).filter((c) => !seen.has(c.id) && seen.add(c.id)).slice(q.offset, q.offset + q.limit);
}
