// Cuts a text at every boundary of a set of possibly overlapping spans, so that the Reader can
// render each piece once with all the annotations (actor, date, relation evidence…) that cover it.

export interface SpanLike { start: number; end: number }
export interface Segment<A> { start: number; end: number; text: string; annotations: A[] }

/** Segments covering the whole text in order; spans are clamped to the text and empty ones dropped. */
export function segments<A extends SpanLike>(text: string, spans: readonly A[]): Segment<A>[] {
  const length = text.length;
  if (length === 0) return [];
  const clamp = (n: number) => Math.max(0, Math.min(length, Math.floor(n)));
  const kept = spans
    .map((span, order) => ({ span, order, start: clamp(span.start), end: clamp(span.end) }))
    .filter((s) => Number.isFinite(s.span.start) && Number.isFinite(s.span.end) && s.end > s.start);

  const cuts = [...new Set([0, length, ...kept.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const byStart = [...kept].sort((a, b) => a.start - b.start || a.order - b.order);
  const out: Segment<A>[] = [];
  let active: typeof kept = [];
  let next = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    active = active.filter((s) => s.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    // Input order, not opening order, so that a caller's layer ordering survives.
    const annotations = [...active].sort((a, b) => a.order - b.order).map((s) => s.span);
    out.push({ start, end, text: text.slice(start, end), annotations });
  }
  return out;
}
