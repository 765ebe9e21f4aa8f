// Reads a run of capitalised words as a name: "Ansar al Khilafah", "Swords of the Most
// Compassionate", "Abu Louay al-Shami". Articles and connectors may stand inside, never at the
// ends; a comma, full stop, line break or a covered token ends the name.
import type { Token } from '../text/index.ts';

export interface NameReader {
  tokens: readonly Token[];
  text: string;
  covered: Uint8Array;
  /** Lower-case small words allowed inside a name ("of", "the", "wal"). */
  connectors: ReadonlySet<string>;
}

/** True when only spaces or a hyphen stand between two tokens. */
export function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \t\u00a0]*[-‐–]?[ \t\u00a0]*$/.test(gap);
}

/** End (exclusive token index) of the name starting at token i, or i when no name starts there. */
export function readName(r: NameReader, i: number, maxTokens = 10): number {
  const t0 = r.tokens[i];
  if (!t0 || r.covered[i] || !t0.capitalized || t0.possessive) return i;
  let end = i + 1;
  for (let j = i + 1; j < r.tokens.length && j - i < maxTokens; j++) {
    const t = r.tokens[j]!;
    if (r.covered[j] || t.possessive || !joined(r.text, r.tokens[j - 1]!, t)) break;
    if (t.capitalized && !t.article) { end = j + 1; continue; }
    if (t.article || r.connectors.has(t.raw.toLowerCase())) continue;
    // "Coalition of Syrian Revolution and Opposition Forces": "and" inside a name built with "of".
    if (t.raw === 'and' && r.tokens.slice(i, j).some((x) => x.raw === 'of' || x.raw === 'for') && r.tokens[j + 1]?.capitalized) continue;
    break;
  }
  return end;
}

/** The content (non-article) tokens of a span. */
export function contentTokens(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.slice(from, to).filter((t) => !t.article);
}
