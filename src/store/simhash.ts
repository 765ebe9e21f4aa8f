// A 64-bit SimHash of a text's word 3-grams: syndicated copies of one report (a headline or a
// byline changed) land a few bits apart, different reports far apart. Each 3-gram is hashed in
// plain integer arithmetic (two string hashes, each scrambled by MurmurHash3's finaliser): a
// cryptographic hash per 3-gram made this a millisecond an article, the costliest part of storing.

export function simhash(text: string): bigint {
  const words = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Int32Array(64);
  const add = (shingle: string) => {
    const [low, high] = shingleHash(shingle);
    for (let b = 0; b < 32; b++) {
      weights[b]! += (low >>> b) & 1 ? 1 : -1;
      weights[b + 32]! += (high >>> b) & 1 ? 1 : -1;
    }
  };
  if (words.length < 3) { if (words.length) add(words.join(' ')); } else for (let i = 0; i + 2 < words.length; i++) add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  let out = 0n;
  for (let b = 0; b < 64; b++) if (weights[b]! > 0) out |= 1n << BigInt(b);
  return out;
}

/** Two 32-bit hashes of a string: FNV-1a and a multiply-by-31 hash, each finalised. */
function shingleHash(s: string): [number, number] {
  let a = 0x811c9dc5, b = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 31) + c) | 0;
  }
  return [finalise(a), finalise(b ^ 0x9e3779b9)];
}

function finalise(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
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
