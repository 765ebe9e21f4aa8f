// The Timeline's SVG: events as dots in one lane, relation claims as diamonds in another, on a
// shared time axis. Drag across the chart to zoom in; double-click to zoom back out.
import { useEffect, useMemo, useRef, useState } from 'react';
import { domainOf, midOf, scale, stack, ticksOf, type TimeRange } from '../../lib/time-axis.ts';
import { describe, type TimelineItem } from '../../lib/timeline-items.ts';

interface Props { items: TimelineItem[]; selected: string | null; onSelect: (item: TimelineItem) => void; nameOf: (key: string) => string }

const LEFT = 96, RIGHT = 20, ROW = 13, PAD = 14, AXIS = 26;

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  useEffect(() => {
    if (!ref.current) return;
    const ro = new ResizeObserver(([e]) => e && setWidth(Math.max(400, e.contentRect.width)));
    ro.observe(ref.current);
    return () => ro.disconnect();
  }, []);
  return { ref, width };
}

function Mark({ item, x, y, x0, x1, selected }: { item: TimelineItem; x: number; y: number; x0: number; x1: number; selected: boolean }) {
  const c = item.colour;
  const span = x1 - x0 > 3 && <line x1={x0} x2={x1} y1={y} y2={y} stroke={c} strokeOpacity={0.35} strokeWidth={4} strokeLinecap="round" />;
  const ring = selected && <circle cx={x} cy={y} r={8.5} fill="none" stroke="#1d2330" strokeWidth={1.5} />;
  if (item.kind === 'event') {
    return <>{span}{ring}<circle cx={x} cy={y} r={4.5} fill={item.approx ? '#fff' : c} stroke={c} strokeWidth={1.5} /></>;
  }
  const r = item.relation;
  const hollow = r.certainty !== 'asserted';
  return (
    <>{span}{ring}
      <path d={`M${x},${y - 5.5}L${x + 5.5},${y}L${x},${y + 5.5}L${x - 5.5},${y}Z`} fill={hollow ? '#fff' : c} stroke={c} strokeWidth={1.5} strokeDasharray={hollow ? '2 1.5' : undefined} />
      {r.negated && <line x1={x - 6} y1={y + 6} x2={x + 6} y2={y - 6} stroke="#b42318" strokeWidth={2} />}
    </>
  );
}

export function TimelineChart({ items, selected, onSelect, nameOf }: Props) {
  const { ref, width } = useWidth();
  const full = useMemo(() => domainOf(items.map((i) => i.range)), [items]);
  const [zoom, setZoom] = useState<TimeRange | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [hover, setHover] = useState<{ item: TimelineItem; x: number; y: number } | null>(null);
  useEffect(() => setZoom(null), [items]);
  const domain = zoom ?? full;
  if (!domain) return <div ref={ref} className="timeline-empty muted" data-testid="timeline">Nothing dated to show.</div>;

  const x = scale(domain, LEFT, width - RIGHT);
  const visible = items.filter((i) => midOf(i.range) >= domain.start && midOf(i.range) <= domain.end);
  const lanes = (['event', 'relation'] as const).map((kind) => {
    const its = visible.filter((i) => i.kind === kind);
    const rows = stack(its.map((i) => x(midOf(i.range))), 11);
    return { kind, its, rows, height: (Math.max(0, ...rows) + 1) * ROW + 2 * PAD };
  });
  const laneTop = [0, lanes[0]!.height];
  const height = lanes[0]!.height + lanes[1]!.height + AXIS;
  const toTime = (px: number) => domain.start + ((px - LEFT) / (width - RIGHT - LEFT)) * (domain.end - domain.start);
  const localX = (e: React.MouseEvent) => e.clientX - (e.currentTarget as SVGSVGElement).getBoundingClientRect().left;
  const endDrag = () => {
    if (drag && Math.abs(drag.to - drag.from) > 6) {
      const [a, b] = [drag.from, drag.to].sort((p, q) => p - q) as [number, number];
      setZoom({ start: toTime(a), end: toTime(b) });
    }
    setDrag(null);
  };

  return (
    <div ref={ref} className="timeline-chart" data-testid="timeline">
      <div className="timeline-tools small muted">
        {visible.length} of {items.length} shown · drag across the chart to zoom
        {zoom && <button className="link-button" onClick={() => setZoom(null)}>reset zoom</button>}
      </div>
      <svg width={width} height={height} onMouseDown={(e) => { const px = localX(e); setDrag({ from: px, to: px }); }}
        onMouseMove={(e) => drag && setDrag({ ...drag, to: localX(e) })} onMouseUp={endDrag} onMouseLeave={() => { setDrag(null); setHover(null); }}
        onDoubleClick={() => setZoom(null)}>
        {lanes.map((l, li) => (
          <g key={l.kind} transform={`translate(0,${laneTop[li]})`}>
            <rect x={LEFT} width={width - LEFT - RIGHT} height={l.height} fill={li ? '#fafbfc' : '#fff'} stroke="#d9dee7" />
            <text x={LEFT - 8} y={l.height / 2} textAnchor="end" dominantBaseline="middle" className="lane-label">{l.kind === 'event' ? 'events' : 'relation claims'}</text>
            <text x={LEFT - 8} y={l.height / 2 + 13} textAnchor="end" dominantBaseline="middle" className="lane-count">{l.its.length}</text>
          </g>
        ))}
        {ticksOf(domain, Math.max(4, Math.floor(width / 90))).map((t) => (
          <g key={t.t}>
            <line x1={x(t.t)} x2={x(t.t)} y1={0} y2={height - AXIS + 4} stroke={t.major ? '#c9cfd9' : '#e8ebf0'} />
            <text x={x(t.t)} y={height - AXIS + 16} textAnchor="middle" className={t.major ? 'tick major' : 'tick'}>{t.label}</text>
          </g>
        ))}
        {lanes.map((l, li) => l.its.map((item, k) => {
          const cy = laneTop[li]! + PAD + l.rows[k]! * ROW + ROW / 2;
          const cx = x(midOf(item.range));
          return (
            <g key={item.key} className="tl-mark" data-testid={`timeline-${item.kind}`} onMouseDown={(e) => e.stopPropagation()}
              onClick={() => onSelect(item)} onMouseEnter={() => setHover({ item, x: cx, y: cy })} onMouseLeave={() => setHover(null)}>
              <Mark item={item} x={cx} y={cy} x0={x(item.range.start)} x1={x(item.range.end)} selected={item.key === selected} />
            </g>
          );
        }))}
        {drag && <rect x={Math.min(drag.from, drag.to)} width={Math.abs(drag.to - drag.from)} y={0} height={height - AXIS} fill="#2456c8" fillOpacity={0.1} />}
      </svg>
      {hover && (
        <div className="tl-tip" style={{ left: Math.min(hover.x + 12, width - 320), top: hover.y + 30 }}>
          <div><strong>{hover.item.date}</strong>{hover.item.approx && <span className="muted"> (article date)</span>}</div>
          <div>{describe(hover.item, nameOf)}</div>
          <div className="muted small">{hover.item.kind === 'relation' ? hover.item.relation.certainty : hover.item.event.event_type} · click for evidence</div>
        </div>
      )}
    </div>
  );
}
