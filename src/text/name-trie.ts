// A trie over folded tokens of names, and the scan that finds them in a token list:
// leftmost-longest, one name per token, over tokens not covered yet. Names written in capitals
// ("HTS") must be in capitals in the text; a name written with capitals must start and end with
// one in the text; a name never runs across a line break or punctuation. Used for actor names
// and for place names alike.
import type { FoldingRules, Token } from './types.ts';
import { tokenize } from './tokenize.ts';

export interface NameEntry<T> {
  target: T;
  surface: string;
  /** Written in capitals ("HTS", "U.S."): the text must be in capitals too. */
  caseSensitive: boolean;
  /** A short name in mixed case ("LeT", "JuD"): the text must write it exactly so ("Let" is a word). */
  exact: boolean;
  /** Taken only with support from elsewhere in the document (decided by the caller). */
  needsSupport: boolean;
  /** Which of the surface's tokens are capitalised. */
  capitalized: boolean[];
}

export interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  entries: Array<NameEntry<T>>;
}

export interface NameHit<T> {
  target: T;
  /** Indexes into the token list, end exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
  entry: NameEntry<T>;
}

export function newTrie<T>(): TrieNode<T> {
  return { children: new Map(), entries: [] };
}

/** Adds a name; returns false when the name folds to nothing. `key` tells targets apart. */
export function addName<T>(root: TrieNode<T>, surface: string, target: T, folding: FoldingRules, key: (t: T) => string, needsSupport = false): boolean {
  const tokens = tokenize(surface, folding).filter((t) => !t.article);
  if (!tokens.length) return false;
  let node = root;
  for (const t of tokens) {
    let next = node.children.get(t.norm);
    if (!next) { next = newTrie<T>(); node.children.set(t.norm, next); }
    node = next;
  }
  const letters = surface.replace(/[^\p{L}]/gu, '');
  const caseSensitive = letters.length >= 2 && letters.length <= 7 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const exact = !caseSensitive && tokens.length === 1 && letters.length <= 6 && /^.+\p{Lu}/u.test(letters);
  const k = key(target);
  if (!node.entries.some((e) => key(e.target) === k)) {
    node.entries.push({ target, surface, caseSensitive, exact, needsSupport, capitalized: tokens.map((t) => t.capitalized && /\p{Lu}/u.test(t.raw)) });
  }
  return true;
}

/** Names of a trie in a token list; several targets for one name is no match (ambiguous). */
export function scanNames<T>(text: string, tokens: readonly Token[], root: TrieNode<T>, covered: Uint8Array,
  allCapsLine: (t: Token) => boolean, key: (t: T) => string): Array<NameHit<T>> {
  const hits: Array<NameHit<T>> = [];
  const memo = firstWordMemo(root);
  const longestAt = (i: number): { to: number; entry: NameEntry<T>; ambiguous: boolean } | null => {
    const first = covered[i] || tokens[i]!.article ? undefined : firstChild(root, memo, tokens[i]!);
    if (!first) return null;
    let node: TrieNode<T> | undefined = root;
    let best: { to: number; entry: NameEntry<T>; ambiguous: boolean } | null = null;
    const content: Token[] = [];
    // "Al shabaab": a capitalised article can carry the capital its name lacks.
    const capitalArticle = i > 0 && tokens[i - 1]!.article && tokens[i - 1]!.capitalized && tokens[i]!.start - tokens[i - 1]!.end <= 1;
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j]!;
      if (covered[j] || (j > i && !joinedTokens(text, tokens[j - 1]!, t))) break;
      if (t.article) continue;
      node = j === i ? first : node.children.get(t.norm);
      if (!node) break;
      content.push(t);
      const found = firstFitting(node.entries, content, allCapsLine, capitalArticle, key);
      if (found) best = { to: j + 1, entry: found.entry, ambiguous: found.ambiguous };
    }
    return best;
  };
  let i = 0;
  while (i < tokens.length) {
    const best = longestAt(i);
    // "the Military Forces of Syria": a longer name starting inside this one wins over it.
    let overtaken = false;
    for (let j = i + 1; best && j < best.to && !overtaken; j++) {
      const later = longestAt(j);
      if (later && !later.ambiguous && later.to > best.to && later.to - j > best.to - i) overtaken = true;
    }
    if (overtaken) { i++; continue; }
    if (best && !best.ambiguous) {
      const from = i > 0 && tokens[i - 1]!.article && !covered[i - 1] && tokens[i]!.start - tokens[i - 1]!.end <= 1 ? i - 1 : i;
      hits.push({ target: best.entry.target, from, to: best.to, start: tokens[from]!.start, end: tokens[best.to - 1]!.end, entry: best.entry });
      for (let c = from; c < best.to; c++) covered[c] = 1;
      i = best.to;
    } else {
      i++;
    }
  }
  return hits;
}

