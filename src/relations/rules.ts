// Loads the relation rules of data/lexicon/relation-rules.yaml and the claim cues of
// data/lexicon/claim-cues.yaml, compiling each rule's pattern into a regular expression over a
// sentence skeleton (see skeleton.ts): {X}/{Y} become lists of actor slots, "..." any words
// without an actor, a space one or more spaces.
import type { ClaimCues, RelationRule } from './types.ts';
import { RELATION_TYPES, type RelationType } from '../ontology.ts';
import { readDataFile } from '../data-files.ts';
import { KnowledgeError } from '../errors.ts';
import { requiredSlots, triggerSources } from './rule-trigger.ts';
import { compileSourcePatterns } from './qualifiers.ts';
import { sharedRegExp } from '../text/index.ts';

const DETERMINER = '(?:(?:the|its|their|his|her|an?|another|both|other|rival|fellow|several|some|all|these|those)\\s+)*';
const ITEM = `${DETERMINER}⟪\\d+⟫`;
const JOIN = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as well as|along with|together with)\\s+|\\s+and\\s+other\\s+(?:members|components|factions|groups|units)\\s+of\\s+|\\s+and\\s+(?:an?|another)\\s+(?:[^\\s⟪⟦]+\\s+){0,3}?(?:group|faction|brigade|organi[sz]ation|militia|unit)\\s+(?:known as|called|named)\\s+)';
/** A list of actor slots; an item may carry a noun for its people ("Wagner Group mercenaries and ..."). */
function listOf(memberNouns: readonly string[]): string {
  const member = memberNouns.length ? `(?:\\s+(?:${memberNouns.join('|')}))?` : '';
  return `${ITEM}(?:${member}${JOIN}${ITEM})*`;
}

const CONJUNCTION = '(?:as|while|but|after|before|when|because|although|though|whereas|since|until)';

export function compilePattern(source: string, memberNouns: readonly string[] = []): RegExp {
  const LIST = listOf(memberNouns);
  const body = wordsOf(source.replace(/ ?\.\.\. ?/g, '\u0001'))
    .replace(/\{Xm\}/g, '(?<X>⟦\\d+⟧)')
    .replace(/\{Ym\}/g, '(?<Y>⟦\\d+⟧)')
    .replace(/\{X\}/g, `(?<X>${LIST})`)
    .replace(/\{Y\}/g, `(?<Y>${LIST})`)
    .replace(/\{ITS\}/g, '(?<ITS>\\bit[s]?)')
    .replace(/\{IT\}/g, '(?<ITS>\\b[Ii]t)')
    .replace(/\u0001/g, '[^⟪]{0,100}?');
  return sharedRegExp(body, 'giu');
}

/** The rule's triggers (rule-trigger.ts) as regular expressions, the longest first; none when it has none. */
export function compileTriggers(source: string): RegExp[] {
  return triggerSources(source).map((t) => sharedRegExp(wordsOf(t), 'iu'));
}

/** Words and gaps of a source: \S is a word character that is no slot, a space one or more spaces. */
function wordsOf(source: string): string {
  return source
    .replace(/\\S/g, '[^\\s⟪⟦]')
    .replace(/ /g, '\\s+')
    // A gap of words never runs across a clause conjunction ("missile strike on Marib as the coalition ...").
    .replace(/\(\?:\[\^\\s⟪⟦\]\+\\s\+\)/g, `(?:(?!${CONJUNCTION}\\b)[^\\s⟪⟦]+\\s+)`);
}

/** The nouns of data/lexicon/slot-nouns.yaml that may follow an actor inside a list of slots. */
export function loadMemberNouns(dataDir?: string): string[] {
  const raw = readDataFile('lexicon/slot-nouns.yaml', dataDir) as { member_nouns?: unknown } | null;
  const nouns = raw?.member_nouns;
  if (!Array.isArray(nouns) || !nouns.every((n) => typeof n === 'string' && /^[a-z ]+$/.test(n))) throw new KnowledgeError(['lexicon/slot-nouns.yaml: "member_nouns" must be a list of lower-case words']);
  return nouns;
}

export function loadRelationRules(dataDir?: string): RelationRule[] {
  const memberNouns = loadMemberNouns(dataDir);
  const FILE = 'lexicon/relation-rules.yaml';
  const raw = readDataFile(FILE, dataDir);
  const problems: string[] = [];
  if (!Array.isArray(raw)) throw new KnowledgeError([`${FILE}: must be a list of rules`]);
  const ids = new Set<string>();
  const rules = raw.flatMap((r: Record<string, unknown>, i): RelationRule[] => {
    const where = `${FILE}: rule ${i + 1}${r?.id ? ` (${String(r.id)})` : ''}`;
    if (typeof r?.id !== 'string' || ids.has(r.id)) { problems.push(`${where}: "id" must be a unique string`); return []; }
    ids.add(r.id);
    if (!RELATION_TYPES.includes(r.type as RelationType)) { problems.push(`${where}: "type" must be one of ${RELATION_TYPES.join(', ')}`); return []; }
    if (typeof r.pattern !== 'string' || !r.pattern.includes('{')) { problems.push(`${where}: "pattern" must name its slots`); return []; }
    if (typeof r.example !== 'string') { problems.push(`${where}: "example" is required`); return []; }
    try {
      return [{ id: r.id, type: r.type as RelationType, pattern: compilePattern(r.pattern, memberNouns), triggers: compileTriggers(r.pattern), minSlots: requiredSlots(r.pattern), swap: r.swap === true, pairwise: r.pairwise === true, background: r.background === true, example: r.example }];
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message}`);
      return [];
    }
  });
  if (problems.length) throw new KnowledgeError(problems);
  return rules;
}

export function loadClaimCues(dataDir?: string): ClaimCues {
  const FILE = 'lexicon/claim-cues.yaml';
  const raw = readDataFile(FILE, dataDir) as Record<string, unknown> | null;
  const re = (k: string, flags = 'iu'): RegExp => {
    const v = raw?.[k];
    if (typeof v !== 'string') throw new KnowledgeError([`${FILE}: "${k}" must be a pattern`]);
    try { return sharedRegExp(v, flags); } catch (err) { throw new KnowledgeError([`${FILE}: ${k}: ${(err as Error).message}`]); }
  };
  const verbs = raw?.speech_verbs, claimVerbs = raw?.claim_verbs;
  if (typeof verbs !== 'string' || typeof claimVerbs !== 'string') throw new KnowledgeError([`${FILE}: "speech_verbs" and "claim_verbs" must be lists joined by |`]);
  return {
    negation: re('negation'), deniedAfter: re('denied_after'), ellipticDenial: re('elliptic_denial'), hedge: re('hedge', 'giu'),
    accordingTo: re('according_to', 'u'), speechVerbs: verbs, claimVerbs, sources: compileSourcePatterns(verbs, claimVerbs), sourceTrailers: re('source_trailers'), vagueSource: re('vague_source'),
    timeRange: re('time_range'), timeSince: re('time_since'), timeUntil: re('time_until'),
    statementSource: re('statement_source'), subjectChange: re('subject_change'),
  };
}
