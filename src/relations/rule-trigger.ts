// A rule's trigger: a part of its pattern that every match must contain, found from the pattern's
// source, so that a sentence without it is never run through the whole pattern. A pattern opening
// with an optional list of actor slots is tried at every position of every sentence; its trigger
// ("\b(?:seized|captured|...)") is a plain scan. Profiling put 30% of extraction in those runs.

interface Item { text: string; required: boolean; slotFree: boolean; zeroWidth: boolean }

/** The longest required, slot-free top-level part of a rule's source, or null (then the rule always runs). */
export function triggerSource(source: string): string | null {
  return triggerSources(source)[0] ?? null;
}

/**
 * Every required, slot-free top-level part of a rule's source, the longest first: a sentence must
 * contain each ("is ... part of": a sentence with "is" but no "part" is not tried).
 */
export function triggerSources(source: string): string[] {
  const items = topLevelItems(source.replace(/ ?\.\.\. ?/g, '\u0001'));
  if (!items) return [];
  const candidates = items.filter((i) => i.required && i.slotFree && !i.zeroWidth && /[\p{L}]{3}/u.test(i.text));
  const longest = candidates.reduce<Item | null>((a, b) => (!a || b.text.length > a.text.length ? b : a), null);
  return longest ? [longest.text, ...candidates.filter((c) => c !== longest).map((c) => c.text)] : [];
}

/** How many actors a sentence needs for the rule to match: its distinct slots that stand
 * required at the top level ("{X} ... with {Y}": two; "(?:{X} ... )?seized": none). */
export function requiredSlots(source: string): number {
  const items = topLevelItems(source.replace(/ ?\.\.\. ?/g, '\u0001'));
  if (!items) return 0;
  return new Set(items.filter((i) => i.required && /^\{(?:X|Y|Xm|Ym)\}$/.test(i.text)).map((i) => i.text.replace('m', ''))).size;
}

/** Splits a source into its top-level items with their quantifiers; null when it alternates at the top (then no part is necessary). */
function topLevelItems(source: string): Item[] | null {
  const items: Item[] = [];
  let i = 0;
  while (i < source.length) {
    const start = i;
    const c = source[i]!;
    if (c === '|') return null;
    if (c === '\\') i += 2;
    else if (c === '[') i = closeClass(source, i);
    else if (c === '(') i = closeGroup(source, i);
    else if (c === '{' && /^\{[A-Za-z]+\}/.test(source.slice(i))) i = source.indexOf('}', i) + 1;
    else i += 1;
    const text = source.slice(start, i);
    const q = /^(?:[?*]|\+|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
    const min = !q ? 1 : q[0].startsWith('?') || q[0].startsWith('*') ? 0 : q[0].startsWith('+') ? 1 : Number(q[1]);
    if (q) i += q[0].length;
    items.push({ text, required: min >= 1, slotFree: !/\{[A-Za-z]+\}|\u0001/.test(text), zeroWidth: /^\((?:\?[=!]|\?<[=!])/.test(text) || text === '\\b' || text === '^' || text === '$' });
  }
  return items;
}

function closeClass(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === ']') return j + 1;
  }
  return s.length;
}

function closeGroup(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '[') j = closeClass(s, j) - 1;
    else if (s[j] === '(') depth++;
    else if (s[j] === ')' && --depth === 0) return j + 1;
  }
  return s.length;
}
