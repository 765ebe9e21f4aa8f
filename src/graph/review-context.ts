// What the analyst's decisions change in the graph, read once per query: actors merged into
// others, actors rejected, and the articles holding a claim with a decision in force (their
// claims are counted one by one, as reviewed; every other claim counts as extracted).
import { statement, type Store } from '../store/index.ts';

export interface ReviewContext {
  /** Actor key → the actor it was merged into. */
  merges: ReadonlyMap<string, string>;
  rejected: ReadonlySet<string>;
  /** Documents with at least one reviewed claim. */
  reviewedDocuments: readonly number[];
}

export function readReviewContext(db: Store): ReviewContext {
  const merges = new Map((statement(db, 'SELECT key, into_key FROM actor_merges').all() as Array<{ key: string; into_key: string }>).map((r) => [r.key, r.into_key]));
  const rejected = new Set((statement(db, 'SELECT key FROM rejected_actors').all() as Array<{ key: string }>).map((r) => r.key));
  const reviewedDocuments = (statement(db, `SELECT DISTINCT c.document_id AS id FROM review_state r JOIN claims c ON c.fingerprint = substr(r.subject, 7)
    WHERE r.subject >= 'claim:' AND r.subject < 'claim;' ORDER BY 1`).all() as Array<{ id: number }>).map((r) => r.id);
  return { merges, rejected, reviewedDocuments };
}

/** The actor an end stands for after merges. */
export const mergedEnd = (ctx: ReviewContext, key: string): string => ctx.merges.get(key) ?? key;

/** The stored keys that stand for `actor`: itself and the actors merged into it. */
export const storedKeysOf = (ctx: ReviewContext, actor: string): string[] => [actor, ...[...ctx.merges].filter(([, into]) => into === actor).map(([key]) => key)];
