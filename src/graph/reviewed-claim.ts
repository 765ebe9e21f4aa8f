// One stored claim as the analyst reviewed it (edits applied, ends merged, gone if rejected), and
// the filters of a graph query on it: the same rules the store's `reviewed_claims` view applies.
import { mergedEnd, type ReviewContext } from './review-context.ts';

export interface StoredClaim {
  id: number; document_id: number; type: string; source_key: string; target_key: string; negated: number;
  certainty: string; valid_from: string | null; valid_to: string | null; published: string | null;
  decision: string | null; payload: string | null;
}

export interface ReviewedClaim { type: string; source: string; target: string; negated: number; certainty: string; review: string | null }

export interface EdgeFilter {
  asOf: string | null;
  types: ReadonlySet<string> | null;
  actor: string | null;
  /** Affirmed claims only (the default graph), denied ones only, or both. */
  polarity: 'affirmed' | 'denied' | 'both';
}

export function asReviewed(ctx: ReviewContext, c: StoredClaim): ReviewedClaim | null {
  if (c.decision === 'reject' || ctx.rejected.has(c.source_key) || ctx.rejected.has(c.target_key)) return null;
  const edit = c.payload ? JSON.parse(c.payload) as { type?: string; negated?: boolean | number; certainty?: string } : {};
  return {
    type: edit.type ?? c.type, source: mergedEnd(ctx, c.source_key), target: mergedEnd(ctx, c.target_key),
    negated: edit.negated == null ? c.negated : Number(edit.negated), certainty: edit.certainty ?? c.certainty, review: c.decision,
  };
}

/** Published and valid on the as-of date (a claim valid until a year holds through that year). */
export function holdsOn(asOf: string | null, c: Pick<StoredClaim, 'published' | 'valid_from' | 'valid_to'>): boolean {
  if (!asOf) return true;
  return (c.published == null || c.published <= asOf) && (c.valid_from == null || c.valid_from <= asOf)
    && (c.valid_to == null || c.valid_to.slice(0, 4) >= asOf.slice(0, 4));
}

export function wanted(f: EdgeFilter, r: ReviewedClaim): boolean {
  return (!f.types || f.types.has(r.type)) && (!f.actor || r.source === f.actor || r.target === f.actor) && (f.polarity === 'both' || r.negated === Number(f.polarity === 'denied'));
}

/** Publication order, as SQL sorts it: undated first, then by date, then by id. */
export function byPublication(a: { published: string | null; id: number }, b: { published: string | null; id: number }): number {
  if (a.published !== b.published) return a.published == null ? -1 : b.published == null ? 1 : a.published < b.published ? -1 : 1;
  return a.id - b.id;
}

/** The earliest (or latest) of some dates or bounds, nulls left out. */
export function extreme(values: ReadonlyArray<string | null>, pick: 'earliest' | 'latest'): string | null {
  const known = values.filter((v): v is string => v != null).sort();
  return (pick === 'earliest' ? known[0] : known.at(-1)) ?? null;
}

export const edgeKey = (type: string, source: string, target: string, negated: number | boolean): string => `${type}\u0000${source}\u0000${target}\u0000${Number(negated)}`;
