// SimHash bands: any two hashes at most six bits apart share a band (so the banded search misses
// no near-duplicate), and hashes far apart rarely do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hammingDistance, simhash, simhashBands, SIMHASH_BANDS } from './simhash.ts';

function random64(next: () => number): bigint {
  return (BigInt(Math.floor(next() * 2 ** 32)) << 32n) | BigInt(Math.floor(next() * 2 ** 32));
}

test('hashes up to six bits apart always share a band', () => {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 5000; i++) {
    const a = random64(next);
    let b = a;
    const flips = 1 + (i % 6);
    while (hammingDistance(a, b) < flips) b ^= 1n << BigInt(Math.floor(next() * 64));
    const [x, y] = [simhashBands(a), simhashBands(b)];
    assert.ok(x.some((v, k) => v === y[k]), `${a.toString(16)} and ${b.toString(16)} (${flips} bits) share no band`);
  }
});

test('bands cover all 64 bits, and a copy with a changed byline is near', () => {
  assert.equal(simhashBands((1n << 64n) - 1n).reduce((n, v) => n + v.toString(2).length, 0), 64);
  assert.equal(simhashBands(0n).length, SIMHASH_BANDS);
  const text = 'Islamic State fighters attacked a checkpoint of the Syrian Democratic Forces near Hajin on Tuesday, killing three, the SDF said. '.repeat(6);
  assert.ok(hammingDistance(simhash(text), simhash(`By a staff writer. ${text}`)) <= 6);
});
