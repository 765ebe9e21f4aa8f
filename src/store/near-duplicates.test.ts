// The in-memory near-duplicate index: the same answer as comparing against every original, and
// it sees originals another connection stored since it was read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addOriginal, findOriginal, NEAR_DUPLICATE_BITS, nearDuplicateIndex, type NearDuplicateIndex } from './near-duplicates.ts';
import { hammingDistance, SIMHASH_BANDS } from './simhash.ts';
import { openStore } from './open-store.ts';
import { seeded } from '../../test/corpus-generator.ts';

const random64 = (next: () => number) => (BigInt(Math.floor(next() * 2 ** 32)) << 32n) | BigInt(Math.floor(next() * 2 ** 32));

test('finds the earliest original within six bits, as a scan of every original would', () => {
  const next = seeded(11);
  const index: NearDuplicateIndex = { seen: 0, ids: [], high: [], low: [], buckets: Array.from({ length: SIMHASH_BANDS }, () => new Map()) };
  const originals: Array<[number, bigint]> = [];
  for (let id = 1; id <= 3000; id++) {
    // Every third original is a few bits from an earlier one, so near matches are common.
    let h = id % 3 === 0 ? originals[Math.floor(next() * originals.length)]![1] : random64(next);
    for (let flips = Math.floor(next() * 9); flips > 0; flips--) h ^= 1n << BigInt(Math.floor(next() * 64));
    const expected = originals.find(([, o]) => hammingDistance(o, h) <= NEAR_DUPLICATE_BITS)?.[0] ?? null;
    assert.equal(findOriginal(index, h), expected, `hash ${h.toString(16)}`);
    originals.push([id, h]);
    addOriginal(index, id, h);
  }
  assert.ok(originals.filter(([id, h]) => findOriginal(index, h) !== id).length > 100, 'the test made near matches');
});

test('reads the originals another connection stored after it was built', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'fg-neardup-')), 'store.db');
  const [mine, theirs] = [openStore(path), openStore(path)];
  const add = (id: number, sim: bigint, duplicateOf: number | null) => theirs.prepare(`INSERT INTO documents (id, doc_id, source, content_hash, simhash, duplicate_of, text, extraction, ingested_at)
    VALUES (?, ?, 'test', ?, ?, ?, 'text', '{}', 'now')`).run(id, `d${id}`, `hash${id}`, sim.toString(16), duplicateOf);
  add(1, 0xf0f0n, null);
  assert.equal(findOriginal(nearDuplicateIndex(mine), 0xf0f1n), 1);
  add(2, 0xffff_0000_0000_0000n, null);
  add(3, 0xffff_0000_0000_0001n, 2);
  const index = nearDuplicateIndex(mine);
  assert.equal(findOriginal(index, 0xffff_0000_0000_0003n), 2);
  assert.deepEqual(index.ids, [1, 2], 'a near-duplicate is not an original');
  mine.close();
  theirs.close();
});
