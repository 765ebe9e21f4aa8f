// Names the text spells out before an acronym: "Islamic State West Africa Province (ISWAP)",
// "Tehrik-i-Taliban Pakistan (TTP)". The acronym's letters are matched to the capitalised words
// before it, right to left; small words in between may be skipped.
import type { Token } from '../text/index.ts';

export interface AcronymName { from: number; to: number; acronym: string }

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}]{1,6}$/u;
const SMALL = /^\p{Ll}{1,4}$/u;

export function findAcronymNames(text: string, tokens: readonly Token[]): AcronymName[] {
  const out: AcronymName[] = [];
  tokens.forEach((t, i) => {
    if (!ACRONYM.test(t.raw) || text[t.start - 1] !== '(' || text[t.end] !== ')') return;
    const letters = t.raw.replace(/\P{Lu}/gu, '');
    let k = letters.length - 1;
    let j = i - 1;
    let from = i;
    if (j < 0 || !/^\s*\($/.test(text.slice(tokens[j]!.end, t.start))) return;
    while (j >= 0 && k >= 0) {
      const w = tokens[j]!;
      if (j < i - 1 && !/^[ \t\u00a0‐‑–-]*$/.test(text.slice(w.end, tokens[j + 1]!.start))) break;
      if (w.capitalized && w.raw[0]!.toUpperCase() === letters[k]) { k--; from = j; j--; continue; }
      if (w.article || SMALL.test(w.raw)) { j--; continue; }
      break;
    }
    if (k < 0 && i - from >= 2) out.push({ from, to: i, acronym: t.raw });
  });
  return out;
}
