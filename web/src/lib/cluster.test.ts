// Unit tests for clusterPoints(): grid grouping, border merging, zoom dependence and bad input.
// Run: node --import tsx --test web/src/lib/cluster.test.ts
/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterPoints, type ScreenPoint } from './cluster.ts';

const pt = (item: string, x: number, y: number): ScreenPoint<string> => ({ x, y, item });
const groups = (points: ScreenPoint<string>[], cell: number) =>
  clusterPoints(points, cell).map((c) => [...c.items].sort().join(','));

test('no points give no clusters', () => {
  assert.deepEqual(clusterPoints([], 40), []);
});

test('one point is one cluster at that point', () => {
  assert.deepEqual(clusterPoints([pt('a', 12, 30)], 40), [{ key: '0:0', x: 12, y: 30, items: ['a'] }]);
});

test('points in one cell group, at their mean position', () => {
  const [c, ...rest] = clusterPoints([pt('a', 2, 2), pt('b', 10, 20), pt('c', 30, 8)], 40);
  assert.deepEqual(rest, []);
  assert.deepEqual(c?.items, ['a', 'b', 'c']);
  assert.equal(c?.x, 14);
  assert.equal(c?.y, 10);
});

test('distant points stay apart, largest cluster first', () => {
  assert.deepEqual(groups([pt('far', 500, 500), pt('a', 1, 1), pt('b', 5, 5)], 40), ['a,b', 'far']);
});

test('points either side of a cell border merge when close', () => {
  // 39 and 41 fall in cells 0 and 1 but are 2 px apart: one marker, not two overlapping ones.
  assert.deepEqual(groups([pt('a', 39, 10), pt('b', 41, 10)], 40), ['a,b']);
});

test('neighbouring cells whose centres are half a cell apart or more stay separate', () => {
  assert.deepEqual(groups([pt('a', 5, 10), pt('b', 45, 10)], 40), ['a', 'b']);
});

test('cells two apart never merge, however the points sit', () => {
  assert.deepEqual(groups([pt('a', 79.9, 0), pt('b', 80, 0), pt('c', 0, 0)], 40).length, 2);
});

test('zooming in (larger coordinates, same cell) splits a cluster', () => {
  const at = (k: number) => [pt('Aleppo', 36.2 * k, 36.2 * k), pt('Idlib', 36.6 * k, 35.9 * k)];
  assert.deepEqual(groups(at(10), 40), ['Aleppo,Idlib']);
  assert.deepEqual(groups(at(1000), 40), ['Aleppo', 'Idlib']);
});

test('points with non-finite coordinates are dropped', () => {
  assert.deepEqual(groups([pt('a', Number.NaN, 1), pt('b', 1, Infinity), pt('c', 1, 1)], 40), ['c']);
});

test('negative coordinates get their own cells', () => {
  assert.deepEqual(clusterPoints([pt('a', -1, -1)], 40)[0]?.key, '-1:-1');
});

test('the result does not depend on input order', () => {
  const pts = [pt('a', 1, 1), pt('b', 41, 1), pt('c', 300, 300), pt('d', 2, 3)];
  assert.deepEqual(groups(pts, 40), groups([...pts].reverse(), 40));
});

test('a cell size that is not a positive number is a RangeError', () => {
  assert.throws(() => clusterPoints([pt('a', 1, 1)], 0), RangeError);
  assert.throws(() => clusterPoints([pt('a', 1, 1)], Number.NaN), RangeError);
});
