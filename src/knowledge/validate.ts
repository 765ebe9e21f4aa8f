// Checks raw knowledge files against the schema and against each other: unknown fields, missing
// fields, duplicate ids, facts pointing to unknown ids, years out of order, one alias on two actors.
// Pure: returns the list of problems, each naming the file and the entry.
import { ACTOR_KINDS, RELATION_TYPES, type ActorKind, type RelationType } from '../ontology.ts';
import type { ActorEntry, KnownFact, NonActorEntry } from './types.ts';

const ACTOR_FIELDS = new Set(['id', 'name', 'kind', 'aliases', 'countries', 'founded', 'dissolved', 'facts', 'acled',
  'country_names', 'demonyms', 'source', 'born', 'died', 'designations', 'note']);
const NON_ACTOR_FIELDS = new Set(['id', 'name', 'category', 'aliases', 'note']);
const ID = /^[a-z][a-z0-9_]*$/;

export interface ParsedKnowledge {
  actors: ActorEntry[];
  nonActors: NonActorEntry[];
  problems: string[];
}

export function parseActorFile(file: string, content: unknown, problems: string[]): ActorEntry[] {
  if (!Array.isArray(content)) { problems.push(`${file}: must be a list of actor entries`); return []; }
  return content.flatMap((raw, i): ActorEntry[] => {
    const where = `${file}: entry ${i + 1}${raw && typeof raw === 'object' && 'id' in raw ? ` (${String(raw.id)})` : ''}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) { problems.push(`${where}: must be a mapping`); return []; }
    const r = raw as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!ACTOR_FIELDS.has(k)) problems.push(`${where}: unknown field "${k}"`);
    const id = text(r.id, 'id', where, problems);
    if (id && !ID.test(id)) problems.push(`${where}: id "${id}" must be snake_case`);
    const kind = r.kind as ActorKind;
    if (!ACTOR_KINDS.includes(kind)) problems.push(`${where}: kind must be one of ${ACTOR_KINDS.join(', ')}`);
    const source = text(r.source, 'source', where, problems);
    const founded = year(r.founded ?? r.born, 'founded', where, problems);
    const dissolved = year(r.dissolved ?? r.died, 'dissolved', where, problems);
    if (founded != null && dissolved != null && founded > dissolved) problems.push(`${where}: founded ${founded} is after dissolved ${dissolved}`);
    const countries = strings(r.countries, 'countries', where, problems);
    for (const c of countries) if (!/^[A-Z]{2}$/.test(c)) problems.push(`${where}: country "${c}" is not an ISO 3166 alpha-2 code`);
    designations(r.designations, where, problems);
    return [{
      id: id ?? '', name: text(r.name, 'name', where, problems) ?? '', kind, source: source ?? '', file,
      aliases: strings(r.aliases, 'aliases', where, problems), countries,
      founded, dissolved,
      facts: facts(r.facts, where, problems),
      acled: strings(r.acled, 'acled', where, problems),
      countryNames: strings(r.country_names, 'country_names', where, problems),
      demonyms: strings(r.demonyms, 'demonyms', where, problems),
    }];
  });
}

export function parseNonActorFile(file: string, content: unknown, problems: string[]): NonActorEntry[] {
  if (!Array.isArray(content)) { problems.push(`${file}: must be a list of entries`); return []; }
  return content.flatMap((raw, i): NonActorEntry[] => {
    const where = `${file}: entry ${i + 1}`;
    if (!raw || typeof raw !== 'object') { problems.push(`${where}: must be a mapping`); return []; }
    const r = raw as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!NON_ACTOR_FIELDS.has(k)) problems.push(`${where}: unknown field "${k}"`);
    const id = text(r.id, 'id', where, problems) ?? '';
    if (id && !ID.test(id)) problems.push(`${where}: id "${id}" must be snake_case`);
    return [{ id, name: text(r.name, 'name', where, problems) ?? '', category: text(r.category, 'category', where, problems) ?? '',
      aliases: strings(r.aliases, 'aliases', where, problems), file }];
  });
}

/** Checks across entries: unique ids, known fact targets, one folded name per actor unless declared shared. */
export function crossCheck(actors: ActorEntry[], nonActors: NonActorEntry[], key: (name: string) => string,
  sharedNames: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const e of [...actors, ...nonActors]) {
    const prior = ids.get(e.id);
    if (prior) problems.push(`${e.file}: duplicate id "${e.id}" (also in ${prior})`);
    else ids.set(e.id, e.file);
  }
  const actorIds = new Set(actors.map((a) => a.id));
  for (const a of actors) {
    for (const f of a.facts) {
      if (!actorIds.has(f.target)) problems.push(`${a.file}: ${a.id}: fact ${f.type} points to unknown id "${f.target}"`);
      if (f.target === a.id) problems.push(`${a.file}: ${a.id}: fact ${f.type} points to itself`);
    }
    if (a.kind !== 'state' && (a.countryNames.length || a.demonyms.length)) problems.push(`${a.file}: ${a.id}: country_names and demonyms are for states only`);
  }
  const owner = new Map<string, string>();
  for (const e of [...actors, ...nonActors]) {
    const names = new Set([e.name, ...e.aliases, ...('countryNames' in e ? e.countryNames : [])].map(key).filter(Boolean));
    for (const k of names) {
      const prior = owner.get(k);
      if (prior && prior !== e.id && !sharedNames.has(k)) problems.push(`${e.file}: ${e.id}: name "${k}" is also a name of "${prior}" (declare it in lexicon/ambiguous-names.yaml shared: or remove one)`);
      else owner.set(k, e.id);
    }
  }
  return problems;
}

function text(v: unknown, field: string, where: string, problems: string[]): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  problems.push(`${where}: "${field}" is required and must be a non-empty string`);
  return null;
}

function strings(v: unknown, field: string, where: string, problems: string[]): string[] {
  if (v == null) return [];
  if (!Array.isArray(v)) { problems.push(`${where}: "${field}" must be a list`); return []; }
  return v.flatMap((x) => {
    if (typeof x === 'string' && x.trim()) return [x.trim()];
    problems.push(`${where}: "${field}" holds a value that is not a non-empty string: ${JSON.stringify(x)}`);
    return [];
  });
}

function year(v: unknown, field: string, where: string, problems: string[]): number | null {
  if (v == null) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v > 1000 && v < 2100) return v;
  problems.push(`${where}: "${field}" must be a year (integer), not ${JSON.stringify(v)}`);
  return null;
}

function facts(v: unknown, where: string, problems: string[]): KnownFact[] {
  if (v == null) return [];
  if (!Array.isArray(v)) { problems.push(`${where}: "facts" must be a list`); return []; }
  return v.flatMap((f, i): KnownFact[] => {
    const at = `${where}: facts[${i}]`;
    if (!f || typeof f !== 'object') { problems.push(`${at}: must be a mapping`); return []; }
    const r = f as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!['type', 'target', 'from', 'to', 'note'].includes(k)) problems.push(`${at}: unknown field "${k}"`);
    if (!RELATION_TYPES.includes(r.type as RelationType)) { problems.push(`${at}: type must be one of ${RELATION_TYPES.join(', ')}`); return []; }
    const target = text(r.target, 'target', at, problems);
    const from = year(r.from, 'from', at, problems), to = year(r.to, 'to', at, problems);
    if (from != null && to != null && from > to) problems.push(`${at}: from ${from} is after to ${to}`);
    return target ? [{ type: r.type as RelationType, target, from, to }] : [];
  });
}

/** Designations: [{ by: "US State Department FTO", year: 2018 }]. */
function designations(v: unknown, where: string, problems: string[]): void {
  if (v == null) return;
  if (!Array.isArray(v)) { problems.push(`${where}: "designations" must be a list`); return; }
  v.forEach((d, i) => {
    const r = d as Record<string, unknown> | null;
    if (!r || typeof r.by !== 'string' || !r.by.trim()) problems.push(`${where}: designations[${i}] needs "by" (who lists it)`);
    if (r && r.year != null && !(typeof r.year === 'number' && Number.isInteger(r.year) && r.year > 1900 && r.year < 2100)) problems.push(`${where}: designations[${i}].year must be a year`);
    for (const k of Object.keys(r ?? {})) if (!['by', 'year', 'note'].includes(k)) problems.push(`${where}: designations[${i}]: unknown field "${k}"`);
  });
}
