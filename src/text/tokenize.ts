// Splits text into word tokens with offsets, folded for matching. "al-Qaeda’s" gives
// [al (article), Qaeda, ’s (possessive)]; "U.S." gives one token "us"; Arabic script is kept.
import type { FoldingRules, Token } from './types.ts';
import { foldWordCached } from './fold.ts';

// Invisible format characters (zero-width space and joiners, soft hyphen, bidi controls) inside
// a word stay in it, and folding drops them: "Isl\u200Bamic State" is still Islamic State.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ`]|\p{Cf}+)[\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /^(.+)(['’ʼ`])s$/u;
const HYPHEN = /[-‐‑–]/;

export function tokenize(text: string, rules: FoldingRules): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const poss = POSSESSIVE.exec(m[0]);
    if (poss) {
      const word = poss[1]!;
      tokens.push(makeToken(text, word, start, rules));
      tokens.push({ ...makeToken(text, m[0].slice(word.length), start + word.length, rules), possessive: true, norm: 's' });
    } else {
      tokens.push(makeToken(text, m[0], start, rules));
    }
  }
  return tokens;
}

function makeToken(text: string, raw: string, start: number, rules: FoldingRules): Token {
  const end = start + raw.length;
  const norm = foldWordCached(raw, rules);
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const first = letters[0] ?? '';
  const hasCase = first.toLowerCase() !== first.toUpperCase();
  const attached = HYPHEN.test(text[end] ?? '');
  const article = rules.articles.includes(norm) || (attached && rules.attachedArticles.includes(norm));
  return {
    raw, norm, start, end,
    capitalized: hasCase ? first === first.toUpperCase() : /\p{L}/u.test(first),
    allCaps: letters.length >= 2 && hasCase && letters === letters.toUpperCase(),
    article,
    possessive: false,
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
