// Every match of a global pattern, as String.prototype.matchAll gives them, without the copy of
// the pattern that matchAll makes on each call: with ~90 rules over every sentence, those copies
// cost more than the matching itself.

/** The matches of a global (`g`) pattern over a text, in order; the pattern's lastIndex ends at 0 (exec's doing). */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
  }
  return out;
}

/** Past an empty match: one code unit, or one code point in a `u` pattern (ECMAScript's AdvanceStringIndex). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const cp = text.codePointAt(index)!;
  return index + (cp > 0xffff ? 2 : 1);
}
