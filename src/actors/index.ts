// Stage "actors": finds and links the actors of a document. In order: knowledge-base names,
// groups and persons found from naming patterns, names the text defines (acronyms, a.k.a.),
// later short forms, then the checks (ambiguous names need support, a country named as a place
// is no actor, "the regime" is the document's state) and the references ("the group").
import type { Section } from '../ingest/index.ts';
import { sectionKindAt } from '../ingest/index.ts';
import type { LoadedKnowledge } from '../knowledge/index.ts';
import type { AnalysedText, Token } from '../text/index.ts';
import { allCapsLines, firstTokenFrom, nameKey, scanNames, sentenceAt } from '../text/index.ts';
import type { ActorKind } from '../ontology.ts';
import type { DebugLog } from '../debug.ts';
import type { DocActor, Hit, Mention, MentionVia } from './types.ts';
import { addAlias, aliasKey, buildAliasIndex, newAliasTrie, type AliasIndex, type TrieNode } from './alias-index.ts';
import { compileGroupPatterns, discoverGroups, type FoundName, type GroupPatterns } from './discover-groups.ts';
import { compilePersonPatterns, discoverPersons, type PersonPatterns } from './discover-persons.ts';
import { findDefinedNames } from './defined-names.ts';
import { findAcronymNames } from './acronym-names.ts';
import { compileReferencePatterns, resolveReferences, type ReferencePatterns } from './references.ts';
import { dominantState, isModifierUse, isPlaceUse } from './states.ts';
import { compileDescriptions, findDescriptions, type DescriptionPatterns } from './descriptions.ts';
import { type NameReader } from './name-span.ts';
import { buildFuzzyIndex, fuzzyLink, type FuzzyIndex } from './fuzzy-link.ts';

export type { DocActor, Mention, MentionVia } from './types.ts';

/** Everything the stage compiles once per knowledge base. */
export interface ActorFinder {
  knowledge: LoadedKnowledge;
  index: AliasIndex;
  groups: GroupPatterns;
  persons: PersonPatterns;
  references: ReferencePatterns;
  connectors: Set<string>;
  locatives: Set<string>;
  needsSupport: Set<string>;
  tailHeads: Set<string>;
  descriptions: DescriptionPatterns;
  fuzzy: FuzzyIndex;
  groupPrepositions: Set<string>;
  stateOfCountry: Map<string, string>;
  placeNameHeads: Set<string>;
}

export function prepareActorFinder(knowledge: LoadedKnowledge): ActorFinder {
  const lex = knowledge.lexicon;
  return {
    knowledge,
    index: buildAliasIndex(knowledge),
    groups: compileGroupPatterns(lex),
    persons: compilePersonPatterns(lex),
    references: compileReferencePatterns(lex.referenceNouns, lex.pluralReferenceNouns),
    connectors: new Set(lex.connectors.map((c) => c.toLowerCase())),
    locatives: new Set(lex.locativeWords.map((w) => w.toLowerCase())),
    needsSupport: new Set(lex.needsSupport.map((n) => nameKey(n, knowledge.folding))),
    tailHeads: new Set(lex.englishTailHeads.map((h) => h.toLowerCase())),
    descriptions: compileDescriptions(knowledge, lex.descriptions),
    fuzzy: buildFuzzyIndex(knowledge, lex.connectors),
    groupPrepositions: new Set(lex.groupPrepositions.map((w) => w.toLowerCase())),
    placeNameHeads: new Set(lex.placeNameHeads.map((w) => w.toLowerCase())),
    stateOfCountry: new Map(knowledge.actors.filter((a) => a.kind === 'state').flatMap((a) => a.countries.map((c) => [c, a.id] as [string, string]))),
  };
}

interface Candidate { actor: string; from: number; to: number; via: MentionVia; needsSupport: boolean }

/**
 * `placeCountries` gives the countries of the places the text names, most named first: the last
 * resort for "the regime" when no state and no single-country group is named. It is asked for
 * only then, as it costs a scan of the gazetteer.
 */
