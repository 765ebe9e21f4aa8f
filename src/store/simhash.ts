// A 64-bit SimHash of a text's word 3-grams: syndicated copies of one report (a headline or a
// byline changed) land a few bits apart, different reports far apart.
import { createHash } from 'node:crypto';

export function simhash(text: string): bigint {
  const words = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Array<number>(64).fill(0);
  for (let i = 0; i + 2 < words.length || (i === 0 && words.length); i++) {
    const shingle = words.slice(i, i + 3).join(' ');
    const h = createHash('sha1').update(shingle).digest();
    for (let b = 0; b < 64; b++) weights[b]! += (h[b >> 3]! >> (b & 7)) & 1 ? 1 : -1;
    if (words.length < 3) break;
  }
  let out = 0n;
  for (let b = 0; b < 64; b++) if (weights[b]! > 0) out |= 1n << BigInt(b);
  return out;
}

export function hammingDistance(a: bigint, b: bigint): number {
  let x = a ^ b, n = 0;
  while (x) { x &= x - 1n; n++; }
  return n;
}

/** Seven bands of a SimHash (nine bits each, ten in the last): two hashes at most six bits apart
 * agree on at least one band, so near-duplicates are found among those sharing a band. */
export const SIMHASH_BANDS = 7;

export function simhashBands(h: bigint): number[] {
  const out: number[] = [];
  for (let band = 0, bit = 0; band < SIMHASH_BANDS; band++) {
    const width = band === SIMHASH_BANDS - 1 ? 64 - bit : 9;
    out.push(Number((h >> BigInt(bit)) & ((1n << BigInt(width)) - 1n)));
    bit += width;
  }
  return out;
}
