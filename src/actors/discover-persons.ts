// Finds persons who act: "Abu Louay al-Shami", "its leader, Abu Diyab al-Sarmini",
// "Sami al Uraydi, Al Nusrah Front's chief sharia official", "President X". A name with a
// source's role ("X, an analyst", "according to X") is not taken.
import type { Lexicon } from '../knowledge/index.ts';
import type { Token } from '../text/index.ts';
import { readName, contentTokens, type NameReader } from './name-span.ts';
import type { FoundName } from './discover-groups.ts';

export interface PersonPatterns {
  kunya: Set<string>;
  actorRoles: Set<string>;
  sourceRoles: Set<string>;
  titles: string[][];
  notNameWords: Set<string>;
  placeNouns: Set<string>;
  placePrepositions: Set<string>;
  groupHeads: Set<string>;
}

/** How far (in tokens) a role word may stand from the name it qualifies. */
const ROLE_WINDOW = 9;

export function compilePersonPatterns(lex: Lexicon): PersonPatterns {
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    kunya: lower(lex.kunyaPrefixes),
    actorRoles: lower(lex.actorRoles),
    sourceRoles: lower(lex.sourceRoles),
    titles: lex.titles.map((t) => t.toLowerCase().replace(/\./g, '').split(/\s+/)),
    notNameWords: lower(lex.notNameWords),
    placeNouns: lower(lex.placeNounsBefore),
    placePrepositions: lower(lex.placePrepositionsBefore),
    groupHeads: lower([...lex.englishTailHeads, ...lex.arabicHeads.filter((h) => !lex.kunyaPrefixes.includes(h))]),
  };
}

export function discoverPersons(r: NameReader, p: PersonPatterns): FoundName[] {
  const found: FoundName[] = [];
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (r.covered[i] || !t.capitalized || t.article || p.notNameWords.has(t.raw.toLowerCase())) continue;
    const isKunya = p.kunya.has(t.raw.toLowerCase());
    if (isTitleWord(tokens, i, p)) continue;
    let end = readName(r, i, 6);
    while (end > i && tokens[end - 1]!.article) end--;
    const content = contentTokens(tokens, i, end);
    if (content.length < 2 || content.some((c) => (p.notNameWords.has(c.raw.toLowerCase()) || p.groupHeads.has(c.raw.toLowerCase())) && !p.kunya.has(c.raw.toLowerCase()))) {
      i = Math.max(i, end - 1);
      continue;
    }
    const place = placeBefore(tokens, i, p);
    if (place === 'noun' || (place === 'preposition' && !(isKunya && content.length >= 3))) { i = end - 1; continue; }
    const role = roleNear(r, i, end, p);
    if (role === 'source') { i = end - 1; continue; }
    const titled = titleBefore(tokens, i, p);
    if ((isKunya && content.length >= 3) || role === 'actor' || titled) {
      found.push({ from: i, to: end, kind: 'person', rule: isKunya && content.length >= 3 ? 'kunya' : titled ? 'title' : 'role' });
    }
    i = end - 1;
  }
  return found;
}

/** "the town of X" (a place noun), "near X" (a preposition): the name may be a place. */
function placeBefore(tokens: readonly Token[], i: number, p: PersonPatterns): 'noun' | 'preposition' | null {
  const prev = tokens[i - 1]?.raw.toLowerCase() ?? '';
  const prev2 = tokens[i - 2]?.raw.toLowerCase() ?? '';
  if (p.placeNouns.has(prev) || (prev === 'of' && p.placeNouns.has(prev2))) return 'noun';
  return p.placePrepositions.has(prev) && prev !== 'of' ? 'preposition' : null;
}

function isTitleWord(tokens: readonly Token[], i: number, p: PersonPatterns): boolean {
  const word = tokens[i]!.raw.toLowerCase().replace(/\./g, '');
  return p.titles.some((tt) => tt.length === 1 && tt[0] === word && tokens[i + 1]?.capitalized === true);
}

function titleBefore(tokens: readonly Token[], i: number, p: PersonPatterns): boolean {
  return p.titles.some((tt) => tt.every((w, k) => tokens[i - tt.length + k]?.raw.toLowerCase().replace(/\./g, '') === w));
}

/** A role word in the apposition after the name ("X, a jihadist ideologue") or the phrase before it ("its leader, X"). */
function roleNear(r: NameReader, from: number, to: number, p: PersonPatterns): 'actor' | 'source' | null {
  const { tokens, text } = r;
  const before = text.slice(Math.max(0, tokens[from]!.start - 40), tokens[from]!.start);
  if (/according to\s*$/i.test(before)) return 'source';
  let verdict: 'actor' | 'source' | null = null;
  const look = (words: Token[]) => {
    for (const w of words) {
      const x = w.raw.toLowerCase();
      if (p.sourceRoles.has(x)) return 'source';
      if (p.actorRoles.has(x)) verdict = 'actor';
    }
    return verdict;
  };
  // After: ", <apposition>," up to the next comma or full stop.
  const after = text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 3);
  if (/^\s*[,(]/.test(after)) {
    const next = tokens.slice(to, to + ROLE_WINDOW);
    const stopAt = clauseEnd(text, tokens[to - 1]!.end + 1, next.at(-1)?.end ?? text.length);
    const v = look(next.filter((w) => w.start < stopAt));
    if (v) return v;
  }
  // Before: "<role>, X" or "<role> is X" or "<role> X" within the same clause.
  // Looked for among the four words before only: a search back to the text's start costs the square of a long line.
  const floor = tokens[Math.max(0, from - 4)]!.start;
  const window = text.slice(floor, tokens[from]!.start);
  const cut = Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n'));
  const clauseStart = cut < 0 ? -1 : floor + cut;
  const prior = tokens.slice(Math.max(0, from - 4), from).filter((w) => w.start > clauseStart);
  if (/(,|\bis|\bwas)\s*$/.test(before) || prior.length) return look(prior);
  return null;
}

function clauseEnd(text: string, from: number, limit: number): number {
  const m = /[,.;)\n]/.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}