export function findActors(text: string, analysed: AnalysedText, sections: readonly Section[], published: string | null, f: ActorFinder, log: DebugLog,
  placeCountries: () => readonly string[] = () => []): DocActor[] {
  const { tokens, sentences } = analysed;
  const k = f.knowledge;
  const covered = new Uint8Array(tokens.length);
  const capsLine = allCapsLines(text, tokens);
  const titleCase = titleCaseLines(text, tokens);
  const inBody = (offset: number) => sectionKindAt(sections, offset) === 'body';
  const actors = new Map<string, { name: string; kind: ActorKind; knownId: string | null }>();
  const cands: Candidate[] = [];

  // 1. Names the knowledge base knows.
  const hits = scanNames(text, tokens, f.index.root, covered, capsLine, aliasKey);
  const stateHits: Array<{ id: string; inBody: boolean }> = [];
  const generic: Hit[] = [];
  for (const h of hits) {
    const t = h.target;
    if (t.type === 'non_actor') continue;
    if (t.type === 'generic_state') { generic.push(h); continue; }
    const entry = k.byId.get(t.id)!;
    // "Ain al-Asad air base": a one-word name after the head of a place name is part of the place.
    if (entry.kind === 'person' && h.to - h.from <= 2 && placeHeadBefore(tokens, h.from, f.placeNameHeads)) continue;
    if (entry.kind === 'state') stateHits.push({ id: t.id, inBody: inBody(h.start) });
    if (t.form === 'country' && isPlaceUse(text, tokens, h, f.locatives)) continue;
    actors.set(t.id, { name: entry.name, kind: entry.kind, knownId: t.id });
    cands.push({ actor: t.id, from: h.from, to: h.to, via: t.form === 'name' ? 'name' : 'state_form', needsSupport: h.entry.needsSupport });
  }

  // "The regime", "government forces": the state most present in the body.
  // Only groups of one country say which country the text is about.
  const groupCountries = cands.filter((c) => inBody(tokens[c.from]!.start)).flatMap((c) => {
    const e = k.byId.get(c.actor);
    if (!e || e.kind === 'state') return [];
    if (e.kind === 'person') return e.countries.slice(0, 1);
    return e.countries.length === 1 ? e.countries : [];
  });
  const acting = generic.filter((g) => !isModifierUse(text, tokens, g));
  const state = acting.length ? dominantState(stateHits, () => (groupCountries.length ? groupCountries : placeCountries().slice(0, 1)), f.stateOfCountry) : null;
  if (state && acting.length) {
    const entry = k.byId.get(state)!;
    actors.set(state, { name: entry.name, kind: entry.kind, knownId: state });
    for (const g of acting) cands.push({ actor: state, from: g.from, to: g.to, via: 'generic_state', needsSupport: false });
  }

  // 2. Groups and persons found from naming patterns; first the names spelled out before an
  // acronym, which may hold a known name ("Islamic State West Africa Province (ISWAP)").
  const reader: NameReader = { tokens, text, covered, connectors: f.connectors };
  const sentenceStarts = new Set(sentences.map((s) => firstTokenFrom(tokens, s.start)));
  const local = newAliasTrie();
  const discover = (found: FoundName[], via: MentionVia) => {
    // "the Army's 103rd Infantry Brigade": a unit of the state named just before, wherever the
    // same unit is named again.
    const owners = new Map<string, string>();
    for (const d of found) {
      const owner = tokens[d.from - 1]?.possessive ? cands.find((c) => c.to === d.from - 1 && k.byId.get(c.actor)?.kind === 'state') : undefined;
      if (owner) owners.set(nameKey(text.slice(tokens[d.from]!.start, tokens[d.to - 1]!.end), k.folding), owner.actor);
    }
    for (const d of found) {
      const surface = text.slice(tokens[d.from]!.start, tokens[d.to - 1]!.end);
      const owner = owners.get(nameKey(surface, k.folding));
      if (owner) {
        cands.push({ actor: owner, from: d.from, to: d.to, via: 'state_form', needsSupport: false });
        for (let c = d.from; c < d.to; c++) covered[c] = 1;
        addAlias(local, surface, { type: 'actor', id: owner, form: 'state_form' }, k.folding);
        continue;
      }
      const known = d.kind === 'person' ? null : fuzzyLink(surface, k, f.fuzzy);
      const key = known ?? `new:${nameKey(surface, k.folding)}`;
      const entry = known ? k.byId.get(known)! : null;
      if (!actors.has(key)) actors.set(key, entry ? { name: entry.name, kind: entry.kind, knownId: known } : { name: surface, kind: d.kind, knownId: null });
      log(`rule actors.${d.rule} ${JSON.stringify(surface)}`);
      cands.push({ actor: key, from: d.from, to: d.to, via, needsSupport: false });
      for (let c = d.from; c < d.to; c++) covered[c] = 1;
      addAlias(local, surface, { type: 'actor', id: key, form: 'name' }, k.folding);
    }
  };
  for (const a of findAcronymNames(text, tokens)) {
    const inside = cands.filter((c) => c.from < a.to && a.from < c.to);
    if (inside.some((c) => c.from < a.from || c.to > a.to) || (inside.length === 1 && inside[0]!.from === a.from && inside[0]!.to === a.to)) continue;
    if (hits.some((h) => h.target.type === 'non_actor' && h.from < a.to && a.from < h.to)) continue;
    const words = tokens.slice(a.from, a.to).map((t) => t.raw.toLowerCase().replace(/['’]/g, ''));
    const named = inside.some((c) => k.byId.get(c.actor)?.kind === 'armed_group');
    if (!named && !words.some((w) => f.groups.arabicHeads.has(w) || f.groups.tailHeads.has(w) || f.groups.headOf.has(w))) continue;
    for (const c of inside) cands.splice(cands.indexOf(c), 1);
    for (let t = a.from; t < a.to; t++) covered[t] = 0;
    discover([{ from: a.from, to: a.to, kind: 'armed_group', rule: 'acronym_definition' }], 'discovered');
  }
  discover(discoverGroups(reader, f.groups, sentenceStarts, (i) => titleCase(tokens[i]!)), 'discovered');
  discover(discoverPersons(reader, f.persons), 'discovered');

  // 3. Names the text defines for an actor just named, then short forms of names seen.
  const defined = findDefinedNames(reader, cands, k.lexicon.aliasCues);
  const definedAcronyms = new Set<string>();
  for (const d of defined) {
    // A name discovered on its own that the text defines as another actor's name joins that actor.
    // A knowledge-base name inside the defined name ("the Caliphate" in "Supporters of the
    // Caliphate") was only part of it.
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      if (c.actor === d.actor || c.from >= d.to || d.from >= c.to) continue;
      if (c.actor.startsWith('new:') || c.via === 'discovered') {
        if (c.actor.startsWith('new:')) actors.delete(c.actor);
        retarget(cands, c.actor, d.actor);
        retargetTrie(local, c.actor, d.actor);
      } else if (d.from <= c.from && c.to <= d.to && d.to - d.from > c.to - c.from) {
        cands.splice(i, 1);
        for (let t = d.from; t < d.to; t++) covered[t] = 0;
      }
    }
    if (d.acronym) definedAcronyms.add(`${d.actor}|${nameKey(d.surface, k.folding)}`);
    addAlias(local, d.surface, { type: 'actor', id: d.actor, form: 'name' }, k.folding);
    log(`rule actors.defined ${JSON.stringify(d.surface)} -> ${d.actor}`);
  }
  for (const [key, a] of actors) for (const s of shortForms(a.name, a.kind, tokens, f, k.folding)) addAlias(local, s, { type: 'actor', id: key, form: 'name' }, k.folding);
  for (const h of scanNames(text, tokens, local, covered, capsLine, aliasKey)) {
    if (h.target.type !== 'actor') continue;
    const isDefined = defined.some((d) => d.from === h.from || (h.from < d.to && d.from < h.to));
    cands.push({ actor: h.target.id, from: h.from, to: h.to, via: isDefined ? 'defined' : 'short_form', needsSupport: false });
  }

  // 4. Checks: ambiguous names need support; "the regime" is the document's state.
  const supported = (c: Candidate) => {
    if (!c.needsSupport) return true;
    if (inGroupContext(tokens, c.from, c.to, f)) return true;
    const key = nameKey(text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end), k.folding);
    return definedAcronyms.has(`${c.actor}|${key}`) || cands.some((o) => o.actor === c.actor && !o.needsSupport);
  };
  const kept = cands.filter(supported);

  // 5. Mentions, descriptions that stand for an actor, then references back to them.
  const mentions: Mention[] = kept.map((c) => {
    const start = tokens[c.from]!.start, end = tokens[c.to - 1]!.end;
    return { actor: c.actor, text: text.slice(start, end), start, end, via: c.via, section: sectionKindAt(sections, start) };
  });
  const year = published ? Number(published.slice(0, 4)) : null;
  for (const d of findDescriptions(text, mentions, k, f.descriptions, year)) {
    const entry = k.byId.get(d.actor);
    if (!actors.has(d.actor) && entry) actors.set(d.actor, { name: entry.name, kind: entry.kind, knownId: d.actor });
    if (!actors.has(d.actor)) continue;
    log(`rule actors.${d.rule} ${JSON.stringify(text.slice(d.start, d.end))} -> ${d.actor}`);
    mentions.push({ actor: d.actor, text: text.slice(d.start, d.end), start: d.start, end: d.end, via: 'description', section: sectionKindAt(sections, d.start) });
  }
  const bodyCounts = new Map<string, number>();
  for (const m of mentions) if (m.section === 'body' && actors.get(m.actor)!.kind !== 'person' && actors.get(m.actor)!.kind !== 'state') bodyCounts.set(m.actor, (bodyCounts.get(m.actor) ?? 0) + 1);
  const topic = [...bodyCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const antecedents = mentions.map((m) => ({ actor: m.actor, kind: actors.get(m.actor)!.kind, start: m.start, end: m.end,
    modifier: isModifier(text, m.end) || aside(text, sentences, m.start) }));
  for (const r of resolveReferences(text, sentences, antecedents, topic, f.references)) {
    for (const a of r.actors) mentions.push({ actor: a, text: r.text, start: r.start, end: r.end, via: 'reference', section: sectionKindAt(sections, r.start) });
  }

  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: DocActor[] = [];
  for (const [key, a] of actors) {
    const ms = mentions.filter((m) => m.actor === key);
    if (!ms.some((m) => m.via !== 'reference')) continue;
    const entry = a.knownId ? k.byId.get(a.knownId) : undefined;
    const seen = [...new Set(ms.filter((m) => m.via !== 'reference' && m.via !== 'description').map((m) => m.text))].filter((t) => t !== a.name);
    // ACLED's names as ACLED writes them and without their years, for tools that join on them.
    const acled = entry ? entry.acled.flatMap((n) => [n, n.replace(/\s*\([^)]*\)\s*/g, ' ').trim()]) : [];
    const known = entry ? [...entry.aliases, ...entry.countryNames, ...acled] : [];
    out.push({ key, knownId: a.knownId, name: a.name.replace(/^the\s+/i, ''), kind: a.kind, aliases: [...new Set([...seen, ...known])], mentions: ms });
  }
  return out;
}

/** "attack by IS", "IS fighters": a short name in a place only a group stands in. */
function inGroupContext(tokens: readonly Token[], from: number, to: number, f: ActorFinder): boolean {
  const next = tokens[to]?.raw.toLowerCase() ?? '';
  const prev = tokens[from - 1]?.raw.toLowerCase() ?? '';
  return f.groups.acronymContext.has(next) || f.groupPrepositions.has(prev);
}

function placeHeadBefore(tokens: readonly Token[], from: number, heads: ReadonlySet<string>): boolean {
  let k = from - 1;
  while (k >= 0 && tokens[k]!.article) k--;
  return k >= 0 && heads.has(tokens[k]!.raw.toLowerCase()) && tokens[k]!.capitalized;
}

function retarget(cands: Candidate[], from: string, to: string): void {
  for (const c of cands) if (c.actor === from) { c.actor = to; c.via = 'defined'; }
}

function retargetTrie(node: TrieNode, from: string, to: string): void {
  for (const e of node.entries) if (e.target.type === 'actor' && e.target.id === from) e.target = { ...e.target, id: to };
  for (const child of node.children.values()) retargetTrie(child, from, to);
}

/** Later short forms of a name: the last word of a person's name ("Shami"), a group's name without its English head ("Amjad al Islam"). */
function shortForms(name: string, kind: ActorKind, _tokens: readonly Token[], f: ActorFinder, folding: LoadedKnowledge['folding']): string[] {
  const words = name.split(/[\s-]+/).filter((w) => !folding.articles.includes(w.toLowerCase()));
  if (kind === 'person') {
    const last = words[words.length - 1] ?? '';
    return words.length >= 2 && last.length >= 4 && /^\p{Lu}/u.test(last) ? [last] : [];
  }
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  if (f.tailHeads.has(head) && words.length >= 3) return [words.slice(0, -1).join(' ')];
  return [];
}

/**
 * A name standing in quoted speech or in a relative clause ("the TIP, which is also affiliated
 * with al Qaeda,"), where "the group" and "both groups" rarely look for their antecedent.
 */
function aside(text: string, sentences: AnalysedText['sentences'], at: number): boolean {
  const s = sentences[sentenceAt(sentences, at)];
  if (!s) return false;
  const before = text.slice(s.start, at);
  const opened = (before.match(/[“«]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length + ((before.match(/"/g) ?? []).length % 2);
  return opened > 0 || /,\s*(?:which|who|whose)\b[^,;]*$/.test(before);
}

/** A name used as a modifier: "al Qaeda's affiliate", "al Qaeda-affiliated", "Iran-backed". */
function isModifier(text: string, end: number): boolean {
  return /^(['’]s\s+(?:[a-z]+\s+){0,2}(?:affiliate|branch|franchise|arm|wing|network|leadership|leader|orbit|hierarchy|emir|founder|proxies|allies)|-[a-z]+ed\b|\s+(?:affiliate|branch|franchise|veterans|leadership)\b)/.test(text.slice(end, end + 40));
}

/** Tokens on a headline in title case ("Rebel Groups Form New Army"), where capitals do not mark names. */
function titleCaseLines(text: string, tokens: readonly Token[]): (t: Token) => boolean {
  const titled = new Set<number>();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (isTitleCase(line)) titled.add(lineStart);
    lineStart += line.length + 1;
  }
  if (!titled.size) return () => false;
  return (t) => titled.has(text.lastIndexOf('\n', t.start - 1) + 1);
}

function isTitleCase(line: string): boolean {
  // A line ending a sentence settles it before its words are looked at (most lines of a body).
  if (/[.!?]["”’]?\s*$/.test(line.trim())) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && caps / words.length >= 0.8;
}