// The child of a large root for each word (by norm id): the gazetteer's first level holds some
// 50,000 words, and a look-up in so big a Map costs far more than reading an array slot per word.
interface FirstWordMemo<T> { words: number; child: Array<TrieNode<T> | null | undefined> }
const FIRST_WORD_MEMOS = new WeakMap<TrieNode<unknown>, FirstWordMemo<unknown>>();
const MEMO_MIN_WORDS = 1000;

/** The memo of a root; a new one when the root has grown since (names are added, never removed). */
function firstWordMemo<T>(root: TrieNode<T>): FirstWordMemo<T> | null {
  const words = root.children.size;
  if (words < MEMO_MIN_WORDS) return null;
  let memo = FIRST_WORD_MEMOS.get(root) as FirstWordMemo<T> | undefined;
  if (!memo || memo.words !== words) {
    memo = { words, child: [] };
    FIRST_WORD_MEMOS.set(root, memo);
  }
  return memo;
}

/** The root's child for a token's word (undefined: none), read from the memo when there is one. */
function firstChild<T>(root: TrieNode<T>, memo: FirstWordMemo<T> | null, t: Token): TrieNode<T> | undefined {
  const id = t.normId;
  if (!memo || id < 0) return root.children.get(t.norm);
  const child = memo.child;
  while (child.length <= id) child.push(undefined);
  let node = child[id];
  if (node === undefined) {
    node = root.children.get(t.norm) ?? null;
    child[id] = node;
  }
  return node ?? undefined;
}

/** The first entry that fits the tokens, and whether another fitting entry has another target. */
function firstFitting<T>(entries: ReadonlyArray<NameEntry<T>>, tokens: Token[], allCapsLine: (t: Token) => boolean, capitalArticle: boolean,
  key: (t: T) => string): { entry: NameEntry<T>; ambiguous: boolean } | null {
  let first: NameEntry<T> | null = null;
  let firstKey = '';
  for (const e of entries) {
    if (!fits(e, tokens, allCapsLine, capitalArticle)) continue;
    if (!first) { first = e; firstKey = key(e.target); } else if (key(e.target) !== firstKey) return { entry: first, ambiguous: true };
  }
  return first && { entry: first, ambiguous: false };
}

function fits<T>(e: NameEntry<T>, tokens: Token[], allCapsLine: (t: Token) => boolean, capitalArticle = false): boolean {
  // "ISIS-K": a one-letter capital counts as capitals inside a longer acronym.
  if (e.caseSensitive) return tokens.every((t) => (t.allCaps || (tokens.length > 1 && /^\p{Lu}$/u.test(t.raw))) && !allCapsLine(t));
  if (e.exact) return tokens.length === 1 && tokens[0]!.raw.replace(/\./g, '') === e.surface.replace(/\./g, '');
  const first = e.capitalized.indexOf(true);
  if (first < 0) return true;
  const last = e.capitalized.lastIndexOf(true);
  const opens = tokens[first]!.capitalized || (capitalArticle && first === 0);
  return opens && (first === last ? opens : tokens[last]!.capitalized);
}

/** Only spaces or a hyphen between two tokens (and invisible format characters: "Islamic\u200B State"). */
function joinedTokens(text: string, a: Token, b: Token): boolean {
  // Nothing or one space between them, the common case, is settled without cutting out the gap.
  if (b.start === a.end || (b.start === a.end + 1 && text.charCodeAt(a.end) === 32)) return true;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \t\u00a0‐‑–-]*$/.test(/\p{Cf}/u.test(gap) ? gap.replace(/\p{Cf}/gu, '') : gap);
}
