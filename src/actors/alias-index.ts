// A trie over folded tokens of every name the knowledge base knows: actor names and aliases,
// state forms ("Syrian soldiers", "US forces", "the Russians"), non-actor names and the generic
// state references. Built once per knowledge base, then scanned over each document.
import type { LoadedKnowledge } from '../knowledge/index.ts';
import type { AliasEntry, AliasTarget } from './types.ts';
import { tokenize, type FoldingRules } from '../text/index.ts';

export interface TrieNode {
  children: Map<string, TrieNode>;
  entries: AliasEntry[];
}

export interface AliasIndex {
  root: TrieNode;
  size: number;
}

export function newTrie(): TrieNode {
  return { children: new Map(), entries: [] };
}

/** Adds a name; returns false when the name folds to nothing. */
export function addName(root: TrieNode, surface: string, target: AliasTarget, folding: FoldingRules, needsSupport = false): boolean {
  const tokens = tokenize(surface, folding).filter((t) => !t.article);
  if (!tokens.length) return false;
  let node = root;
  for (const t of tokens) {
    let next = node.children.get(t.norm);
    if (!next) { next = newTrie(); node.children.set(t.norm, next); }
    node = next;
  }
  const letters = surface.replace(/[^\p{L}]/gu, '');
  const caseSensitive = letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  if (!node.entries.some((e) => sameTarget(e.target, target))) {
    node.entries.push({ target, surface, caseSensitive, needsSupport, capitalized: tokens.map((t) => t.capitalized && /\p{Lu}/u.test(t.raw)) });
  }
  return true;
}

export function buildAliasIndex(k: LoadedKnowledge): AliasIndex {
  const root = newTrie();
  let size = 0;
  const f = k.folding;
  const needs = new Set(k.lexicon.needsSupport);
  const add = (surface: string, target: AliasTarget) => { if (addName(root, surface, target, f, needs.has(surface))) size++; };
  for (const a of k.actors) {
    // ACLED's actor names are written in reporting too ("the Military Forces of Syria").
    const acled = a.acled.map((n) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim()).filter((n) => n.split(/\s+/).length >= 2);
    for (const n of new Set([a.name, ...a.aliases, ...acled])) add(n, { type: 'actor', id: a.id, form: 'name' });
    if (a.kind !== 'state') continue;
    for (const c of a.countryNames) add(c, { type: 'actor', id: a.id, form: 'country' });
    const shortNames = [...a.demonyms, ...a.countryNames, ...a.aliases.filter((x) => /^[A-Z.]{2,6}$/.test(x))];
    for (const s of shortNames) for (const noun of k.lexicon.forceNouns) add(`${s} ${noun}`, { type: 'actor', id: a.id, form: 'state_form' });
    for (const d of a.demonyms) if (/(an|i)$/.test(d)) add(`the ${d}s`, { type: 'actor', id: a.id, form: 'state_form' });
  }
  for (const n of k.nonActors) for (const s of [n.name, ...n.aliases]) add(s, { type: 'non_actor', id: n.id });
  for (const g of k.lexicon.genericStateReferences) add(g, { type: 'generic_state' });
  return { root, size };
}

export function sameTarget(a: AliasTarget, b: AliasTarget): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'generic_state') return true;
  return (a as { id: string }).id === (b as { id: string }).id;
}
