// The ontology, declared once: actor kinds, relation types, event types and document sections.
// Every other module derives its types from these lists (see ../../shared/eval/GUIDE.md).

export const ACTOR_KINDS = ['armed_group', 'coalition', 'state', 'political', 'person'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const RELATION_TYPES = [
  'allied_with', 'hostile_to', 'affiliate_of', 'member_of', 'leader_of',
  'pledged_allegiance_to', 'successor_of', 'splinter_of', 'supported_by',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Which actor kinds each relation type may link, source first. */
const ORG = ['armed_group', 'coalition', 'political'] as const;
export const RELATION_SIGNATURES: Record<RelationType, { source: readonly ActorKind[]; target: readonly ActorKind[] }> = {
  allied_with: { source: [...ORG, 'state'], target: [...ORG, 'state'] },
  hostile_to: { source: [...ORG, 'state'], target: [...ORG, 'state'] },
  affiliate_of: { source: ORG, target: ORG },
  member_of: { source: [...ORG, 'person'], target: [...ORG, 'state'] },
  leader_of: { source: ['person'], target: [...ORG, 'state'] },
  pledged_allegiance_to: { source: [...ORG, 'person'], target: [...ORG, 'person'] },
  successor_of: { source: ORG, target: ORG },
  splinter_of: { source: [...ORG, 'person'], target: ORG },
  supported_by: { source: [...ORG, 'state'], target: [...ORG, 'state'] },
};

export const CERTAINTIES = ['asserted', 'attributed', 'hedged'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const EVENT_TYPES = {
  'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED', 'Chemical weapon', 'Grenade'],
  'Violence against civilians': ['Attack', 'Abduction/forced disappearance', 'Sexual violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Headquarters or base established',
    'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
  'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  'Riots': ['Violent demonstration', 'Mob violence'],
} as const;
export type EventType = keyof typeof EVENT_TYPES;

/** What part of a scraped page a span belongs to: only the body is reporting. */
export const SECTION_KINDS = ['body', 'boilerplate', 'comment'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
