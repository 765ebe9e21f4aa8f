// An actor's profile across the corpus: names seen, kind, countries, leaders, affiliations and
// alliances over time, events and the documents that name it.
import type { Store } from '../store/index.ts';
import { edges, type Edge } from './edges.ts';

export interface ActorProfile {
  key: string;
  known_id: string | null;
  name: string;
  kind: string;
  names: Array<{ name: string; mentions: number }>;
  documents: number;
  leaders: Edge[];
  structure: Edge[];
  friends: Edge[];
  enemies: Edge[];
  events: Array<{ event_type: string; sub_event_type: string; date: string | null; location: string | null; fatalities: number | null; document_id: number }>;
}

export function actorProfile(db: Store, key: string): ActorProfile | null {
  const actor = db.prepare('SELECT key, known_id, name, kind FROM actors WHERE key = ?').get(key) as { key: string; known_id: string | null; name: string; kind: string } | undefined;
  if (!actor) return null;
  const names = db.prepare('SELECT name, SUM(mentions) AS mentions FROM actor_names WHERE actor_key = ? GROUP BY name ORDER BY mentions DESC').all(key) as ActorProfile['names'];
  const documents = (db.prepare('SELECT COUNT(DISTINCT document_id) AS n FROM actor_names WHERE actor_key = ?').get(key) as { n: number }).n;
  const all = edges(db, { actor: key, includeNegated: true });
  const events = db.prepare(`SELECT event_type, sub_event_type, date, location_name AS location, fatalities, document_id FROM events
    WHERE EXISTS (SELECT 1 FROM json_each(events.actors) WHERE value = @k) OR EXISTS (SELECT 1 FROM json_each(events.targets) WHERE value = @k)
    ORDER BY date`).all({ k: key }) as ActorProfile['events'];
  return {
    ...actor, names, documents, events,
    leaders: all.filter((e) => e.type === 'leader_of' && e.target === key),
    structure: all.filter((e) => ['affiliate_of', 'member_of', 'pledged_allegiance_to', 'successor_of', 'splinter_of'].includes(e.type)),
    friends: all.filter((e) => e.type === 'allied_with' || e.type === 'supported_by'),
    enemies: all.filter((e) => e.type === 'hostile_to'),
  };
}
