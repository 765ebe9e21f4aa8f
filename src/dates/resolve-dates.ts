// Finds dates in text and resolves them against an anchor (the publication date): absolute
// dates ("Nov. 27, 2024", "23 July 2013", "September 2001", "in 2018"), month-days without a
// year ("on July 12": the anchor's year, or the year before when that would be in the future),
// parts of months ("late November", "mid-August"), weekdays ("on Tuesday": the last one before
// the anchor) and relative forms ("earlier today", "earlier this month", "last year", "weeks ago").
import type { DateMention, DatePrecision, DateWords } from './types.ts';
import { readDataFile } from '../data-files.ts';
import { KnowledgeError } from '../errors.ts';
import { sharedRegExp } from '../text/index.ts';

export function loadDateWords(dataDir?: string): DateWords {
  const raw = readDataFile('lexicon/dates.yaml', dataDir) as Record<string, unknown> | null;
  const months = new Map<string, number>();
  const list = raw?.months as Record<string, string[]> | undefined;
  if (!list || Object.keys(list).length !== 12) throw new KnowledgeError(['lexicon/dates.yaml: "months" must name the 12 months']);
  Object.entries(list).forEach(([name, abbr], i) => { months.set(name, i + 1); for (const a of abbr ?? []) months.set(a, i + 1); });
  const strings = (k: string) => {
    const v = raw?.[k];
    if (!Array.isArray(v)) throw new KnowledgeError([`lexicon/dates.yaml: "${k}" must be a list`]);
    return v.map(String);
  };
  return { months, weekdays: strings('weekdays'), qualifiers: strings('qualifiers') };
}

interface Pattern { re: RegExp; read(m: RegExpExecArray, anchor: Anchor): { date: string; precision: DatePrecision; rule: string } | null }
interface Anchor { y: number; m: number; d: number }

export function compileDatePatterns(w: DateWords): Pattern[] {
  const month = `(${[...w.months.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
  const qual = `(?:(?:${w.qualifiers.map((q) => q.replace(/ /g, '\\s+')).join('|')})[-\\s]+)?`;
  const mon = (s: string) => w.months.get(s.toLowerCase().replace(/\.$/, ''))!;
  const weekday = `(${w.weekdays.join('|')})`;
  const P = (re: string, read: Pattern['read']): Pattern => ({ re: sharedRegExp(re, 'gi'), read });
  return [
    // Nov. 27, 2024 / July 23, 2013
    P(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, (m) => day(+m[3]!, mon(m[1]!), +m[2]!, 'absolute')),
    // 23 July 2013 / the 22nd and 23rd of July 2013
    P(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month},?\\s+((?:19|20)\\d\\d)\\b`, (m) => day(+m[3]!, mon(m[2]!), +m[1]!, 'absolute')),
    // on July 12 / June 30 (the anchor's year, or the one before if that is in the future)
    P(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d\\d)`, (m, a) => pastDay(mon(m[1]!), +m[2]!, a)),
    // the 22nd and 23rd of July / 12 July
    P(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}\\b(?!,?\\s*(?:19|20)\\d\\d)`, (m, a) => pastDay(mon(m[2]!), +m[1]!, a)),
    // late November 2014 / September 2001
    P(`\\b${qual}${month},?\\s+((?:19|20)\\d\\d)\\b`, (m) => ({ date: `${m[2]}-${pad(mon(m[1]!))}`, precision: 'month', rule: 'absolute_month' })),
    // in March / late November / mid-August (the last such month up to the anchor)
    P(`\\b(?:in|since|until|by|during|from|early|mid|late|end of|beginning of|since late|since early)[-\\s]+(?:the\\s+)?${qual}${month}\\b(?!\\s+\\d)`, (m, a) => pastMonth(mon(m[1]!), a)),
    // earlier today / today / yesterday
    P(`\\b(earlier today|today|this morning|tonight|yesterday|last night)\\b`, (m, a) => {
      const back = /yesterday|last night/i.test(m[1]!) ? 1 : 0;
      return shift(a, back, 'relative:day');
    }),
    // earlier this month / this month / last month
    P(`\\b(earlier this|this|last|late last|early last)\\s+(month|year)\\b`, (m, a) => {
      const last = /last/i.test(m[1]!);
      if (/month/i.test(m[2]!)) { const mm = last ? (a.m === 1 ? 12 : a.m - 1) : a.m; const yy = last && a.m === 1 ? a.y - 1 : a.y; return { date: `${yy}-${pad(mm)}`, precision: 'month', rule: 'relative:month' }; }
      return { date: String(last ? a.y - 1 : a.y), precision: 'year', rule: 'relative:year' };
    }),
    // on Tuesday (the last Tuesday up to the anchor)
    P(`\\b(?:on|last|this past)\\s+${weekday}\\b`, (m, a) => lastWeekday(w.weekdays.indexOf(m[1]!.toLowerCase()), a)),
    // weeks ago / days ago / a week ago
    P(`\\b(?:(\\d+|a|one|two|three|several|a few)\\s+)?(days?|weeks?)\\s+(?:ago|earlier|before|after)\\b`, (m, a) => {
      const n = /\d/.test(m[1] ?? '') ? +m[1]! : /two/i.test(m[1] ?? '') ? 2 : /three/i.test(m[1] ?? '') ? 3 : /week/i.test(m[2]!) && !m[1] ? 3 : 1;
      const days = /week/i.test(m[2]!) ? n * 7 : n;
      const d = shift(a, days, 'relative:ago');
      return days > 6 ? { date: d.date.slice(0, 7), precision: 'month', rule: 'relative:ago' } : d;
    }),
    // in 2018 / since 2011 / mid-2014
    P(`\\b(?:in|since|until|by|during|from|early|mid|late|of|before|after)[-\\s]+((?:19|20)\\d\\d)\\b`, (m) => ({ date: m[1]!, precision: 'year', rule: 'absolute_year' })),
  ];
}

