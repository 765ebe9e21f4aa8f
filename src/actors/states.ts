// Tells a country named as a place ("in Syria", "a road to Turkey") from the state acting
// ("the US targeted"), and resolves "the regime" / "government forces" to the state most present
// in the document.
import type { Token } from '../text/index.ts';
import type { Hit } from './types.ts';

const SUPPORT_NOUNS = /^(?:support|backing|funding|funds|money|cash|aid|weapons|arms|drones?|components|missiles|rockets|training|equipment|ammunition|orders|instructions|help|assistance)$/i;

/** True when a country-name hit reads as a place: a locative word stands before it. */
export function isPlaceUse(text: string, tokens: readonly Token[], hit: Hit, locatives: ReadonlySet<string>): boolean {
  let k = hit.from - 1;
  if (tokens[k]?.raw.toLowerCase() === 'the') k--;
  const before = tokens[k];
  if (!before) return false;
  // "Idlib, Syria": a place, then its country.
  if (k === hit.from - 1 && before.capitalized && /^,\s*$/.test(text.slice(before.end, tokens[hit.from]!.start))) return true;
  // "drone components from Iran", "support from Russia": the state gives, it is no place.
  if (before.raw.toLowerCase() === 'from' && tokens.slice(Math.max(0, k - 4), k).some((t) => SUPPORT_NOUNS.test(t.raw))) return false;
  if (locatives.has(before.raw.toLowerCase())) return true;
  // "into Turkey and Iraq": a country coordinated with a place stays a place.
  for (let j = k, n = 0; j >= 0 && n < 6; j--, n++) {
    const w = tokens[j]!.raw.toLowerCase();
    if (locatives.has(w)) return true;
    if (!(tokens[j]!.capitalized || w === 'and' || w === 'or' || w === 'the' || tokens[j]!.article)) return false;
  }
  return false;
}

/**
 * The state of the conflict at hand: the one named most often (as actor or as place) in the
 * body; failing that, the state of the country most of the named groups belong to
 * ("Jaysh al-Izza repelled regime forces" is about Syria), asked for only then.
 */
export function dominantState(stateHits: ReadonlyArray<{ id: string; inBody: boolean }>,
  groupCountries: () => readonly string[], stateOfCountry: ReadonlyMap<string, string>): string | null {
  const best = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const states = new Map<string, number>();
  for (const h of stateHits) if (h.inBody) states.set(h.id, (states.get(h.id) ?? 0) + 1);
  if (states.size) return best(states);
  const countries = new Map<string, number>();
  for (const c of groupCountries()) if (stateOfCountry.has(c)) countries.set(c, (countries.get(c) ?? 0) + 1);
  const country = best(countries);
  return country ? stateOfCountry.get(country)! : null;
}

/** "pro-regime militias", "government-held areas": the state is only a modifier there. */
export function isModifierUse(text: string, tokens: readonly Token[], hit: Hit): boolean {
  const prev = tokens[hit.from - 1];
  if (prev && /^(pro|anti|non)$/i.test(prev.raw) && /^[-‐–]$/.test(text.slice(prev.end, tokens[hit.from]!.start))) return true;
  // "Government-aligned forces" are not the government; "regime-controlled areas" are the regime's.
  return /^[-‐–](?:aligned|allied|affiliated|backed|linked|leaning|friendly|sponsored|supported|funded|led|loyal|oriented)\b/u.test(text.slice(hit.end, hit.end + 14));
}
