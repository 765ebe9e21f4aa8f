// Tables: an ACLED-shaped CSV of events, and Neo4j import files (nodes and relationships CSV
// plus the Cypher script that loads them).
import type { Corpus } from './corpus.ts';

export function csv(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return `${rows.map((r) => r.map((v) => {
    const s = v == null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',')).join('\n')}\n`;
}

export const ACLED_COLUMNS = ['event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2',
  'country', 'admin1', 'location', 'latitude', 'longitude', 'source', 'notes', 'fatalities'] as const;

export function toAcledCsv(c: Corpus): string {
  const precision = { day: 1, month: 2, year: 3 } as Record<string, number>;
  const name = (keys: string[]) => keys.map((k) => c.names.get(k) ?? k).join('; ');
  return csv([ACLED_COLUMNS, ...c.events.map((e) => [
    `${e.country ?? 'XX'}${e.id}`, e.date, e.date?.slice(0, 4) ?? '', e.date_precision ? precision[e.date_precision] : '', e.event_type, e.sub_event_type,
    name(e.actors), name(e.targets), e.country, e.admin1, e.location_name, e.lat, e.lon, e.title ?? e.url ?? `document ${e.document_id}`, e.evidence_text, e.fatalities ?? 0,
  ])]);
}

export function toNeo4j(c: Corpus): Record<string, string> {
  const label = (kind: string) => kind.split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return {
    'nodes.csv': csv([['key:ID', 'name', 'kind', 'known_id', ':LABEL'], ...c.nodes.map((n) => [n.key, n.name, n.kind, n.known_id ?? '', `Actor;${label(n.kind)}`])]),
    'relationships.csv': csv([[':START_ID', ':END_ID', ':TYPE', 'negated:boolean', 'support:int', 'documents:int', 'first_seen', 'last_seen', 'asserted:int', 'attributed:int', 'hedged:int', 'valid_from', 'valid_to'],
      ...c.edges.map((e) => [e.source, e.target, e.type.toUpperCase(), e.negated, e.support, e.documents, e.first_seen, e.last_seen, e.certainty.asserted, e.certainty.attributed, e.certainty.hedged, e.valid_from, e.valid_to])]),
    'import.cypher': [
      '// Load the factiongraph export: run from the folder holding nodes.csv and relationships.csv,',
      '// or use neo4j-admin database import with the same two files.',
      "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row MERGE (a:Actor {key: row.`key:ID`}) SET a.name = row.name, a.kind = row.kind, a.known_id = row.known_id;",
      "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row MATCH (s:Actor {key: row.`:START_ID`}), (t:Actor {key: row.`:END_ID`})",
      'CALL apoc.create.relationship(s, row.`:TYPE`, {negated: row.`negated:boolean` = \'true\', support: toInteger(row.`support:int`), first_seen: row.first_seen, last_seen: row.last_seen}, t) YIELD rel RETURN count(rel);',
      '',
    ].join('\n'),
  };
}
