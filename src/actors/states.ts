// Tells a country named as a place ("in Syria", "a road to Turkey") from the state acting
// ("the US targeted"), and resolves "the regime" / "government forces" to the state most present
// in the document.
import type { Token } from '../text/index.ts';
import type { Hit } from './types.ts';

/** True when a country-name hit reads as a place: a locative word stands before it. */
export function isPlaceUse(text: string, tokens: readonly Token[], hit: Hit, locatives: ReadonlySet<string>): boolean {
  let k = hit.from - 1;
  if (tokens[k]?.raw.toLowerCase() === 'the') k--;
  const before = tokens[k];
  if (!before) return false;
  // "Idlib, Syria": a place, then its country.
  if (k === hit.from - 1 && before.capitalized && /^,\s*$/.test(text.slice(before.end, tokens[hit.from]!.start))) return true;
  if (locatives.has(before.raw.toLowerCase())) return true;
  // "into Turkey and Iraq": a country coordinated with a place stays a place.
  for (let j = k, n = 0; j >= 0 && n < 6; j--, n++) {
    const w = tokens[j]!.raw.toLowerCase();
    if (locatives.has(w)) return true;
    if (!(tokens[j]!.capitalized || w === 'and' || w === 'or' || w === 'the' || tokens[j]!.article)) return false;
  }
  return false;
}

/** The state named most often (as actor or as place) in the body, or null. */
export function dominantState(stateHits: ReadonlyArray<{ id: string; inBody: boolean }>): string | null {
  const counts = new Map<string, number>();
  for (const h of stateHits) if (h.inBody) counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
  let best: string | null = null, n = 0;
  for (const [id, c] of counts) if (c > n) { best = id; n = c; }
  return best;
}
