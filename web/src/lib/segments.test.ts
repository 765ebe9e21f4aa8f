// Unit tests for segments(): overlapping, nested, out-of-range and empty spans.
// Run: node --import tsx --test web/src/lib/segments.test.ts
/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segments } from './segments.ts';

const span = (id: string, start: number, end: number) => ({ id, start, end });
const view = (text: string, spans: Array<{ id: string; start: number; end: number }>) =>
  segments(text, spans).map((s) => [s.text, s.annotations.map((a) => a.id).join(',')]);

test('no spans gives one plain segment', () => {
  assert.deepEqual(view('ISIS attacked.', []), [['ISIS attacked.', '']]);
});

test('empty text gives no segments, whatever the spans', () => {
  assert.deepEqual(segments('', [span('a', 0, 3)]), []);
});

test('a span in the middle cuts the text in three', () => {
  assert.deepEqual(view('The ISIS cell', [span('actor', 4, 8)]), [['The ', ''], ['ISIS', 'actor'], [' cell', '']]);
});

test('overlapping spans share the overlap', () => {
  assert.deepEqual(view('abcdefgh', [span('x', 1, 5), span('y', 3, 7)]), [
    ['a', ''], ['bc', 'x'], ['de', 'x,y'], ['fg', 'y'], ['h', ''],
  ]);
});

test('nested spans: an actor mention inside relation evidence', () => {
  const text = 'JNIM is allied with ISGS.';
  assert.deepEqual(view(text, [span('rel', 0, 25), span('a1', 0, 4), span('a2', 20, 24)]), [
    ['JNIM', 'rel,a1'], [' is allied with ', 'rel'], ['ISGS', 'rel,a2'], ['.', 'rel'],
  ]);
});

test('annotations keep input order, not opening order', () => {
  assert.deepEqual(view('abcd', [span('late', 2, 4), span('early', 0, 4)]), [['ab', 'early'], ['cd', 'late,early']]);
});

test('identical spans both cover the same segment', () => {
  assert.deepEqual(view('abc', [span('r1', 0, 3), span('r2', 0, 3)]), [['abc', 'r1,r2']]);
});

test('spans past the end are clamped, spans wholly outside dropped', () => {
  assert.deepEqual(view('abc', [span('tail', 1, 99), span('out', 5, 9), span('neg', -4, 1)]), [['a', 'neg'], ['bc', 'tail']]);
});

test('empty and inverted spans are ignored', () => {
  assert.deepEqual(view('abc', [span('empty', 1, 1), span('inv', 2, 1)]), [['abc', '']]);
});

test('segments tile the text exactly', () => {
  const text = 'Al-Shabaab fighters attacked Beledweyne on 3 May.';
  const segs = segments(text, [span('a', 0, 10), span('p', 29, 39), span('d', 43, 48), span('e', 0, 49)]);
  assert.equal(segs.map((s) => s.text).join(''), text);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i]!.start, segs[i - 1]!.end);
});
