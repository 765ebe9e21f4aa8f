// Opens (or creates) the store: an embedded SQLite database in WAL mode, migrated to the newest
// schema. Every migration runs in its own transaction, so an interrupted upgrade leaves the
// database at the last complete version.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.ts';

export type Store = Database.Database;

export interface OpenStoreOptions {
  /** Told once before migrations run on a store that already holds documents (they may take a minute at 100,000). */
  onUpgrade?: (message: string) => void;
}

export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // A store of 100,000 articles is a few GB: SQLite's default 2 MB page cache made every insert
  // into the random-keyed indexes (fingerprints, bands) read pages from disk, 3x slower than at 10k.
  db.pragma('cache_size = -131072');
  db.pragma('mmap_size = 1073741824');
  db.pragma('temp_store = MEMORY');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > 0 && version < MIGRATIONS.length && options.onUpgrade) {
    const documents = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    options.onUpgrade(`store: upgrading ${path} (${documents.toLocaleString('en')} documents) from schema ${version} to ${MIGRATIONS.length}, once`);
  }
  MIGRATIONS.forEach((sql, i) => {
    if (i < version) return;
    db.transaction(() => {
      if (typeof sql === 'string') db.exec(sql); else sql(db);
      db.pragma(`user_version = ${i + 1}`);
    })();
  });
  return db;
}
