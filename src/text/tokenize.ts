// Splits text into word tokens with offsets, folded for matching. "al-Qaeda’s" gives
// [al (article), Qaeda, ’s (possessive)]; "U.S." gives one token "us"; Arabic script is kept.
import type { FoldingRules, Token } from './types.ts';
import { foldWordCached } from './fold.ts';

// Invisible format characters (zero-width space and joiners, soft hyphen, bidi controls) inside
// a word stay in it, and folding drops them: "Isl\u200Bamic State" is still Islamic State.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ`]|\p{Cf}+)[\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = "'’ʼ`";
const HYPHENS = '-‐‑–';

export function tokenize(text: string, rules: FoldingRules): Token[] {
  const tokens: Token[] = [];
  const words = wordCache(rules);
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const stem = possessiveStem(m[0]);
    if (stem >= 0) {
      const word = m[0].slice(0, stem);
      tokens.push(makeToken(text, word, start, rules, words));
      tokens.push({ ...makeToken(text, m[0].slice(word.length), start + word.length, rules, words), possessive: true, norm: 's', normId: POSSESSIVE_ID });
    } else {
      tokens.push(makeToken(text, m[0], start, rules, words));
    }
  }
  return tokens;
}

/** Length of the word before a possessive "'s" ("Qaeda’s" gives 5), or -1 when the word has none. */
function possessiveStem(word: string): number {
  const n = word.length;
  return n >= 3 && word[n - 1] === 's' && APOSTROPHES.includes(word[n - 2]!) ? n - 2 : -1;
}

function makeToken(text: string, raw: string, start: number, rules: FoldingRules, words: Map<string, Word>): Token {
  const end = start + raw.length;
  const w = wordCached(raw, rules, words);
  const attached = end < text.length && HYPHENS.includes(text[end]!);
  return {
    raw, norm: w.norm, normId: w.normId, start, end,
    capitalized: w.capitalized,
    allCaps: w.allCaps,
    article: w.article || (attached && w.attachedArticle),
    possessive: false,
  };
}

// Ids are shared by all folding rules (a norm is a norm); past the limit a word gets -1 and no memo.
const NORM_IDS = new Map<string, number>();
const MAX_NORM_IDS = 1 << 18;

/** The id of a folded word, given on first sight. */
function normId(norm: string): number {
  let id = NORM_IDS.get(norm);
  if (id === undefined) {
    if (NORM_IDS.size >= MAX_NORM_IDS) return -1;
    id = NORM_IDS.size;
    NORM_IDS.set(norm, id);
  }
  return id;
}

const POSSESSIVE_ID = normId('s');

/** What a token takes from its word alone, whatever its place in the text. */
interface Word { norm: string; normId: number; capitalized: boolean; allCaps: boolean; article: boolean; attachedArticle: boolean }

const WORDS = new WeakMap<FoldingRules, Map<string, Word>>();

function wordCache(rules: FoldingRules): Map<string, Word> {
  let cache = WORDS.get(rules);
  if (!cache) { cache = new Map(); WORDS.set(rules, cache); }
  return cache;
}

/** readWord, remembered per word: news text repeats its words. */
function wordCached(raw: string, rules: FoldingRules, cache: Map<string, Word>): Word {
  let out = cache.get(raw);
  if (out === undefined) {
    out = readWord(raw, rules);
    if (cache.size < 200_000) cache.set(raw, out);
  }
  return out;
}

function readWord(raw: string, rules: FoldingRules): Word {
  const norm = foldWordCached(raw, rules);
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const first = letters[0] ?? '';
  const hasCase = first.toLowerCase() !== first.toUpperCase();
  return {
    norm,
    normId: normId(norm),
    capitalized: hasCase ? first === first.toUpperCase() : /\p{L}/u.test(first),
    allCaps: letters.length >= 2 && hasCase && letters === letters.toUpperCase(),
    article: rules.articles.includes(norm),
    attachedArticle: rules.attachedArticles.includes(norm),
  };
}

/** The folded key of a name, as the alias index stores it: articles and possessives dropped. */
export function nameKey(name: string, rules: FoldingRules): string {
  return tokenize(name, rules).filter((t) => !t.article).map((t) => t.norm).join(' ');
}

/** Index of the first token starting at or after an offset (binary search); tokens.length if none. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
