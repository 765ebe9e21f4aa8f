// The store's schema, as an ordered list of migrations: a database at version n gets n+1.. applied
// in one transaction each. A migration is SQL, or a function for what SQL cannot compute. Analyst decisions live in their own table, never in extracted claims,
// so a re-ingest never loses them.

import type Database from 'better-sqlite3';
import { simhash, simhashBands } from './simhash.ts';

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
  // 7: graph totals kept as claims are written, so an actor named in tens of thousands of articles
  // (or the whole graph) is counted from a few rows rather than from every claim: per edge and
  // validity window, the claims, documents and certainty mix of original (not near-duplicate)
  // articles as extracted, all-time, per year and per month of publication (periods lead the
  // keys: a graph as of a date reads ranges of them). Triggers keep them in step with `claims`;
  // the graph applies review decisions over them (src/graph/edge-totals.ts). Claims carry their
  // article's date and whether it is a near-duplicate, so the index by edge and date holds the
  // counted claims in order: an edge's first and last dates are a seek, its earliest sentences a range.
  (db) => {
    const totalsTable = (name: string, period: string | null) => `CREATE TABLE ${name} (
       ${period ? `${period} TEXT NOT NULL,` : ''}
       type TEXT NOT NULL, source_key TEXT NOT NULL, target_key TEXT NOT NULL, negated INTEGER NOT NULL,
       valid_from TEXT NOT NULL, valid_to TEXT NOT NULL,
       claims INTEGER NOT NULL, documents INTEGER NOT NULL, asserted INTEGER NOT NULL, attributed INTEGER NOT NULL, hedged INTEGER NOT NULL,
       PRIMARY KEY (${period ? `${period}, ` : ''}type, source_key, target_key, negated, valid_from, valid_to)
     ) WITHOUT ROWID;
     CREATE INDEX ${name}_source ON ${name}(source_key);
     CREATE INDEX ${name}_target ON ${name}(target_key);`;
    db.exec(`ALTER TABLE claims ADD COLUMN published TEXT;
     ALTER TABLE claims ADD COLUMN duplicate INTEGER NOT NULL DEFAULT 0;
     UPDATE claims SET (published, duplicate) = (SELECT d.published, d.duplicate_of IS NOT NULL FROM documents d WHERE d.id = claims.document_id);
     DROP INDEX claims_edge;
     CREATE INDEX claims_edge_time ON claims(type, source_key, target_key, negated, published, id) WHERE duplicate = 0;
     CREATE INDEX documents_published ON documents(published);
     ${totalsTable('edge_totals', null)}
     ${totalsTable('edge_years', 'year')}
     ${totalsTable('edge_months', 'month')}
     INSERT INTO edge_months
       SELECT COALESCE(substr(published, 1, 7), ''), type, source_key, target_key, negated, COALESCE(valid_from, ''), COALESCE(valid_to, ''),
         COUNT(*), COUNT(DISTINCT document_id), SUM(certainty = 'asserted'), SUM(certainty = 'attributed'), SUM(certainty = 'hedged')
       FROM claims WHERE duplicate = 0 GROUP BY 1, 2, 3, 4, 5, 6, 7;
     INSERT INTO edge_years SELECT substr(month, 1, 4), type, source_key, target_key, negated, valid_from, valid_to,
       SUM(claims), SUM(documents), SUM(asserted), SUM(attributed), SUM(hedged) FROM edge_months GROUP BY 1, 2, 3, 4, 5, 6, 7;
     INSERT INTO edge_totals SELECT type, source_key, target_key, negated, valid_from, valid_to,
       SUM(claims), SUM(documents), SUM(asserted), SUM(attributed), SUM(hedged) FROM edge_months GROUP BY 1, 2, 3, 4, 5, 6;`);
    db.exec(totalsTriggers('edge_totals', []));
    db.exec(totalsTriggers('edge_years', [['year', "COALESCE(substr($.published, 1, 4), '')"]]));
    db.exec(totalsTriggers('edge_months', [['month', "COALESCE(substr($.published, 1, 7), '')"]]));
  },
  // 8: an actor's names and documents counted as they are written, for profiles of actors named
  // in tens of thousands of articles. A document counts once per actor, whatever names it used.
  `CREATE TABLE actor_name_totals (
     actor_key TEXT NOT NULL, name TEXT NOT NULL, mentions INTEGER NOT NULL, documents INTEGER NOT NULL,
     PRIMARY KEY (actor_key, name)
   ) WITHOUT ROWID;
   CREATE TABLE actor_totals (actor_key TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
   INSERT INTO actor_name_totals SELECT actor_key, name, SUM(mentions), COUNT(*) FROM actor_names GROUP BY actor_key, name;
   INSERT INTO actor_totals SELECT actor_key, COUNT(DISTINCT document_id) FROM actor_names GROUP BY actor_key;
   CREATE TRIGGER actor_names_into_totals AFTER INSERT ON actor_names BEGIN
     INSERT INTO actor_name_totals VALUES (NEW.actor_key, NEW.name, NEW.mentions, 1)
     ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + 1;
     INSERT INTO actor_totals VALUES (NEW.actor_key, NOT EXISTS (SELECT 1 FROM actor_names o INDEXED BY actor_names_document WHERE o.document_id = NEW.document_id AND o.actor_key = NEW.actor_key AND o.name != NEW.name))
     ON CONFLICT DO UPDATE SET documents = documents + excluded.documents;
   END;
   CREATE TRIGGER actor_names_out_of_totals AFTER DELETE ON actor_names BEGIN
     UPDATE actor_name_totals SET mentions = mentions - OLD.mentions, documents = documents - 1 WHERE actor_key = OLD.actor_key AND name = OLD.name;
     DELETE FROM actor_name_totals WHERE actor_key = OLD.actor_key AND name = OLD.name AND documents = 0;
     UPDATE actor_totals SET documents = documents - NOT EXISTS (SELECT 1 FROM actor_names o INDEXED BY actor_names_document WHERE o.document_id = OLD.document_id AND o.actor_key = OLD.actor_key)
     WHERE actor_key = OLD.actor_key;
   END;`,
  // 9: SimHash in integer arithmetic (simhash.ts): stored hashes are recomputed, so new articles
  // are compared with old ones hash for hash. Existing near-duplicate links stay as they were.
  (db) => {
    const page = db.prepare('SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT 500');
    const update = db.prepare('UPDATE documents SET simhash = ? WHERE id = ?');
    for (let rows = page.all(0) as Array<{ id: number; text: string }>; rows.length; rows = page.all(rows.at(-1)!.id) as Array<{ id: number; text: string }>) {
      for (const row of rows) update.run(simhash(row.text).toString(16), row.id);
    }
  },
  // 10: the documents naming an actor and the events it took part in, kept in date order, so a
  // profile's latest 300 of tens of thousands are an index range, not a sort.
  `CREATE TABLE actor_documents (
     actor_key TEXT NOT NULL, published TEXT NOT NULL, document_id INTEGER NOT NULL,
     PRIMARY KEY (actor_key, published, document_id)
   ) WITHOUT ROWID;
   INSERT INTO actor_documents SELECT DISTINCT n.actor_key, COALESCE(d.published, ''), n.document_id FROM actor_names n JOIN documents d ON d.id = n.document_id;
   CREATE TRIGGER actor_names_into_documents AFTER INSERT ON actor_names
   WHEN NOT EXISTS (SELECT 1 FROM actor_names o INDEXED BY actor_names_document WHERE o.document_id = NEW.document_id AND o.actor_key = NEW.actor_key AND o.name != NEW.name)
   BEGIN
     INSERT INTO actor_documents VALUES (NEW.actor_key, COALESCE((SELECT published FROM documents WHERE id = NEW.document_id), ''), NEW.document_id);
   END;
   CREATE TRIGGER actor_names_out_of_documents AFTER DELETE ON actor_names
   WHEN NOT EXISTS (SELECT 1 FROM actor_names o INDEXED BY actor_names_document WHERE o.document_id = OLD.document_id AND o.actor_key = OLD.actor_key)
   BEGIN
     DELETE FROM actor_documents WHERE actor_key = OLD.actor_key AND document_id = OLD.document_id
       AND published = COALESCE((SELECT published FROM documents WHERE id = OLD.document_id), '');
   END;
   ALTER TABLE event_actors ADD COLUMN date TEXT;
   UPDATE event_actors SET date = (SELECT e.date FROM events e WHERE e.id = event_actors.event_id);
   CREATE INDEX event_actors_latest ON event_actors(actor_key, date, event_id);`,
  // 11: claims listed by date, alone or for an actor on either end: the page asked for is an
  // index range rather than a sort of all of a busy actor's claims.
  `DROP INDEX claims_source;
   DROP INDEX claims_target;
   CREATE INDEX claims_source ON claims(source_key, published, id);
   CREATE INDEX claims_target ON claims(target_key, published, id);
   CREATE INDEX claims_published ON claims(published, id);`,
];

