// Links a group name found from naming patterns to the knowledge base when it is a variant of a
// known name: "National Coalition of Syrian Revolutionary Armed Forces" is the known "National
// Coalition of Syrian Revolution and Opposition Forces". Names of three words or more only;
// words match when equal, when one starts the other (revolution / revolutionary), or when they
// share their consonants (Harredh / Harid). The words after the last "of" or "for" name whom or
// what the group stands for, so two names whose tails share no word are different groups:
// "Popular Front for the Liberation of Sinjar" is not the one "of Palestine".
import type { LoadedKnowledge } from '../knowledge/index.ts';
import { tokenize } from '../text/index.ts';

export interface FuzzyIndex {
  byWord: Map<string, Array<{ id: string; words: string[]; tail: string[] }>>;
  connectors: Set<string>;
}

const MIN_WORDS = 3;
const MIN_SIMILARITY = 0.75;
const MIN_PREFIX = 5;

export function buildFuzzyIndex(k: LoadedKnowledge, connectors: Iterable<string>): FuzzyIndex {
  const index: FuzzyIndex = { byWord: new Map(), connectors: new Set([...connectors, 'and']) };
  for (const a of k.actors) {
    if (a.kind === 'person' || a.kind === 'state') continue;
    for (const n of [a.name, ...a.aliases]) {
      const { words, tail } = nameWords(n, k, index.connectors);
      if (words.length < MIN_WORDS) continue;
      for (const w of new Set(words)) {
        const list = index.byWord.get(w) ?? [];
        list.push({ id: a.id, words, tail });
        index.byWord.set(w, list);
      }
    }
  }
  return index;
}

/** The knowledge-base id whose name this one is a variant of, or null. */
export function fuzzyLink(name: string, k: LoadedKnowledge, index: FuzzyIndex): string | null {
  const { words, tail } = nameWords(name, k, index.connectors);
  if (words.length < MIN_WORDS) return null;
  const scores = new Map<string, number>();
  for (const w of new Set(words)) {
    for (const cand of index.byWord.get(w) ?? []) {
      if (tail.length && cand.tail.length && !tail.some((x) => cand.tail.some((y) => alike(x, y)))) continue;
      const matched = words.filter((x) => cand.words.some((y) => alike(x, y))).length;
      const sim = matched / Math.max(words.length, cand.words.length);
      if (sim > (scores.get(cand.id) ?? 0)) scores.set(cand.id, sim);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SIMILARITY || (second && second[1] === best[1])) return null;
  return best[0];
}

/**
 * A name's content words, and those after its last "of" or "for" (its tail): "Sinjar" in
 * "Front for the Liberation of Sinjar".
 */
function nameWords(name: string, k: LoadedKnowledge, connectors: Set<string>): { words: string[]; tail: string[] } {
  const tokens = tokenize(name, k.folding);
  const last = tokens.map((t) => t.norm).reduce((at, w, i) => (w === 'of' || w === 'for' ? i : at), -1);
  const content = (ts: typeof tokens) => ts.filter((t) => !t.article && !t.possessive && !connectors.has(t.norm)).map((t) => t.norm);
  return { words: content(tokens), tail: last >= 0 ? content(tokens.slice(last + 1)) : [] };
}

function alike(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length < MIN_PREFIX) return false;
  if (l.startsWith(s)) return true;
  // Transliterations differ in vowels, h and doubled letters: Harredh / Harid, Moamineen / Muminin.
  const k = skeleton(a);
  return k.length >= 2 && k === skeleton(b);
}

const SKELETONS = new Map<string, string>();

/** A word's consonants, doubled letters once; remembered, as the index's words come back for every name. */
function skeleton(w: string): string {
  let out = SKELETONS.get(w);
  if (out === undefined) {
    out = w.replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
    if (SKELETONS.size < 100_000) SKELETONS.set(w, out);
  }
  return out;
}
