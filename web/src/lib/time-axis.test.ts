// Unit tests for the Timeline's axis helpers: partial dates, ticks, stacking.
// Run: node --import tsx --test web/src/lib/time-axis.test.ts
/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeOf, stack, ticksOf, domainOf } from './time-axis.ts';

test('partial dates cover a year, a month or a day', () => {
  assert.deepEqual(rangeOf('2014'), { start: Date.UTC(2014, 0, 1), end: Date.UTC(2015, 0, 1) });
  assert.deepEqual(rangeOf('2014-12'), { start: Date.UTC(2014, 11, 1), end: Date.UTC(2015, 0, 1) });
  assert.deepEqual(rangeOf('2023-11-10'), { start: Date.UTC(2023, 10, 10), end: Date.UTC(2023, 10, 11) });
  assert.equal(rangeOf(null), null);
  assert.equal(rangeOf('recently'), null);
});

test('long domains get thinned year ticks, short ones months', () => {
  const long = domainOf([rangeOf('2001')!, rangeOf('2024-11-27')!])!;
  const years = ticksOf(long, 12).map((t) => t.label);
  assert.ok(years.length <= 12 && years.includes('2010'), years.join());
  const short = ticksOf({ start: Date.UTC(2023, 0, 1), end: Date.UTC(2023, 11, 31) }, 12).map((t) => t.label);
  assert.equal(short[0], '2023');
  assert.ok(short.includes('Jul'), short.join());
});

test('colliding marks go to new rows, distant ones share row 0', () => {
  assert.deepEqual(stack([10, 12, 14, 40, 41], 5), [0, 1, 2, 0, 1]);
  assert.deepEqual(stack([], 5), []);
});
