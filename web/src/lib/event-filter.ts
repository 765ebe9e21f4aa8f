// Which events the Map shows: a time window, an actor query and the event types left ticked,
// applied in the browser so that filtering is instant. Dates may be partial ("2014", "2023-11").

export interface EventLike { event_type: string; actors: string[]; targets: string[]; date: string | null }
export interface EventFilter { from: string; to: string; actor: string; hidden: readonly string[] }

export const NO_FILTER: EventFilter = { from: '', to: '', actor: '', hidden: [] };

/** The first and last day a (possibly partial) ISO date can mean: "2014" → 2014-01-01 … 2014-12-31. */
export function dateSpan(date: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-${new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate()}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Lower case, with underscores and punctuation as spaces: "Islamic_State" and "islamic state" agree. */
export const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Does the actor query match one of the event's actors or targets, by key or by name? */
export function matchesActor(e: EventLike, query: string, names: ReadonlyMap<string, string>): boolean {
  const q = fold(query);
  if (!q) return true;
  return [...e.actors, ...e.targets].some((key) => fold(key).includes(q) || fold(names.get(key) ?? '').includes(q));
}

/** Is the event inside the window? Partial dates count if they overlap it; undated events only when no window is set. */
export function inWindow(date: string | null, from: string, to: string): boolean {
  if (!from && !to) return true;
  const span = date ? dateSpan(date) : null;
  if (!span) return false;
  return (!from || span[1] >= from) && (!to || span[0] <= to);
}

export function matches(e: EventLike, f: EventFilter, names: ReadonlyMap<string, string>): boolean {
  return !f.hidden.includes(e.event_type) && inWindow(e.date, f.from, f.to) && matchesActor(e, f.actor, names);
}

/** Earliest and latest day of the events' dates, for the date inputs' bounds; null when none is dated. */
export function dateRange(events: readonly EventLike[]): { min: string; max: string } | null {
  const spans = events.map((e) => (e.date ? dateSpan(e.date) : null)).filter((s): s is [string, string] => s != null);
  if (spans.length === 0) return null;
  return { min: spans.map((s) => s[0]).sort()[0]!, max: spans.map((s) => s[1]).sort().at(-1)! };
}

/** Event types in a stable order: the known ones (in the palette's order) then any others, by name. */
export function typesOf(events: readonly EventLike[], known: readonly string[]): string[] {
  const seen = new Set(events.map((e) => e.event_type));
  return [...known, ...[...seen].filter((t) => !known.includes(t)).sort()];
}
