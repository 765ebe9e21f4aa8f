// Plain data of the knowledge base: actors with their names and background facts, the names
// of non-actors (media, monitors), and the lexicons the stages use.
import type { ActorKind, RelationType } from '../ontology.ts';

export interface KnownFact {
  type: RelationType;
  target: string;
  from: number | null;
  to: number | null;
}

export interface ActorEntry {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  countries: string[];
  founded: number | null;
  dissolved: number | null;
  facts: KnownFact[];
  /** Actor names ACLED uses for it. */
  acled: string[];
  /** States only: the country as a place ("Syria") and its demonyms ("Syrian"). */
  countryNames: string[];
  demonyms: string[];
  source: string;
  /** The data file it came from. */
  file: string;
}

/** A named party that is not an actor: media, monitors, platforms, international bodies used as sources. */
export interface NonActorEntry {
  id: string;
  name: string;
  aliases: string[];
  category: string;
  file: string;
}

export interface Knowledge {
  actors: ActorEntry[];
  nonActors: NonActorEntry[];
  byId: ReadonlyMap<string, ActorEntry>;
}
