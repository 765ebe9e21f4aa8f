// Finds the places named in a document's body and geocodes each: the gazetteer's names are
// scanned over the words that are not part of an actor's name, and a name borne by several
// places goes to the one in the countries the document is about (then the curated, then the
// most populous).
import type { Section } from '../ingest/index.ts';
import { sectionKindAt } from '../ingest/index.ts';
import { nameKey, scanNames, type FoldingRules, type Token } from '../text/index.ts';
import type { DocPlace, GazetteerPlace } from './types.ts';
import type { Gazetteer } from './gazetteer.ts';

export interface PlaceContext {
  /** Tokens already taken by actor names (never places). */
  covered: Uint8Array;
  /** Weight of each country in the document (from the actors named). */
  countries: ReadonlyMap<string, number>;
  allCapsLine: (t: Token) => boolean;
  folding: FoldingRules;
}

/** Below this population a place needs its country to be among the document's. */
const SMALL_PLACE = 50000;

/** A small place in a country the document is not about is more likely a misreading ("Khorasan" is also a town in Turkey). */
function plausible(p: GazetteerPlace, ctx: PlaceContext): boolean {
  return !ctx.countries.size || !!ctx.countries.get(p.country) || p.population >= SMALL_PLACE || p.source.startsWith('curated');
}

const PROVINCE_AFTER = /^\s+(?:province|governorate|region|district|state|countryside|plain|valley|mountains)\b/i;

export function findPlaces(text: string, tokens: readonly Token[], sections: readonly Section[], g: Gazetteer, ctx: PlaceContext): DocPlace[] {
  const byPlace = new Map<number, DocPlace>();
  const covered = ctx.covered.slice();
  const cued = cuedPlaces(text, tokens, sections, g, ctx, covered);
  const fill = (country: string | null) => { for (const p of cued) p.country ??= country; };
  const hits = scanNames(text, tokens, g.trie, covered, ctx.allCapsLine, (k) => k);
  const total = Math.max(1, ...ctx.countries.values());
  const lowerWords = new Set(tokens.filter((t) => !t.capitalized).map((t) => t.raw));
  for (const h of hits) {
    const section = sectionKindAt(sections, h.start);
    if (section !== 'body') continue;
    // A word that is no place name as written here ("About" folds onto the village "Abut").
    if (g.settings.notPlaces.has(text.slice(h.start, h.end).toLowerCase())) continue;
    // "About 51 were killed": a one-word name the text also writes in lower case is a word, not a place.
    if (h.to - h.from === 1 && !h.target.includes(' ') && lowerWords.has(tokens[h.from]!.raw.toLowerCase()) && g.byName.get(h.target)!.every((i) => !g.places[i]!.source.startsWith('curated'))) continue;
    const candidates = g.byName.get(h.target) ?? [];
    const wantsArea = PROVINCE_AFTER.test(text.slice(h.end, h.end + 20));
    const best = pick(candidates.map((i) => [i, g.places[i]!] as const), ctx.countries, total, wantsArea);
    if (best == null) continue;
    const p = g.places[best]!;
    if (!plausible(p, ctx)) continue;
    const doc = byPlace.get(best) ?? { name: p.name, kind: p.kind, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, source: p.source, mentions: [] };
    doc.mentions.push({ text: text.slice(h.start, h.end), start: h.start, end: h.end, section });
    byPlace.set(best, doc);
  }
  // A place kept from its cue lies in the document's country: of its actors, else of its places.
  const found = new Map<string, number>();
  for (const p of byPlace.values()) if (p.country) found.set(p.country, (found.get(p.country) ?? 0) + p.mentions.length);
  fill([...found].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  return [...byPlace.values(), ...cued];
}

/** Places the gazetteer lacks, named after a cue: "the village of Jadid Bakkara". */
function cuedPlaces(text: string, tokens: readonly Token[], sections: readonly Section[], g: Gazetteer, ctx: PlaceContext, covered: Uint8Array): DocPlace[] {
  const out = new Map<string, DocPlace>();
  const cue = new RegExp(`\\b(?:${g.settings.placeCues.join('|')})\\s+of\\s+$`, 'i');
  const country = [...ctx.countries].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.covered[i] || !t.capitalized || t.article || !cue.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    let end = i + 1;
    while (end < tokens.length && !ctx.covered[end] && (tokens[end]!.capitalized || tokens[end]!.article) && /^[\s-]{1,2}$/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
    while (end > i + 1 && tokens[end - 1]!.article) end--;
    const start = tokens[i]!.start, stop = tokens[end - 1]!.end;
    const name = text.slice(start, stop);
    const known = (g.byName.get(nameKey(name, ctx.folding)) ?? []).some((p) => plausible(g.places[p]!, ctx));
    if (sectionKindAt(sections, start) !== 'body' || known || g.settings.notPlaces.has(name.toLowerCase())) continue;
    for (let k = i; k < end; k++) covered[k] = 1;
    const place = out.get(name) ?? { name, kind: 'populated_place' as const, country, admin1: null, lat: null, lon: null, source: 'cue', mentions: [] };
    place.mentions.push({ text: name, start, end: stop, section: 'body' });
    out.set(name, place);
    i = end - 1;
  }
  return [...out.values()];
}

function pick(cands: ReadonlyArray<readonly [number, GazetteerPlace]>, countries: ReadonlyMap<string, number>, total: number, wantsArea: boolean): number | null {
  let best: number | null = null, bestScore = -Infinity;
  for (const [i, p] of cands) {
    const area = p.kind === 'province' || p.kind === 'region' || p.kind === 'district';
    const score = 10 * ((countries.get(p.country) ?? 0) / total) + (p.source.startsWith('curated') ? 2 : 0)
      + Math.log10(p.population + 1) / 2 + (wantsArea && area ? 3 : 0);
    if (score > bestScore) { best = i; bestScore = score; }
  }
  return best;
}

/** Countries of the places a text names (most named first), before actors are known: a hint for "the regime". */
export function placeCountriesOf(text: string, tokens: readonly Token[], g: Gazetteer, ctx: Pick<PlaceContext, 'allCapsLine'>): string[] {
  const counts = new Map<string, number>();
  for (const h of scanNames(text, tokens, g.trie, new Uint8Array(tokens.length), ctx.allCapsLine, (k) => k)) {
    const cands = (g.byName.get(h.target) ?? []).map((i) => g.places[i]!);
    if (!cands.length || g.settings.notPlaces.has(text.slice(h.start, h.end).toLowerCase())) continue;
    const best = cands.reduce((a, b) => (b.population > a.population || (b.source.startsWith('curated') && !a.source.startsWith('curated')) ? b : a));
    counts.set(best.country, (counts.get(best.country) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}
