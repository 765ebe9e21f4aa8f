// Splits text into sentences: at line breaks, and after . ! ? when the next word starts a new
// sentence, unless the full stop closes an abbreviation ("Gen.", "Nov.") or an initial ("U.S.").
import type { Sentence } from './types.ts';
import { spanIndexAt } from '../spans.ts';

const END = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  // Lines by indexOf, not /[^\n]+/g: a regex over a 10 MB line overflows V8's backtracking stack.
  for (let base = 0, nl = 0; base < text.length; base = nl + 1) {
    nl = text.indexOf('\n', base);
    if (nl < 0) nl = text.length;
    const line = text.slice(base, nl);
    if (!line) continue;
    let from = 0;
    for (const m of line.matchAll(END)) {
      const cut = m.index + m[0].length;
      const before = line.slice(Math.max(0, m.index - 40), m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      if (m[0].startsWith('.') && (abbreviations.has(word) || /^(\p{L}\.)*\p{L}$/u.test(word))) continue;
      pushTrimmed(out, text, base + from, base + cut);
      from = cut;
    }
    pushTrimmed(out, text, base + from, base + line.length);
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the sentence holding an offset, or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return spanIndexAt(sentences, offset);
}
