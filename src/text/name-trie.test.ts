// The name scan over a large trie, whose first words are remembered per word between scans:
// a name added after a scan is still found by the next one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addName, loadFoldingRules, newTrie, scanNames, tokenize, type TrieNode } from './index.ts';

const rules = loadFoldingRules();
const text = 'Fighters of Jaish al-Islam entered Douma.';
const tokens = tokenize(text, rules);
const scan = (root: TrieNode<string>) =>
  scanNames(text, tokens, root, new Uint8Array(tokens.length), () => false, (k) => k).map((h) => text.slice(h.start, h.end));

test('a name added to a large trie after a scan is found by the next scan', () => {
  const root = newTrie<string>();
  for (let i = 0; i < 1500; i++) addName(root, `Filler${i} Brigade`, `filler${i}`, rules, (k) => k);
  addName(root, 'Jaish al-Islam', 'jaish', rules, (k) => k);
  assert.deepEqual(scan(root), ['Jaish al-Islam']);
  addName(root, 'Douma', 'douma', rules, (k) => k);
  assert.deepEqual(scan(root), ['Jaish al-Islam', 'Douma']);
});
