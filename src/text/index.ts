// Stage "text": tokens, sentences and the folding of transliteration variants.
import type { FoldingRules, Sentence, Token } from './types.ts';
import { tokenize } from './tokenize.ts';
import { splitSentences } from './sentences.ts';

export type { FoldingRules, Sentence, Token } from './types.ts';
export { foldWord, loadFoldingRules } from './fold.ts';
export { firstTokenFrom, nameKey, tokenize } from './tokenize.ts';
export { sentenceAt, splitSentences } from './sentences.ts';
export { allCapsLines } from './caps-lines.ts';
export { sharedRegExp } from './shared-regexp.ts';
export { addName, newTrie, scanNames, type NameEntry, type NameHit, type TrieNode } from './name-trie.ts';

export interface AnalysedText {
  tokens: Token[];
  sentences: Sentence[];
}

export function analyseText(text: string, rules: FoldingRules, abbreviations: ReadonlySet<string>): AnalysedText {
  return { tokens: tokenize(text, rules), sentences: splitSentences(text, abbreviations) };
}
