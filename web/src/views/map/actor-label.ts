// How the Map names an actor: its graph name when the graph has it, else its key made readable
// ("deir_ez_zor_military_council" → "deir ez zor military council").
export const actorLabel = (names: ReadonlyMap<string, string>, key: string): string => names.get(key) ?? key.replace(/_/g, ' ');
