// Finds armed groups that are in no dictionary, from the way group names are built: Arabic head
// words ("Ansar al Khilafah"), English heads ("Amjad al Islam Brigade", "Army of Islam"), naming
// cues ("a group known as the X") and enumerations ("made up of five brigades: A, B, C and D").
import type { Lexicon } from '../knowledge/index.ts';
import type { Token } from '../text/index.ts';
import type { ActorKind } from '../ontology.ts';
import { readName, contentTokens, type NameReader } from './name-span.ts';
import { firstTokenFrom, sharedRegExp } from '../text/index.ts';

export interface FoundName {
  from: number;
  to: number;
  kind: ActorKind;
  /** Which pattern found it: "arabic_head", "english_tail_head", "head_of", "naming_cue", "enumeration". */
  rule: string;
}

export interface GroupPatterns {
  arabicHeads: Set<string>;
  tailHeads: Set<string>;
  tailPhrases: string[][];
  headOf: Set<string>;
  coalitionHeads: string[][];
  notNameWords: Set<string>;
  cue: RegExp;
  enumeration: RegExp;
  maxItemWords: number;
  acronymContext: Set<string>;
}

export function compileGroupPatterns(lex: Lexicon): GroupPatterns {
  const words = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase().replace(/['’]/g, '')));
  const alt = (xs: string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|');
  return {
    arabicHeads: words(lex.arabicHeads),
    tailHeads: words(lex.englishTailHeads),
    tailPhrases: lex.englishTailPhrases.map((p) => p.toLowerCase().split(/\s+/)),
    headOf: words(lex.englishHeadOf),
    coalitionHeads: lex.coalitionHeads.map((p) => p.toLowerCase().split(/\s+/)),
    notNameWords: new Set(lex.notNameStarts.map((w) => w.toLowerCase())),
    cue: sharedRegExp(`\\b(?:${alt(lex.namingCueNouns)})\\s+(?:${alt(lex.namingCueVerbs)})\\s+(?:the\\s+)?(?=["“‘]?\\p{Lu})`, 'giu'),
    enumeration: sharedRegExp(`(?:\\b(?:${alt(lex.enumerationCues)})\\s+(?:the\\s+following\\s+|some\\s+|several\\s+|\\w+\\s+)?(?:${alt(lex.enumerationNouns)})\\s*:?\\s*|\\b(?:${alt(lex.enumerationNouns)}),?\\s+(?:such\\s+as|including|namely)\\s+|\\b(?:made up of|composed of|comprised of|consisting of)\\s+)`, 'giu'),
    maxItemWords: lex.enumerationMaxWords,
    acronymContext: new Set(lex.acronymContext.map((w) => w.toLowerCase())),
  };
}

export function discoverGroups(r: NameReader, p: GroupPatterns, sentenceStarts: ReadonlySet<number>, titleCase: (i: number) => boolean): FoundName[] {
  const found: FoundName[] = [];
  const { tokens } = r;
  const kindOf = (from: number, to: number): ActorKind => {
    const words = tokens.slice(from, to).map((t) => t.raw.toLowerCase());
    return p.coalitionHeads.some((h) => words.some((_, i) => h.every((w, k) => words[i + k] === w))) ? 'coalition' : 'armed_group';
  };
  const take = (from: number, to: number, rule: string) => {
    while (from < to && (tokens[from]!.article || p.notNameWords.has(tokens[from]!.raw.toLowerCase()))) from++;
    // "Coalition Forces", "Special Forces": head words and generic words alone name no one.
    const content = contentTokens(tokens, from, to).map((t) => t.raw.toLowerCase());
    if (content.every((w) => p.tailHeads.has(w) || p.notNameWords.has(w) || r.connectors.has(w))) return;
    if (contentTokens(tokens, from, to).length < 2 && !['enumeration', 'naming_cue', 'acronym_context'].includes(rule)) return;
    if (to <= from || found.some((f) => f.from < to && from < f.to)) return;
    found.push({ from, to, kind: kindOf(from, to), rule });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (r.covered[i] || !t.capitalized) continue;
    const w = t.raw.toLowerCase().replace(/['’]/g, '');
    // "Ansar al Khilafah", "Liwa al-Quds": an Arabic head followed by a name.
    if (p.arabicHeads.has(w) && !(sentenceStarts.has(i) && p.notNameWords.has(w))) {
      const end = readName(r, i);
      if (end > i + 1) { take(i, end, 'arabic_head'); i = end - 1; continue; }
    }
    // "Army of Islam", "Swords of the Most Compassionate"; capitalised words right before the head
    // belong to the name ("Islamic Movement of ...").
    if (p.headOf.has(w) && tokens[i + 1]?.raw === 'of' && !titleCase(i)) {
      const end = readName(r, i);
      if (end > i + 2) { take(leadingNameWords(r, i, p, sentenceStarts), end, 'head_of'); i = end - 1; continue; }
    }
  }
  // "Amjad Al Islam Brigade", "Manbij Military Council": a name that ends with an English head.
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (r.covered[j] || !t.capitalized) continue;
    const word = t.raw.toLowerCase();
    const phrase = p.tailPhrases.find((ph) => ph[ph.length - 1] === word && ph.every((w, k) => tokens[j - ph.length + 1 + k]?.raw.toLowerCase() === w));
    if ((!phrase && !p.tailHeads.has(word)) || titleCase(j)) continue;
    let s = j - (phrase ? phrase.length - 1 : 0);
    let crossedOf = false;
    for (let k = s - 1; k >= 0 && !r.covered[k]; k--) {
      const w = r.tokens[k]!;
      if (!w.capitalized || w.article) {
        if (!startsName(r, k)) break;
        if (w.raw === 'of' || w.raw === 'for') crossedOf = true;
        continue;
      }
      // "Fighters of the X Brigade": only a head word opens a name across "of" ("Army of ...").
      if (crossedOf && !p.headOf.has(w.raw.toLowerCase())) break;
      crossedOf = false;
      if (readName(r, k) > j) s = k; else break;
    }
    while (s < j && (r.tokens[s]!.article || r.connectors.has(r.tokens[s]!.raw))) s++;
    // "the 103rd Infantry Brigade", "444 Combat Brigade": a number opens a unit's name.
    if (s > 0 && s < j + 1 && /^\d+(st|nd|rd|th)?$/i.test(r.tokens[s - 1]!.raw) && !r.covered[s - 1] && /^ $/.test(r.text.slice(r.tokens[s - 1]!.end, r.tokens[s]!.start))) s--;
    while (s < j && (sentenceStarts.has(s) || p.notNameWords.has(tokens[s]!.raw.toLowerCase())) && !tokens[s]!.article && isCommonStart(r, s, p)) s++;
    if (s < j - (phrase ? phrase.length - 1 : 0)) take(s, readName(r, s) > j ? readName(r, s) : j + 1, 'english_tail_head');
  }
  // "ISWAP fighters", "ISKP claimed": an unknown acronym doing what groups do.
  tokens.forEach((t, i) => {
    if (r.covered[i] || !t.allCaps || !/^\p{Lu}{3,6}$/u.test(t.raw) || p.notNameWords.has(t.raw.toLowerCase())) return;
    const next = tokens[i + 1];
    if (next && !next.capitalized && p.acronymContext.has(next.raw.toLowerCase())) take(i, i + 1, 'acronym_context');
  });
  for (const m of r.text.matchAll(p.cue)) {
    const i = firstTokenFrom(tokens, m.index + m[0].length);
    if (i >= tokens.length) continue;
    const end = readName(r, i);
    if (end > i) take(i, end, 'naming_cue');
  }
  for (const m of r.text.matchAll(p.enumeration)) enumerationItems(r, m.index + m[0].length, p, take);
  return found;
}

/** The first of the capitalised words written right before token `i` that can open a name. */
function leadingNameWords(r: NameReader, i: number, p: GroupPatterns, sentenceStarts: ReadonlySet<number>): number {
  let s = i;
  for (let k = i - 1; k >= 0; k--) {
    const t = r.tokens[k]!;
    if (r.covered[k] || !t.capitalized || t.article || p.notNameWords.has(t.raw.toLowerCase())) break;
    if (!/^ $/.test(r.text.slice(t.end, r.tokens[k + 1]!.start))) break;
    if (sentenceStarts.has(k) && isCommonStart(r, k, p)) break;
    s = k;
  }
  return s;
}

function startsName(r: NameReader, i: number): boolean {
  const t = r.tokens[i]!;
  return t.capitalized || t.article || r.connectors.has(t.raw.toLowerCase());
}

/** A capitalised first word that is only capitalised because it opens the sentence ("Rebel Forces have..."). */
function isCommonStart(r: NameReader, s: number, p: GroupPatterns): boolean {
  const w = r.tokens[s]!.raw;
  if (p.notNameWords.has(w.toLowerCase())) return true;
  return lowerWords(r).has(w.toLowerCase());
}

const LOWER_WORDS = new WeakMap<readonly object[], Set<string>>();

/** The words the text writes in lower case, computed once per token list. */
function lowerWords(r: NameReader): Set<string> {
  let set = LOWER_WORDS.get(r.tokens);
  if (!set) {
    set = new Set(r.tokens.filter((t) => !t.capitalized).map((t) => t.raw));
    LOWER_WORDS.set(r.tokens, set);
  }
  return set;
}

function enumerationItems(r: NameReader, from: number, p: GroupPatterns, take: (a: number, b: number, rule: string) => void): void {
  const { tokens, text } = r;
  const stop = text.slice(from).search(/[.;\n]\s|[.;]$|\n/);
  const end = stop < 0 ? text.length : from + stop;
  const first = firstTokenFrom(tokens, from);
  if (first >= tokens.length) return;
  const items: Array<[number, number]> = [];
  let cur: number[] = [];
  for (let i = first; i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    const gap = text.slice(tokens[i - 1]!.end, t.start);
    if (/[,;]/.test(gap) || t.raw === 'and' || t.raw === 'or') {
      if (cur.length) items.push([cur[0]!, cur[cur.length - 1]! + 1]);
      cur = [];
      if (t.raw === 'and' || t.raw === 'or') continue;
    }
    cur.push(i);
  }
  if (cur.length) items.push([cur[0]!, cur[cur.length - 1]! + 1]);
  if (items.length < 2) return;
  for (let [a, b] of items) {
    if (tokens[a]!.raw.toLowerCase() === 'the') a++;
    const words = tokens.slice(a, b);
    if (!words.length || words.length > p.maxItemWords || !words[0]!.capitalized) continue;
    if (!words.every((t) => t.capitalized || t.article || r.connectors.has(t.raw.toLowerCase()))) continue;
    if (words.some((_, k) => r.covered[a + k])) continue;
    take(a, b, 'enumeration');
  }
}
