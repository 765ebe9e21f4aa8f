// Lines written mostly in capitals (a shouting headline), where acronyms and capitals do not mark names.
import type { Token } from './types.ts';

/** Tokens standing on a line written mostly in capitals (a shouting headline), where acronyms are not trusted. */
export function allCapsLines(text: string, tokens: readonly Token[]): (t: Token) => boolean {
  const shouting = new Set<number>();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (isShouting(line)) shouting.add(lineStart);
    lineStart += line.length + 1;
  }
  if (!shouting.size) return () => false;
  return (t) => shouting.has(text.lastIndexOf('\n', t.start - 1) + 1);
}

function isShouting(line: string): boolean {
  // One lower-case ASCII letter settles most lines without collecting their letters.
  if (/[a-z]/.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
