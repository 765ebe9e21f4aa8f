// Turns a file's bytes into text, refusing what is not a text document: too large, binary,
// not UTF-8, empty. A byte-order mark is kept so that offsets match the file as Node reads it.
import { IngestError } from '../errors.ts';

export interface DecodeOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_DECODE: DecodeOptions = { maxBytes: 16 * 1024 * 1024 };

export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = DEFAULT_DECODE): string {
  if (bytes.length > options.maxBytes) {
    throw new IngestError(file, `too large (${mb(bytes.length)} MB; the limit is ${mb(options.maxBytes)} MB)`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new IngestError(file, 'binary file (NUL bytes), not a text document');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError(file, `not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)})`);
  }
  if (!text.replace(/^\uFEFF/, '').trim()) throw new IngestError(file, 'empty document');
  return text;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0, hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
