// The store's schema, as an ordered list of migrations: a database at version n gets n+1.. applied
// in one transaction each. Analyst decisions live in their own table, never in extracted claims,
// so a re-ingest never loses them.

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE documents (
     id INTEGER PRIMARY KEY,
     doc_id TEXT NOT NULL,
     source TEXT NOT NULL,
     title TEXT,
     url TEXT,
     published TEXT,
     content_hash TEXT NOT NULL UNIQUE,
     simhash TEXT NOT NULL,
     duplicate_of INTEGER REFERENCES documents(id),
     text TEXT NOT NULL,
     extraction TEXT NOT NULL,
     ingested_at TEXT NOT NULL
   );
   CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
   CREATE TABLE actors (
     key TEXT PRIMARY KEY,
     known_id TEXT,
     name TEXT NOT NULL,
     kind TEXT NOT NULL
   );
   CREATE TABLE actor_names (
     actor_key TEXT NOT NULL REFERENCES actors(key),
     name TEXT NOT NULL,
     document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     mentions INTEGER NOT NULL,
     PRIMARY KEY (actor_key, name, document_id)
   );
   CREATE TABLE claims (
     id INTEGER PRIMARY KEY,
     document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     type TEXT NOT NULL,
     source_key TEXT NOT NULL,
     target_key TEXT NOT NULL,
     negated INTEGER NOT NULL,
     certainty TEXT NOT NULL,
     attributed_to TEXT,
     valid_from TEXT,
     valid_to TEXT,
     evidence_start INTEGER NOT NULL,
     evidence_end INTEGER NOT NULL,
     evidence_text TEXT NOT NULL,
     rule TEXT NOT NULL
   );
   CREATE INDEX claims_edge ON claims(type, source_key, target_key, negated);
   CREATE INDEX claims_source ON claims(source_key);
   CREATE INDEX claims_target ON claims(target_key);
   CREATE TABLE events (
     id INTEGER PRIMARY KEY,
     document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     event_type TEXT NOT NULL,
     sub_event_type TEXT NOT NULL,
     actors TEXT NOT NULL,
     targets TEXT NOT NULL,
     location_name TEXT,
     country TEXT,
     admin1 TEXT,
     lat REAL,
     lon REAL,
     date TEXT,
     date_precision TEXT,
     fatalities INTEGER,
     evidence_text TEXT NOT NULL,
     rule TEXT NOT NULL
   );
   CREATE INDEX events_date ON events(date);
   CREATE TABLE decisions (
     id INTEGER PRIMARY KEY,
     subject TEXT NOT NULL,
     decision TEXT NOT NULL,
     payload TEXT,
     created_at TEXT NOT NULL
   );`,
];
