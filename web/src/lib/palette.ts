// Colours for actor kinds, relation families and event types, shared by every view and legend.

export const KIND_COLOURS: Record<string, string> = {
  armed_group: '#d1495b', coalition: '#8e6c8a', state: '#2e5eaa', political: '#00798c', person: '#66a182',
};

export const FAMILY_OF: Record<string, string> = {
  allied_with: 'cooperation', supported_by: 'cooperation',
  hostile_to: 'hostility',
  member_of: 'structure', affiliate_of: 'structure', pledged_allegiance_to: 'structure', splinter_of: 'structure', successor_of: 'structure',
  leader_of: 'leadership',
};

export const FAMILY_COLOURS: Record<string, string> = { cooperation: '#2a9d8f', hostility: '#e63946', structure: '#6d597a', leadership: '#f4a261', other: '#999999' };

export const EVENT_COLOURS: Record<string, string> = {
  'Battles': '#e63946', 'Explosions/Remote violence': '#f77f00', 'Violence against civilians': '#7b2cbf',
  'Strategic developments': '#2a9d8f', 'Protests': '#457b9d', 'Riots': '#a8dadc',
};

export const colourOf = (table: Record<string, string>, key: string): string => table[key] ?? '#8a8a8a';
export const familyOf = (type: string): string => FAMILY_OF[type] ?? 'other';
