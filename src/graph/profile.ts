// An actor's profile across the corpus: names seen, kind, countries, leaders, affiliations and
// alliances over time, events and the documents that name it, as reviewed (actors merged into
// it count as it; a merged actor's profile says where it went).
import { statement, type Store } from '../store/index.ts';
import { edges, nodes, type DescribeActor, type Edge } from './edges.ts';

export interface ActorProfile {
  key: string;
  known_id: string | null;
  name: string;
  kind: string;
  review: string | null;
  countries: string[];
  theatre: string | null;
  /** Set when an analyst merged this actor into another: the profile to read instead. */
  merged_into: string | null;
  merged_from: string[];
  names: Array<{ name: string; mentions: number }>;
  documents: number;
  /** The latest documents naming it (at most PROFILE_LIST; `documents` counts them all). */
  sources: Array<{ id: number; title: string | null; published: string | null }>;
  /** Its events, the latest PROFILE_LIST of them (`event_count` counts them all). */
  event_count: number;
  leaders: Edge[];
  structure: Edge[];
  friends: Edge[];
  enemies: Edge[];
  events: Array<{ id: number; event_type: string; sub_event_type: string; date: string | null; location: string | null; fatalities: number | null; document_id: number }>;
}

/** How many sources and events a profile lists: a hub of 100,000 articles names tens of thousands. */
export const PROFILE_LIST = 300;

/** Evidence sentences per relation in a profile: the earliest few; the graph gives up to 20 per
 * edge and all of an edge's claims are a click away in the network and the timeline. */
export const PROFILE_EVIDENCE = 5;

const STRUCTURE = new Set(['affiliate_of', 'member_of', 'pledged_allegiance_to', 'successor_of', 'splinter_of']);

export function actorProfile(db: Store, key: string, describe?: DescribeActor): ActorProfile | null {
  const actor = statement(db, 'SELECT key, known_id, name, kind FROM actors WHERE key = ?').get(key) as { key: string; known_id: string | null; name: string; kind: string } | undefined;
  if (!actor) return null;
  const mergedInto = (statement(db, 'SELECT into_key FROM actor_merges WHERE key = ?').get(key) as { into_key: string } | undefined)?.into_key ?? null;
  const node = nodes(db, [key], describe)[0];
  const keys = [key, ...(statement(db, 'SELECT key FROM actor_merges WHERE into_key = ?').all(key) as Array<{ key: string }>).map((r) => r.key)];
  const inKeys = `(${keys.map(() => '?').join(', ')})`;
  const names = statement(db, `SELECT name, SUM(mentions) AS mentions FROM actor_name_totals WHERE actor_key IN ${inKeys} GROUP BY name ORDER BY mentions DESC, name`).all(...keys) as ActorProfile['names'];
  // Actors merged into this one may share articles with it: those are counted one by one.
  const documents = keys.length === 1
    ? (statement(db, 'SELECT documents AS n FROM actor_totals WHERE actor_key = ?').get(key) as { n: number } | undefined)?.n ?? 0
    : (statement(db, `SELECT COUNT(DISTINCT document_id) AS n FROM actor_names WHERE actor_key IN ${inKeys}`).get(...keys) as { n: number }).n;
  const sources = latestSources(db, keys);
  const eventCount = (statement(db, `SELECT COUNT(DISTINCT event_id) AS n FROM event_actors WHERE actor_key IN ${inKeys}`).get(...keys) as { n: number }).n;
  const all = edges(db, { actor: key, includeNegated: true, evidence: PROFILE_EVIDENCE });
  // An event names an actor at most twice (as actor and as target): twice the list per key is enough.
  const events = statement(db, `SELECT id, event_type, sub_event_type, date, location_name AS location, fatalities, document_id FROM events
    WHERE id IN (SELECT event_id FROM event_actors WHERE actor_key IN ${inKeys} ORDER BY date DESC, event_id DESC LIMIT ${2 * PROFILE_LIST * keys.length})
    ORDER BY date DESC, id DESC LIMIT ${PROFILE_LIST}`).all(...keys).reverse() as ActorProfile['events'];
  return {
    ...actor, name: node?.name ?? actor.name, kind: node?.kind ?? actor.kind, review: node?.review ?? null,
    countries: node?.countries ?? [], theatre: node?.theatre ?? null, merged_into: mergedInto, merged_from: keys.slice(1),
    names, documents, sources, events, event_count: eventCount,
    leaders: all.filter((e) => e.type === 'leader_of' && e.target === key),
    structure: all.filter((e) => STRUCTURE.has(e.type) || (e.type === 'leader_of' && e.source === key)),
    friends: all.filter((e) => e.type === 'allied_with' || e.type === 'supported_by'),
    enemies: all.filter((e) => e.type === 'hostile_to'),
  };
}

/** The latest PROFILE_LIST documents naming any of `keys`, off the index of each actor's documents
 * by date (a document naming two merged actors comes once). */
function latestSources(db: Store, keys: readonly string[]): ActorProfile['sources'] {
  const rows = statement(db, `SELECT d.id, d.title, d.published FROM actor_documents a JOIN documents d ON d.id = a.document_id
    WHERE a.actor_key IN (${keys.map(() => '?').join(', ')}) ORDER BY a.published DESC, a.document_id DESC LIMIT ${PROFILE_LIST * keys.length}`).all(...keys) as ActorProfile['sources'];
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, PROFILE_LIST).reverse();
}
