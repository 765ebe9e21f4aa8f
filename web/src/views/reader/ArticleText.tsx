// The article as React text, shaded by section and marked where actors, places, dates and the
// evidence of relations and events were found. Never raw HTML: sources are untrusted.
import type { ReactNode } from 'react';
import { segments, type Segment } from '../../lib/segments.ts';
import { LAYERS, identityOf, type Annotation, type Layer, type SectionSpan } from '../../lib/annotations.ts';
import { colourOf, EVENT_COLOURS, FAMILY_COLOURS, familyOf, KIND_COLOURS } from '../../lib/palette.ts';

type Piece = Annotation | SectionSpan;
interface Props {
  text: string; sections: SectionSpan[]; annotations: Annotation[]; selected: Set<string>;
  onPick: (covering: Annotation[], layer: Layer) => void;
}

const TAGS = { boilerplate: 'boilerplate — not reporting', comment: 'comments — not reporting' } as const;

function colour(group: Annotation[]): string {
  const a = group[0]!;
  if (a.layer === 'event') return colourOf(EVENT_COLOURS, a.event.event_type);
  if (a.layer === 'relation') return colourOf(FAMILY_COLOURS, familyOf(a.relation.type));
  if (a.layer === 'actor') return colourOf(KIND_COLOURS, a.actor.kind);
  return '';
}

/** Extra classes for a relation band: negated (wavy red), hedged or attributed (dotted). */
function relationClass(group: Annotation[]): string {
  const rels = group.flatMap((a) => (a.layer === 'relation' ? [a.relation] : []));
  if (rels.some((r) => r.negated)) return ' negated';
  return rels.every((r) => r.certainty !== 'asserted') && rels.length ? ' hedged' : '';
}

function renderSegment(seg: Segment<Piece>, props: Props): ReactNode {
  const covering = seg.annotations.filter((a): a is Annotation => a.layer !== 'section');
  let node: ReactNode = seg.text;
  // Innermost layer (actor) first, so events and relations wrap the marks inside them.
  for (const layer of [...LAYERS].reverse()) {
    const group = covering.filter((a) => a.layer === layer);
    if (!group.length) continue;
    const sel = group.some((a) => props.selected.has(identityOf(a))) ? ' sel' : '';
    const extra = layer === 'relation' ? relationClass(group) : '';
    node = (
      <span className={`hl hl-${layer}${extra}${sel}`} data-testid={`hl-${layer}`} style={{ ['--c' as string]: colour(group) }}
        title={group.length > 1 ? `${group.length} ${layer}s` : undefined}
        onClick={(e) => { e.stopPropagation(); props.onPick(covering, layer); }}>{node}</span>
    );
  }
  return <span key={seg.start}>{node}</span>;
}

export function ArticleText(props: Props) {
  const segs = segments<Piece>(props.text, [...props.sections, ...props.annotations]);
  // Consecutive segments under the same section become one shaded block.
  const blocks: Array<{ kind: string; start: number; segs: Segment<Piece>[] }> = [];
  for (const seg of segs) {
    const kind = (seg.annotations.find((a): a is SectionSpan => a.layer === 'section')?.kind) ?? 'body';
    const last = blocks[blocks.length - 1];
    if (last && last.kind === kind) last.segs.push(seg);
    else blocks.push({ kind, start: seg.start, segs: [seg] });
  }
  return (
    <div className="reader-text" data-testid="reader-text">
      {blocks.map((b) => b.kind === 'body'
        ? <span key={b.start}>{b.segs.map((s) => renderSegment(s, props))}</span>
        // The tag is drawn by CSS (::before from data-tag) so it never mixes with the article's own text.
        : <span key={b.start} className={`sec sec-${b.kind}`} data-testid={`section-${b.kind}`}
            data-tag={TAGS[b.kind as keyof typeof TAGS] ?? b.kind}>{b.segs.map((s) => renderSegment(s, props))}</span>)}
    </div>
  );
}
