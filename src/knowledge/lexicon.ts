// Loads the lexicons of data/lexicon/ that the actor stage reads: ambiguous names, state
// references, group naming patterns, person cues, references and alias cues. Each field is
// checked, and a problem names the file and the field.
import type { ActorKind } from '../ontology.ts';
import { ACTOR_KINDS } from '../ontology.ts';
import { readDataFile } from '../data-files.ts';
import { KnowledgeError } from '../errors.ts';

export interface Lexicon {
  needsSupport: string[];
  sharedNames: string[];
  forceNouns: string[];
  actionNouns: string[];
  genericStateReferences: string[];
  locativeWords: string[];
  arabicHeads: string[];
  englishTailHeads: string[];
  englishTailPhrases: string[];
  englishHeadOf: string[];
  coalitionHeads: string[];
  notNameStarts: string[];
  acronymContext: string[];
  groupPrepositions: string[];
  connectors: string[];
  namingCueNouns: string[];
  namingCueVerbs: string[];
  enumerationCues: string[];
  enumerationNouns: string[];
  enumerationMaxWords: number;
  kunyaPrefixes: string[];
  nameParticles: string[];
  actorRoles: string[];
  sourceRoles: string[];
  titles: string[];
  notNameWords: string[];
  placeNounsBefore: string[];
  placeNameHeads: string[];
  placePrepositionsBefore: string[];
  referenceNouns: Map<string, ActorKind[]>;
  pluralReferenceNouns: string[];
  aliasCues: RegExp[];
  descriptions: { follower_nouns: string[]; branch_nouns: string[]; branch_qualifiers: string[] };
  abbreviations: Set<string>;
}

export function loadLexicon(dataDir?: string): Lexicon {
  const problems: string[] = [];
  const read = (file: string) => readDataFile(`lexicon/${file}`, dataDir) as Record<string, unknown> | null;
  const list = (file: string, obj: unknown, path: string): string[] => {
    let v: unknown = obj;
    for (const k of path.split('.')) v = (v as Record<string, unknown> | null)?.[k];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    problems.push(`lexicon/${file}: "${path}" must be a list of strings`);
    return [];
  };
  const amb = read('ambiguous-names.yaml');
  const states = read('state-references.yaml');
  const naming = read('group-naming.yaml');
  const persons = read('person-cues.yaml');
  const refs = read('references.yaml');
  const aliases = read('alias-cues.yaml');
  const abbreviations = readDataFile('lexicon/abbreviations.yaml', dataDir);
  const desc = read('descriptions.yaml');

  const referenceNouns = new Map<string, ActorKind[]>();
  const singular = (refs?.singular ?? {}) as Record<string, unknown>;
  for (const [noun, kinds] of Object.entries(singular)) {
    if (!Array.isArray(kinds) || !kinds.every((k) => ACTOR_KINDS.includes(k))) problems.push(`lexicon/references.yaml: singular.${noun} must list actor kinds`);
    else referenceNouns.set(noun, kinds);
  }
  const maxWords = (naming?.enumeration as Record<string, unknown> | undefined)?.max_item_words;
  const lexicon: Lexicon = {
    needsSupport: list('ambiguous-names.yaml', amb, 'needs_support'),
    sharedNames: list('ambiguous-names.yaml', amb, 'shared'),
    forceNouns: list('state-references.yaml', states, 'force_nouns'),
    actionNouns: list('state-references.yaml', states, 'action_nouns'),
    genericStateReferences: list('state-references.yaml', states, 'generic_references'),
    locativeWords: list('state-references.yaml', states, 'locative_words'),
    arabicHeads: list('group-naming.yaml', naming, 'arabic_heads'),
    englishTailHeads: list('group-naming.yaml', naming, 'english_tail_heads'),
    englishTailPhrases: list('group-naming.yaml', naming, 'english_tail_phrases'),
    englishHeadOf: list('group-naming.yaml', naming, 'english_head_of'),
    coalitionHeads: list('group-naming.yaml', naming, 'coalition_heads'),
    notNameStarts: list('group-naming.yaml', naming, 'not_name_starts'),
    acronymContext: list('group-naming.yaml', naming, 'acronym_context'),
    groupPrepositions: list('ambiguous-names.yaml', amb, 'group_prepositions'),
    connectors: list('group-naming.yaml', naming, 'connectors'),
    namingCueNouns: list('group-naming.yaml', naming, 'naming_cues.nouns'),
    namingCueVerbs: list('group-naming.yaml', naming, 'naming_cues.verbs'),
    enumerationCues: list('group-naming.yaml', naming, 'enumeration.cues'),
    enumerationNouns: list('group-naming.yaml', naming, 'enumeration.nouns'),
    enumerationMaxWords: typeof maxWords === 'number' ? maxWords : (problems.push('lexicon/group-naming.yaml: enumeration.max_item_words must be a number'), 0),
    kunyaPrefixes: list('person-cues.yaml', persons, 'kunya_prefixes'),
    nameParticles: list('person-cues.yaml', persons, 'name_particles'),
    actorRoles: list('person-cues.yaml', persons, 'actor_roles'),
    sourceRoles: list('person-cues.yaml', persons, 'source_roles'),
    titles: list('person-cues.yaml', persons, 'titles'),
    notNameWords: list('person-cues.yaml', persons, 'not_name_words'),
    placeNounsBefore: list('person-cues.yaml', persons, 'place_nouns_before'),
    placeNameHeads: list('person-cues.yaml', persons, 'place_name_heads'),
    placePrepositionsBefore: list('person-cues.yaml', persons, 'place_prepositions_before'),
    referenceNouns,
    pluralReferenceNouns: list('references.yaml', refs, 'plural'),
    aliasCues: list('alias-cues.yaml', aliases, 'after_mention').map((p, i) => {
      try { return new RegExp(p, 'iu'); } catch (err) { problems.push(`lexicon/alias-cues.yaml: after_mention[${i}]: ${(err as Error).message}`); return /$^/; }
    }),
    descriptions: {
      follower_nouns: list('descriptions.yaml', desc, 'follower_nouns'),
      branch_nouns: list('descriptions.yaml', desc, 'branch_nouns'),
      branch_qualifiers: list('descriptions.yaml', desc, 'branch_qualifiers'),
    },
    abbreviations: new Set(Array.isArray(abbreviations) ? abbreviations.map(String) : (problems.push('lexicon/abbreviations.yaml: must be a list'), [])),
  };
  if (problems.length) throw new KnowledgeError(problems);
  return lexicon;
}
