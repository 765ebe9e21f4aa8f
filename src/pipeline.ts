// The pipeline, stage by stage, in the order data flows. Knowledge and options are passed in.
//   ingest  — read files into documents; label body / boilerplate / comments   (src/ingest)
//   text    — tokens, sentences, folding of transliteration variants           (src/text)
//   actors    — find and link actors: names, discovered groups and persons, refs  (src/actors)
//   relations — typed claims between actors, with negation, certainty, time       (src/relations)
//   places    — places named in the body, geocoded with the offline gazetteer       (src/places)
//   dates     — dates resolved against the publication date (or one the text implies) (src/dates)
//   events    — ACLED-typed events with actors, place, date and fatalities          (src/events)
//   background — knowledge-base facts between the actors named, apart from claims    (src/background)
//   output    — the JSON record of the document (GUIDE.md §6)                      (src/output)
import type { SourceDocument, SectionCues } from './ingest/index.ts';
import { bodyTitle, splitSections } from './ingest/index.ts';
import { analyseText } from './text/index.ts';
import { findActors, prepareActorFinder, type ActorFinder } from './actors/index.ts';
import { findRelations, loadClaimCues, loadRelationRules, type RelationReader } from './relations/index.ts';
import { findPlaces, loadGazetteer, loadGazetteerSettings, placeCountriesOf, type Gazetteer } from './places/index.ts';
import { allCapsLines, firstTokenFrom, nameKey, sharedRegExp, type Token } from './text/index.ts';
import type { DocActor } from './actors/index.ts';
import { backgroundFacts } from './background/index.ts';
import { compileDatePatterns, findDates, inferAnchor, loadDateWords } from './dates/index.ts';
import { findEvents, loadEventRules, loadEventCues, type EventReader } from './events/index.ts';
import { toDocumentJson, type DocumentJson } from './output/index.ts';
import type { LoadedKnowledge } from './knowledge/index.ts';
import { debugFor } from './debug.ts';

export interface ExtractOptions {
  /** Publication date to use when the document's metadata has none (YYYY-MM-DD). */
  published: string | null;
  withText: boolean;
}

export const DEFAULT_EXTRACT: ExtractOptions = { published: null, withText: false };

export interface Extractor {
  extract(doc: SourceDocument, options?: Partial<ExtractOptions>): DocumentJson;
}

export function createExtractor(knowledge: LoadedKnowledge, cues: SectionCues): Extractor {
  const finder: ActorFinder = prepareActorFinder(knowledge);
  const visibleTail = sharedRegExp(`\\s+(?:${knowledge.lexicon.actionNouns.join('|')})$`, 'i');
  const claimCues = loadClaimCues();
  const reader: RelationReader = { knowledge, visibleTail, rules: loadRelationRules(), cues: claimCues };
  const reserved = new Set(knowledge.actors.flatMap((a) => [a.name, ...a.aliases, ...a.countryNames, ...a.demonyms]).map((n) => nameKey(n, knowledge.folding)));
  const gazetteer: Gazetteer = loadGazetteer(loadGazetteerSettings(), knowledge.folding, reserved);

  const datePatterns = compileDatePatterns(loadDateWords());
  const gazetteerSettings = loadGazetteerSettings();
  const notPlaces = new Set([...gazetteerSettings.notPlaces, ...reserved, ...knowledge.lexicon.notNameWords.map((w) => w.toLowerCase())]);
  const events: EventReader = { rules: loadEventRules(), cues: loadEventCues(), visibleTail, accordingTo: claimCues.accordingTo, notPlaces };
  const log = debugFor('factiongraph:extract');
  return {
    extract(doc, options = {}) {
      const o = { ...DEFAULT_EXTRACT, ...options };
      const sections = splitSections(doc.text, cues, doc.knownBoilerplate);
      const titled = doc.format === 'txt' ? { ...doc, title: bodyTitle(doc.text, sections, doc.title) } : doc;
      const dated = titled.published ? titled : { ...titled, published: o.published };
      const analysed = analyseText(doc.text, knowledge.folding, knowledge.lexicon.abbreviations);
      log(`document ${doc.id}`);
      const capsLine = allCapsLines(doc.text, analysed.tokens);
      const actors = findActors(doc.text, analysed, sections, dated.published, finder, log, () => placeCountriesOf(doc.text, analysed.tokens, gazetteer, { allCapsLine: capsLine }));
      const relations = findRelations(doc.text, analysed.sentences, sections, actors, reader, log);
      const places = findPlaces(doc.text, analysed.tokens, sections, gazetteer, {
        covered: coveredBy(actors, analysed.tokens), countries: documentCountries(actors, knowledge), allCapsLine: capsLine, folding: knowledge.folding,
      });
      const inferred = dated.published ? null : inferAnchor(findDates(doc.text, datePatterns, null));
      const dates = findDates(doc.text, datePatterns, dated.published ?? inferred?.date ?? null);
      const found = findEvents(doc.text, analysed.sentences, sections, actors, places, dates, events, log);
      return toDocumentJson(dated, sections, actors, relations, places, found, backgroundFacts(actors, knowledge), dates,
        { withText: o.withText, inferredPublished: inferred });
    },
  };
}

/** Tokens inside actor mentions (references aside): never place names. */
function coveredBy(actors: readonly DocActor[], tokens: readonly Token[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (const a of actors) for (const m of a.mentions) {
    if (m.via === 'reference') continue;
    for (let i = firstTokenFrom(tokens, m.start); i < tokens.length && tokens[i]!.start < m.end; i++) covered[i] = 1;
  }
  return covered;
}

/** How much each country is the document's: its states named, and the countries of its groups. */
function documentCountries(actors: readonly DocActor[], k: LoadedKnowledge): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of actors) {
    const entry = a.knownId ? k.byId.get(a.knownId) : undefined;
    if (!entry?.countries.length) continue;
    const body = a.mentions.filter((m) => m.section === 'body').length;
    const share = (entry.kind === 'state' ? 2 : 1) * body / entry.countries.length;
    for (const c of entry.countries) out.set(c, (out.get(c) ?? 0) + share);
  }
  return out;
}
