// Folds a word so that transliteration variants meet: case, diacritics, apostrophes and the
// rewrites of data/lexicon/transliteration.yaml ("Nusrah" and "Nusra" both give "nusra").
import type { FoldingRules } from './types.ts';
import { readDataFile } from '../data-files.ts';
import { KnowledgeError } from '../errors.ts';

const APOSTROPHES = /['’‘`ʼʻʿʾ′]/g;

const CACHE = new WeakMap<FoldingRules, Map<string, string>>();

/** foldWord, remembered per word: news text repeats its words. */
export function foldWordCached(word: string, rules: FoldingRules): string {
  let cache = CACHE.get(rules);
  if (!cache) { cache = new Map(); CACHE.set(rules, cache); }
  let out = cache.get(word);
  if (out === undefined) {
    out = foldWord(word, rules);
    if (cache.size < 200_000) cache.set(word, out);
  }
  return out;
}

export function foldWord(word: string, rules: FoldingRules): string {
  // Invisible format characters (U+200B, U+200D, U+00AD, bidi controls...) are not part of the word.
  const bare = word.replace(/\p{Cf}/gu, '');
  let out = bare.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHES, '').replace(/\./g, '');
  // Acronyms are spelled, not transliterated: "AAH" must not fold to "a".
  if (/^(\p{Lu}\.?){2,7}$/u.test(bare)) return out;
  for (const [pattern, replacement] of rules.rewrites) out = out.replace(pattern, replacement);
  return out;
}

export function loadFoldingRules(dataDir?: string): FoldingRules {
  const raw = readDataFile('lexicon/transliteration.yaml', dataDir) as Record<string, unknown>;
  const list = (k: string): string[] => {
    const v = raw?.[k];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      throw new KnowledgeError([`lexicon/transliteration.yaml: "${k}" must be a list of words`]);
    }
    return v;
  };
  const rewrites = raw?.rewrites;
  if (!Array.isArray(rewrites)) throw new KnowledgeError(['lexicon/transliteration.yaml: "rewrites" must be a list']);
  return {
    articles: list('articles'),
    attachedArticles: list('attached_articles'),
    rewrites: rewrites.map((r, i) => {
      if (!Array.isArray(r) || r.length !== 2) throw new KnowledgeError([`lexicon/transliteration.yaml: rewrites[${i}] must be [pattern, replacement]`]);
      return [new RegExp(String(r[0]), 'g'), String(r[1])] as [RegExp, string];
    }),
  };
}
