// The store's schema, as an ordered list of migrations: a database at version n gets n+1.. applied
// in one transaction each. A migration is SQL, or a function for what SQL cannot compute. Analyst decisions live in their own table, never in extracted claims,
// so a re-ingest never loses them.

import type Database from 'better-sqlite3';
import { simhashBands } from './simhash.ts';

export type Migration = string | ((db: Database.Database) => void);

export const MIGRATIONS: readonly Migration[] = [
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
  // 2: review. Each claim gets a fingerprint that a re-extraction of the same text reproduces
  // (content hash, type, ends, polarity, evidence offsets: src/review/fingerprint.ts writes the
  // same string), so decisions keyed by it outlive the claim rows. `decisions` keeps the history;
  // `review_state` the decision in force per subject ("claim:<fingerprint>", "actor:<key>").
  `ALTER TABLE claims ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
   UPDATE claims SET fingerprint = (SELECT substr(d.content_hash, 1, 16) FROM documents d WHERE d.id = claims.document_id)
     || ':' || type || ':' || source_key || ':' || target_key || ':' || negated || ':' || evidence_start || '-' || evidence_end;
   CREATE INDEX claims_fingerprint ON claims(fingerprint);
   CREATE INDEX decisions_subject ON decisions(subject, id);
   CREATE TABLE review_state (
     subject TEXT PRIMARY KEY,
     decision TEXT NOT NULL,
     payload TEXT,
     decided_at TEXT NOT NULL
   );
   CREATE VIEW actor_merges AS
     SELECT substr(subject, 7) AS key, json_extract(payload, '$.into') AS into_key FROM review_state
     WHERE decision = 'merge' AND subject LIKE 'actor:%';
   CREATE VIEW rejected_actors AS
     SELECT substr(subject, 7) AS key FROM review_state WHERE decision = 'reject' AND subject LIKE 'actor:%';
   -- Claims as the analyst has reviewed them: rejected ones (and those touching a rejected actor)
   -- gone, edits applied, merged actors replaced by the actor they were merged into.
   CREATE VIEW reviewed_claims AS
     SELECT c.id, c.document_id, COALESCE(json_extract(r.payload, '$.type'), c.type) AS type,
       COALESCE(ms.into_key, c.source_key) AS source_key, COALESCE(mt.into_key, c.target_key) AS target_key,
       COALESCE(json_extract(r.payload, '$.negated'), c.negated) AS negated,
       COALESCE(json_extract(r.payload, '$.certainty'), c.certainty) AS certainty,
       c.attributed_to, c.valid_from, c.valid_to, c.evidence_start, c.evidence_end, c.evidence_text, c.rule, c.fingerprint,
       r.decision AS review
     FROM claims c
     LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint
     LEFT JOIN actor_merges ms ON ms.key = c.source_key
     LEFT JOIN actor_merges mt ON mt.key = c.target_key
     WHERE (r.decision IS NULL OR r.decision != 'reject')
       AND c.source_key NOT IN (SELECT key FROM rejected_actors) AND c.target_key NOT IN (SELECT key FROM rejected_actors);`,
  // 3: near-duplicates by SimHash bands (simhash.ts), so finding one looks at a few candidates
  // rather than every stored document.
  (db) => {
    db.exec(`CREATE TABLE simhash_bands (
       document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
       band INTEGER NOT NULL,
       value INTEGER NOT NULL
     );
     CREATE INDEX simhash_bands_lookup ON simhash_bands(band, value);`);
    const add = db.prepare('INSERT INTO simhash_bands (document_id, band, value) VALUES (?, ?, ?)');
    for (const row of db.prepare('SELECT id, simhash FROM documents WHERE duplicate_of IS NULL').all() as Array<{ id: number; simhash: string }>) {
      simhashBands(BigInt(`0x${row.simhash}`)).forEach((value, band) => add.run(row.id, band, value));
    }
  },
  // 4: lookups by actor that use an index: the reviewed claims keep their stored ends beside the
  // merged ones, and each event's actors and targets get a row each.
  `DROP VIEW reviewed_claims;
   CREATE VIEW reviewed_claims AS
     SELECT c.id, c.document_id, COALESCE(json_extract(r.payload, '$.type'), c.type) AS type,
       COALESCE(ms.into_key, c.source_key) AS source_key, COALESCE(mt.into_key, c.target_key) AS target_key,
       c.source_key AS stored_source, c.target_key AS stored_target,
       COALESCE(json_extract(r.payload, '$.negated'), c.negated) AS negated,
       COALESCE(json_extract(r.payload, '$.certainty'), c.certainty) AS certainty,
       c.attributed_to, c.valid_from, c.valid_to, c.evidence_start, c.evidence_end, c.evidence_text, c.rule, c.fingerprint,
       r.decision AS review
     FROM claims c
     LEFT JOIN review_state r ON r.subject = 'claim:' || c.fingerprint
     LEFT JOIN actor_merges ms ON ms.key = c.source_key
     LEFT JOIN actor_merges mt ON mt.key = c.target_key
     WHERE (r.decision IS NULL OR r.decision != 'reject')
       AND c.source_key NOT IN (SELECT key FROM rejected_actors) AND c.target_key NOT IN (SELECT key FROM rejected_actors);
   CREATE TABLE event_actors (
     event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
     actor_key TEXT NOT NULL,
     role TEXT NOT NULL
   );
   CREATE INDEX event_actors_actor ON event_actors(actor_key, event_id);
   CREATE INDEX event_actors_event ON event_actors(event_id);
   INSERT INTO event_actors (event_id, actor_key, role) SELECT e.id, j.value, 'actor' FROM events e, json_each(e.actors) j;
   INSERT INTO event_actors (event_id, actor_key, role) SELECT e.id, j.value, 'target' FROM events e, json_each(e.targets) j;
   CREATE INDEX events_document ON events(document_id);
   CREATE INDEX claims_document ON claims(document_id);
   CREATE INDEX actor_names_document ON actor_names(document_id);`,
  // 5: the bands carry the hash, and the index covers it: finding near-duplicates reads index
  // pages only, not the rows of a thousand candidate documents (at 100k articles it was 29 ms).
  `ALTER TABLE simhash_bands ADD COLUMN simhash TEXT NOT NULL DEFAULT '';
   UPDATE simhash_bands SET simhash = (SELECT d.simhash FROM documents d WHERE d.id = simhash_bands.document_id);
   DROP INDEX simhash_bands_lookup;
   CREATE INDEX simhash_bands_lookup ON simhash_bands(band, value, document_id, simhash);`,
  // 6: near-duplicates are found in memory (near-duplicates.ts), from the documents' own hashes.
  `DROP TABLE simhash_bands;`,
];
