// Loads the event rules of data/lexicon/event-rules.yaml (patterns over sentence skeletons, as
// relation rules are) and the event cues of data/lexicon/event-cues.yaml (death tolls, locatives).
import type { EventRule } from './types.ts';
import { EVENT_TYPES, type EventType } from '../ontology.ts';
import { readDataFile } from '../data-files.ts';
import { KnowledgeError } from '../errors.ts';
import { sharedRegExp } from '../text/index.ts';
import { compilePattern, compileTriggers, loadMemberNouns, requiredSlots } from '../relations/index.ts';

export function loadEventRules(dataDir?: string): EventRule[] {
  const FILE = 'lexicon/event-rules.yaml';
  const raw = readDataFile(FILE, dataDir);
  if (!Array.isArray(raw)) throw new KnowledgeError([`${FILE}: must be a list of rules`]);
  const memberNouns = loadMemberNouns(dataDir);
  const problems: string[] = [];
  const rules = raw.flatMap((r: Record<string, unknown>, i): EventRule[] => {
    const where = `${FILE}: rule ${i + 1}${r?.id ? ` (${String(r.id)})` : ''}`;
    const type = r?.event_type as EventType;
    const subs: readonly string[] = EVENT_TYPES[type] ?? [];
    if (typeof r?.id !== 'string') problems.push(`${where}: "id" is required`);
    if (!subs.length) { problems.push(`${where}: "event_type" must be one of ${Object.keys(EVENT_TYPES).join(', ')}`); return []; }
    if (!subs.includes(String(r.sub_event_type)) || (r.if_state != null && !subs.includes(String(r.if_state)))) { problems.push(`${where}: sub-event types must be ${type}'s: ${subs.join(', ')}`); return []; }
    if (typeof r.pattern !== 'string' || typeof r.example !== 'string') { problems.push(`${where}: "pattern" and "example" are required`); return []; }
    try {
      return [{ id: String(r.id), eventType: type, subEventType: String(r.sub_event_type), ifState: r.if_state ? String(r.if_state) : null, outcome: r.outcome === true, means: r.means === true, pattern: compilePattern(r.pattern, memberNouns), triggers: compileTriggers(r.pattern), minSlots: requiredSlots(r.pattern), example: r.example }];
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message}`);
      return [];
    }
  });
  if (problems.length) throw new KnowledgeError(problems);
  return rules;
}

export interface EventCues { patterns: RegExp[]; numbers: Map<string, number>; locative: RegExp }

export function loadEventCues(dataDir?: string): EventCues {
  const FILE = 'lexicon/event-cues.yaml';
  const raw = readDataFile(FILE, dataDir) as Record<string, unknown> | null;
  const numbers = new Map(Object.entries((raw?.numbers ?? {}) as Record<string, number>));
  const quals = raw?.qualifiers, pats = raw?.fatalities;
  if (!Array.isArray(quals) || !Array.isArray(pats) || !numbers.size) throw new KnowledgeError([`${FILE}: "numbers", "qualifiers" and "fatalities" are required`]);
  const Q = `(?:${quals.map((q) => String(q).replace(/ /g, '\\s+')).join('|')})`;
  const N = `(\\d{1,5}|${[...numbers.keys()].join('|')})`;
  if (typeof raw?.locative !== 'string') throw new KnowledgeError([`${FILE}: "locative" is required`]);
  return {
    numbers,
    locative: sharedRegExp(raw.locative, 'g'),
    patterns: pats.map((p) => sharedRegExp(String(p).replace('{Q_OPT}', `(?:${Q}\\s+)?`).replace('{Q}', Q).replace('{N}', N), 'gi')),
  };
}

/** The death toll a sentence gives, or null (none, a range, or a vague word). */
export function fatalitiesIn(sentence: string, cues: EventCues): number | null {
  for (const re of cues.patterns) {
    re.lastIndex = 0;
    const m = re.exec(sentence);
    if (!m) continue;
    // "250 to 300", "two or three": a range gives no toll.
    const around = sentence.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    if (/\d+\s*(?:to|-|–|or)\s*\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:to|or)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(around)) return null;
    const raw = m[1]!.toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : cues.numbers.get(raw);
    if (n !== undefined && n > 0 && n < 100000 && !/^(?:19|20)\d\d$/.test(raw)) return n;
  }
  return null;
}
