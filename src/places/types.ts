// Plain data of the places stage: gazetteer entries and the places found in a document.
import type { SectionKind } from '../ontology.ts';

export type PlaceKind = 'city' | 'town' | 'village' | 'camp' | 'district' | 'province' | 'region' | 'landmark' | 'populated_place';

export interface GazetteerPlace {
  name: string;
  kind: PlaceKind;
  country: string;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
  /** "geonames:<id>" or "curated:<file>". */
  source: string;
}

export interface GazetteerSettings {
  theatreCountries: Set<string>;
  minPopulationElsewhere: number;
  minSingleWordLetters: number;
  notPlaces: Set<string>;
  /** Nouns before "of <Name>" that make the name a place ("the village of Jadid Bakkara"). */
  placeCues: string[];
}

export interface DocPlace {
  name: string;
  kind: PlaceKind;
  /** Null for a place found from its cue ("the village of X") that the gazetteer lacks. */
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  source: string;
  mentions: Array<{ text: string; start: number; end: number; section: SectionKind }>;
}
