// Sentence splitting: full stops after abbreviations and initials do not end a sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './index.ts';

const ABBR = new Set(['Gen', 'Nov', 'Dr']);
const CASES: Array<[string, string[]]> = [
  ['The U.S. military struck. HTS denied it.', ['The U.S. military struck.', 'HTS denied it.']],
  ['On Nov. 27, 2024, the offensive began. It spread.', ['On Nov. 27, 2024, the offensive began.', 'It spread.']],
  ['Gen. Kurilla said so. “We will act,” he said.', ['Gen. Kurilla said so.', '“We will act,” he said.']],
  ['Headline without stop\nFirst sentence. Second one!', ['Headline without stop', 'First sentence.', 'Second one!']],
  ['Abu al-Qassam (a.k.a. Khalid al-Aruri) leads it.', ['Abu al-Qassam (a.k.a. Khalid al-Aruri) leads it.']],
];

for (const [text, expected] of CASES) {
  test(`sentences of ${JSON.stringify(text.slice(0, 40))}`, () => {
    assert.deepEqual(splitSentences(text, ABBR).map((s) => text.slice(s.start, s.end)), expected);
  });
}
