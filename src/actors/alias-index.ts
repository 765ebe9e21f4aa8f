// A trie over folded tokens of every name the knowledge base knows: actor names and aliases,
// state forms ("Syrian soldiers", "US forces", "the Russians"), non-actor names and the generic
// state references. Built once per knowledge base, then scanned over each document.
import type { LoadedKnowledge } from '../knowledge/index.ts';
import type { AliasTarget } from './types.ts';
import { addName, nameKey, newTrie, type FoldingRules, type TrieNode as GenericTrie } from '../text/index.ts';

export type TrieNode = GenericTrie<AliasTarget>;

export interface AliasIndex {
  root: TrieNode;
  size: number;
}

/** Tells alias targets apart: one entry per target and name. */
export function aliasKey(t: AliasTarget): string {
  return t.type === 'generic_state' ? 'generic' : `${t.type}:${t.id}`;
}

export function newAliasTrie(): TrieNode {
  return newTrie<AliasTarget>();
}

/** Adds a name of an actor (or non-actor) to an alias trie. */
export function addAlias(root: TrieNode, surface: string, target: AliasTarget, folding: FoldingRules, needsSupport = false): boolean {
  return addName(root, surface, target, folding, aliasKey, needsSupport);
}

export function buildAliasIndex(k: LoadedKnowledge): AliasIndex {
  const root = newAliasTrie();
  let size = 0;
  const f = k.folding;
  const needs = new Set(k.lexicon.needsSupport);
  const add = (surface: string, target: AliasTarget) => { if (addAlias(root, surface, target, f, needs.has(surface))) size++; };
  // Whose name each folded name is, so that a shortened ACLED name ("Islamic State (Somalia)"
  // gives "Islamic State") never takes another actor's name.
  const owner = new Map<string, string>();
  for (const a of k.actors) for (const n of [a.name, ...a.aliases]) owner.set(nameKey(n, f), a.id);
  for (const a of k.actors) {
    // ACLED's actor names are written in reporting too ("the Military Forces of Syria").
    const acled = a.acled.map((n) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim())
      .filter((n) => n.split(/\s+/).length >= 2 && (owner.get(nameKey(n, f)) ?? a.id) === a.id);
    for (const n of new Set([a.name, ...a.aliases, ...acled])) add(n, { type: 'actor', id: a.id, form: 'name' });
    if (a.kind !== 'state') continue;
    for (const c of a.countryNames) add(c, { type: 'actor', id: a.id, form: 'country' });
    const shortNames = [...a.demonyms, ...a.countryNames, ...a.aliases.filter((x) => /^[A-Z.]{2,6}$/.test(x))];
    // Generated forms ("Lebanese forces") never take a name the knowledge base gives another actor ("Lebanese Forces", the party).
    const generated = (surface: string) => {
      if ((owner.get(nameKey(surface, f)) ?? a.id) === a.id) add(surface, { type: 'actor', id: a.id, form: 'state_form' });
    };
    for (const s of shortNames) for (const noun of k.lexicon.forceNouns) generated(`${s} ${noun}`);
    for (const d of a.demonyms) if (/(an|i)$/.test(d)) generated(`the ${d}s`);
  }
  for (const n of k.nonActors) for (const s of [n.name, ...n.aliases]) add(s, { type: 'non_actor', id: n.id });
  for (const g of k.lexicon.genericStateReferences) add(g, { type: 'generic_state' });
  return { root, size };
}
