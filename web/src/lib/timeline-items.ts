// Events and relation claims as one list of dated marks for the Timeline: each with the time range
// it covers, its colour, and whether its date is its own or only the article's publication date.
import type { EventRow } from '../api.ts';
import type { RelationRow } from './relations-api.ts';
import { rangeOf, type TimeRange } from './time-axis.ts';
import { colourOf, EVENT_COLOURS, FAMILY_COLOURS, familyOf } from './palette.ts';

interface Common { key: string; date: string; range: TimeRange; approx: boolean; colour: string; document_id: number; title: string | null }
export type TimelineItem =
  | (Common & { kind: 'event'; event: EventRow })
  | (Common & { kind: 'relation'; relation: RelationRow });

/** Events keep their own date, falling back to the article's; claims are dated by the article that made them. */
export function timelineItems(events: EventRow[], relations: RelationRow[], published: Map<number, string | null>): { items: TimelineItem[]; undated: number } {
  const items: TimelineItem[] = [];
  let undated = 0;
  for (const e of events) {
    const date = e.date ?? published.get(e.document_id) ?? null;
    const range = rangeOf(date);
    if (!date || !range) { undated++; continue; }
    items.push({ kind: 'event', key: `e${e.id}`, date, range, approx: !e.date, colour: colourOf(EVENT_COLOURS, e.event_type), document_id: e.document_id, title: e.title, event: e });
  }
  for (const r of relations) {
    const range = rangeOf(r.published);
    if (!r.published || !range) { undated++; continue; }
    items.push({ kind: 'relation', key: `r${r.id}`, date: r.published, range, approx: false, colour: colourOf(FAMILY_COLOURS, familyOf(r.type)), document_id: r.document_id, title: r.title, relation: r });
  }
  items.sort((a, b) => a.range.start - b.range.start || a.key.localeCompare(b.key));
  return { items, undated };
}

/** A one-line description, with actor keys turned into names. */
export function describe(item: TimelineItem, nameOf: (key: string) => string): string {
  if (item.kind === 'event') {
    const e = item.event;
    const who = e.actors.map(nameOf).join(', ');
    return `${e.sub_event_type || e.event_type}${e.location_name ? ` in ${e.location_name}` : ''}${who ? ` — ${who}` : ''}${e.targets.length ? ` vs ${e.targets.map(nameOf).join(', ')}` : ''}`;
  }
  const r = item.relation;
  return `${nameOf(r.source)} ${r.negated ? 'NOT ' : ''}${r.type} ${nameOf(r.target)}`;
}
