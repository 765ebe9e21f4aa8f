// Finds a stored original within a few SimHash bits of a new document, in memory: the originals'
// hashes live in banded buckets, read from the store once and then only the rows added since.
// In SQL the candidates sharing a band grew with the store (3 ms an article at 100k); here a
// candidate costs a few integer operations.
import type { Store } from './open-store.ts';
import { statement } from './statements.ts';
import { SIMHASH_BANDS, simhashBands } from './simhash.ts';

/** SimHash bits two copies of one report may differ by. */
export const NEAR_DUPLICATE_BITS = 6;

export interface NearDuplicateIndex {
  /** Highest document id read from the store. */
  seen: number;
  ids: number[];
  high: number[];
  low: number[];
  /** Per band, band value → positions in ids/high/low. */
  buckets: Array<Map<number, number[]>>;
}

const emptyIndex = (): NearDuplicateIndex => ({ seen: 0, ids: [], high: [], low: [], buckets: Array.from({ length: SIMHASH_BANDS }, () => new Map()) });

const halves = (h: bigint): [number, number] => [Number(h >> 32n), Number(h & 0xffffffffn)];

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function addOriginal(index: NearDuplicateIndex, id: number, sim: bigint): void {
  const [high, low] = halves(sim);
  const at = index.ids.push(id) - 1;
  index.high.push(high);
  index.low.push(low);
  simhashBands(sim).forEach((value, band) => {
    const bucket = index.buckets[band]!;
    const list = bucket.get(value);
    if (list) list.push(at); else bucket.set(value, [at]);
  });
  index.seen = Math.max(index.seen, id);
}

/** The earliest original within NEAR_DUPLICATE_BITS of `sim`, or null. */
export function findOriginal(index: NearDuplicateIndex, sim: bigint): number | null {
  const [high, low] = halves(sim);
  let best: number | null = null;
  simhashBands(sim).forEach((value, band) => {
    for (const at of index.buckets[band]!.get(value) ?? []) {
      const id = index.ids[at]!;
      if (best != null && id >= best) continue;
      if (popcount32(high ^ index.high[at]!) + popcount32(low ^ index.low[at]!) <= NEAR_DUPLICATE_BITS) best = id;
    }
  });
  return best;
}

const indexes = new WeakMap<Store, NearDuplicateIndex>();

/** The store's index, brought up to date with originals stored since (by this or another process). */
export function nearDuplicateIndex(db: Store): NearDuplicateIndex {
  const index = indexes.get(db) ?? emptyIndex();
  indexes.set(db, index);
  const rows = statement(db, 'SELECT id, simhash FROM documents WHERE id > ? AND duplicate_of IS NULL ORDER BY id').all(index.seen) as Array<{ id: number; simhash: string }>;
  for (const row of rows) addOriginal(index, row.id, BigInt(`0x${row.simhash}`));
  return index;
}

/** Forgets the store's index, after a transaction that touched it was rolled back. */
export function dropNearDuplicateIndex(db: Store): void {
  indexes.delete(db);
}
