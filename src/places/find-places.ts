// Finds the places named in a document's body and geocodes each: the gazetteer's names are
// scanned over the words that are not part of an actor's name, and a name borne by several
// places goes to the one in the countries the document is about (then the curated, then the
// most populous).
import type { Section } from '../ingest/index.ts';
import { sectionKindAt } from '../ingest/index.ts';
import { scanNames, type Token } from '../text/index.ts';
import type { DocPlace, GazetteerPlace } from './types.ts';
import type { Gazetteer } from './gazetteer.ts';

export interface PlaceContext {
  /** Tokens already taken by actor names (never places). */
  covered: Uint8Array;
  /** Weight of each country in the document (from the actors named). */
  countries: ReadonlyMap<string, number>;
  allCapsLine: (t: Token) => boolean;
}

const PROVINCE_AFTER = /^\s+(?:province|governorate|region|district|state|countryside|plain|valley|mountains)\b/i;

export function findPlaces(text: string, tokens: readonly Token[], sections: readonly Section[], g: Gazetteer, ctx: PlaceContext): DocPlace[] {
  const byPlace = new Map<number, DocPlace>();
  const hits = scanNames(text, tokens, g.trie, ctx.covered.slice(), ctx.allCapsLine, (k) => k);
  const total = Math.max(1, ...ctx.countries.values());
  const lowerWords = new Set(tokens.filter((t) => !t.capitalized).map((t) => t.raw));
  for (const h of hits) {
    const section = sectionKindAt(sections, h.start);
    if (section !== 'body') continue;
    // "About 51 were killed": a one-word name the text also writes in lower case is a word, not a place.
    if (h.to - h.from === 1 && !h.target.includes(' ') && lowerWords.has(tokens[h.from]!.raw.toLowerCase()) && g.byName.get(h.target)!.every((i) => !g.places[i]!.source.startsWith('curated'))) continue;
    const candidates = g.byName.get(h.target) ?? [];
    const wantsArea = PROVINCE_AFTER.test(text.slice(h.end, h.end + 20));
    const best = pick(candidates.map((i) => [i, g.places[i]!] as const), ctx.countries, total, wantsArea);
    if (best == null) continue;
    const p = g.places[best]!;
    const doc = byPlace.get(best) ?? { name: p.name, kind: p.kind, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, source: p.source, mentions: [] };
    doc.mentions.push({ text: text.slice(h.start, h.end), start: h.start, end: h.end, section });
    byPlace.set(best, doc);
  }
  return [...byPlace.values()];
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
