// Prepared statements kept per store: compiling one costs more than running it, and the graph's
// per-edge reads run the same few statements hundreds of times a query.
import type Database from 'better-sqlite3';
import type { Store } from './open-store.ts';

const cache = new WeakMap<Store, Map<string, Database.Statement>>();

export function statement(db: Store, sql: string): Database.Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, byText = new Map());
  let st = byText.get(sql);
  if (!st) byText.set(sql, st = db.prepare(sql));
  return st;
}