/** Triggers keeping a totals table (claims, documents, certainty mix per edge and validity, plus
 * `extra` key columns computed from the claim, `$` standing for it) in step with the claims of
 * original articles. A document counts once per row: with its first claim there, out with its
 * last, looked up among the document's own claims (INDEXED BY: by edge, a busy edge's thousands). */
function totalsTriggers(table: string, extra: Array<[column: string, value: string]>): string {
  const key = (c: string) => [
    ['type', `${c}.type`], ['source_key', `${c}.source_key`], ['target_key', `${c}.target_key`], ['negated', `${c}.negated`],
    ['valid_from', `COALESCE(${c}.valid_from, '')`], ['valid_to', `COALESCE(${c}.valid_to, '')`], ...extra.map(([col, v]) => [col, v.replaceAll('$', c)]),
  ];
  const sameRow = (c: string) => `o.document_id = ${c}.document_id AND o.type = ${c}.type AND o.source_key = ${c}.source_key AND o.target_key = ${c}.target_key
    AND o.negated = ${c}.negated AND o.valid_from IS ${c}.valid_from AND o.valid_to IS ${c}.valid_to`;
  const original = (c: string) => `${c}.duplicate = 0`;
  const where = key('OLD').map(([col, v]) => `${col} = ${v}`).join(' AND ');
  return `CREATE TRIGGER claims_into_${table} AFTER INSERT ON claims WHEN ${original('NEW')} BEGIN
      INSERT INTO ${table} (${key('NEW').map(([col]) => col).join(', ')}, claims, documents, asserted, attributed, hedged)
      VALUES (${key('NEW').map(([, v]) => v).join(', ')}, 1, NOT EXISTS (SELECT 1 FROM claims o INDEXED BY claims_document WHERE ${sameRow('NEW')} AND o.id != NEW.id),
        NEW.certainty = 'asserted', NEW.certainty = 'attributed', NEW.certainty = 'hedged')
      ON CONFLICT DO UPDATE SET claims = claims + 1, documents = documents + excluded.documents,
        asserted = asserted + excluded.asserted, attributed = attributed + excluded.attributed, hedged = hedged + excluded.hedged;
    END;
    CREATE TRIGGER claims_out_of_${table} AFTER DELETE ON claims WHEN ${original('OLD')} BEGIN
      UPDATE ${table} SET claims = claims - 1, documents = documents - NOT EXISTS (SELECT 1 FROM claims o INDEXED BY claims_document WHERE ${sameRow('OLD')}),
        asserted = asserted - (OLD.certainty = 'asserted'), attributed = attributed - (OLD.certainty = 'attributed'), hedged = hedged - (OLD.certainty = 'hedged')
      WHERE ${where};
      DELETE FROM ${table} WHERE claims = 0 AND ${where};
    END;`;
}
