// Finds names of an alias index in a token list: leftmost-longest, one name per token, and only
// over tokens not covered yet. Capital-letter names must be in capitals in the text; a name
// written with capitals must start (and end) with a capital in the text.
import type { Token } from '../text/index.ts';
import type { AliasEntry, Hit } from './types.ts';
import type { TrieNode } from './alias-index.ts';

export function scanNames(text: string, tokens: readonly Token[], root: TrieNode, covered: Uint8Array, allCapsLine: (t: Token) => boolean): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (covered[i] || tokens[i]!.article) { i++; continue; }
    let node: TrieNode | undefined = root;
    let best: { to: number; entry: AliasEntry; ambiguous: boolean } | null = null;
    const content: number[] = [];
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j]!;
      if (covered[j] || (j > i && !joinedTokens(text, tokens[j - 1]!, t))) break;
      if (t.article) continue;
      node = node.children.get(t.norm);
      if (!node) break;
      content.push(j);
      const fitting = node.entries.filter((e) => fits(e, content.map((c) => tokens[c]!), allCapsLine));
      const targets = new Set(fitting.map((e) => (e.target.type === 'generic_state' ? 'generic' : e.target.id)));
      if (fitting.length) best = { to: j + 1, entry: fitting[0]!, ambiguous: targets.size > 1 };
    }
    if (best && !best.ambiguous) {
      const from = i > 0 && tokens[i - 1]!.article && !covered[i - 1] && adjacent(tokens[i - 1]!, tokens[i]!) ? i - 1 : i;
      hits.push({ target: best.entry.target, from, to: best.to, start: tokens[from]!.start, end: tokens[best.to - 1]!.end, entry: best.entry });
      for (let c = from; c < best.to; c++) covered[c] = 1;
      i = best.to;
    } else {
      i++;
    }
  }
  return hits;
}

function fits(e: AliasEntry, tokens: Token[], allCapsLine: (t: Token) => boolean): boolean {
  if (e.caseSensitive) return tokens.every((t) => t.allCaps && !allCapsLine(t));
  const caps = e.capitalized.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
  if (!caps.length) return true;
  return tokens[caps[0]!]!.capitalized && tokens[caps[caps.length - 1]!]!.capitalized;
}

/** Only spaces or a hyphen between two tokens: a name never runs across a line break or punctuation. */
function joinedTokens(text: string, a: Token, b: Token): boolean {
  return b.start - a.end <= 3 && /^[ \t\u00a0‐‑–-]*$/.test(text.slice(a.end, b.start));
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1;
}
