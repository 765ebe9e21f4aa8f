// Lookups in sorted, non-overlapping spans (sections, sentences) by offset.

export interface SpanLike { start: number; end: number }

/** Index of the span holding an offset (binary search), or -1. */
export function spanIndexAt(spans: readonly SpanLike[], offset: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The items of a list sorted by start whose start lies in [from, to) (binary search, then a walk). */
export function startingWithin<T extends { start: number }>(sorted: readonly T[], from: number, to: number): T[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1; else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end]!.start < to) end++;
  return sorted.slice(lo, end);
}