/** Dates of a text, resolved against the anchor; each span once, first pattern wins. */
export function findDates(text: string, patterns: readonly Pattern[], anchor: string | null): DateMention[] {
  const a = toAnchor(anchor);
  const out: DateMention[] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index, end = m.index + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const needsAnchor = !/absolute/.test(p.read(m, a ?? { y: 2000, m: 1, d: 1 })?.rule ?? '');
      if (needsAnchor && !a) continue;
      const r = p.read(m, a ?? { y: 2000, m: 1, d: 1 });
      if (r && valid(r.date)) out.push({ start, end, text: m[0], ...r });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The publication date a text implies when it has none: its latest full date, else its latest year. */
export function inferAnchor(dates: readonly DateMention[]): { date: string; reason: string } | null {
  const days = dates.filter((d) => d.rule === 'absolute' && d.precision === 'day').sort((a, b) => b.date.localeCompare(a.date));
  if (days[0]) return { date: days[0].date, reason: `latest full date in the text: "${days[0].text}"` };
  const years = dates.filter((d) => d.rule.startsWith('absolute')).map((d) => d.date.slice(0, 4)).sort().reverse();
  if (years[0]) return { date: `${years[0]}-12-31`, reason: `latest year in the text: ${years[0]} (month and day unknown)` };
  return null;
}

function toAnchor(iso: string | null): Anchor | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

function day(y: number, m: number, d: number, rule: string) {
  return { date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' as const, rule };
}

function pastDay(m: number, d: number, a: Anchor) {
  const y = m > a.m || (m === a.m && d > a.d + 1) ? a.y - 1 : a.y;
  return day(y, m, d, 'month_day+anchor_year');
}

function pastMonth(m: number, a: Anchor) {
  const y = m > a.m ? a.y - 1 : a.y;
  return { date: `${y}-${pad(m)}`, precision: 'month' as const, rule: 'month+anchor_year' };
}

function shift(a: Anchor, days: number, rule: string) {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d - days));
  return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), rule);
}

function lastWeekday(wd: number, a: Anchor) {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d));
  const today = (t.getUTCDay() + 6) % 7; // Monday = 0
  return shift(a, (today - wd + 7) % 7, 'relative:weekday');
}

function valid(date: string): boolean {
  if (date.length === 4) return true;
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return t.getUTCFullYear() === y && t.getUTCMonth() === (m ?? 1) - 1 && (d === undefined || t.getUTCDate() === d);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
