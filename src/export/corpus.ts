// What every export reads from the store: the merged graph and the events of the corpus.
import type { Store } from '../store/index.ts';
import { graph, type EdgeQuery, type Graph } from '../graph/index.ts';

export interface StoredEvent {
  id: number;
  document_id: number;
  title: string | null;
  url: string | null;
  event_type: string;
  sub_event_type: string;
  actors: string[];
  targets: string[];
  location_name: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  date: string | null;
  date_precision: string | null;
  fatalities: number | null;
  evidence_text: string;
}

export interface Corpus extends Graph {
  events: StoredEvent[];
  documents: Array<{ id: number; title: string | null; url: string | null; published: string | null }>;
  names: Map<string, string>;
}

export function readCorpus(db: Store, q: EdgeQuery = {}): Corpus {
  const g = graph(db, q);
  const events = (db.prepare(`SELECT e.*, d.title, d.url FROM events e JOIN documents d ON d.id = e.document_id
    WHERE d.duplicate_of IS NULL AND (@asOf IS NULL OR e.date IS NULL OR e.date <= @asOf) ORDER BY e.date, e.id`).all({ asOf: q.asOf ?? null }) as Array<Record<string, unknown>>)
    .map((r) => ({ ...r, actors: JSON.parse(String(r.actors)), targets: JSON.parse(String(r.targets)) }) as StoredEvent);
  const documents = db.prepare('SELECT id, title, url, published FROM documents WHERE duplicate_of IS NULL ORDER BY id').all() as Corpus['documents'];
  const names = new Map((db.prepare('SELECT key, name FROM actors').all() as Array<{ key: string; name: string }>).map((r) => [r.key, r.name]));
  const eventActors = new Set(events.flatMap((e) => [...e.actors, ...e.targets]));
  const have = new Set(g.nodes.map((n) => n.key));
  const extra = (db.prepare('SELECT key, known_id, name, kind FROM actors').all() as Graph['nodes']).filter((n) => eventActors.has(n.key) && !have.has(n.key));
  return { nodes: [...g.nodes, ...extra], edges: g.edges, events, documents, names };
}
