// Lines written mostly in capitals (a shouting headline), where acronyms and capitals do not mark names.
import type { Token } from './types.ts';

/** Tokens standing on a line written mostly in capitals (a shouting headline), where acronyms are not trusted. */
export function allCapsLines(text: string, tokens: readonly Token[]): (t: Token) => boolean {
  const shouting = new Set<number>();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const letters = line.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) shouting.add(lineStart);
    lineStart += line.length + 1;
  }
  if (!shouting.size) return () => false;
  return (t) => shouting.has(text.lastIndexOf('\n', t.start - 1) + 1);
}
