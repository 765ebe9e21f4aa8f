// Typed client for GET /api/relations: relation claims one by one (not merged into edges), with the
// article they came from, for the Timeline. Kept apart from api.ts, which other views share.
import { authHeader } from '../api.ts';


export interface RelationRow {
  id: number; document_id: number; title: string | null; published: string | null;
  type: string; source: string; target: string; negated: boolean; certainty: string; attributed_to: string | null;
  valid_from: string | null; valid_to: string | null; evidence: string; rule: string;
}

export interface RelationQuery { actor?: string | null; type?: string; limit?: number }

/** Relation claims around an actor (or all of them), oldest article first. SQLite's 0/1 `negated` becomes a boolean. */
export async function fetchRelations(q: RelationQuery = {}): Promise<RelationRow[]> {
  const params = new URLSearchParams({ limit: String(q.limit ?? 500) });
  if (q.actor) params.set('actor', q.actor);
  if (q.type) params.set('type', q.type);
  const path = `/api/relations?${params}`;
  const res = await fetch(path, { headers: authHeader() });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${res.statusText}`);
  const rows = (await res.json()) as Array<Omit<RelationRow, 'negated'> & { negated: boolean | number }>;
  return rows.map((r) => ({ ...r, negated: Boolean(r.negated) }));
}
