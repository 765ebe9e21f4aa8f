// Labels every line of a page body / boilerplate / comment. Reading top to bottom: the body runs
// until a comment thread or a footer (tags, a closing author bio) starts; boilerplate lines
// (captions, appeals, share bars, menus) and inline editors' notes are cut out wherever they are.
import type { Section, SectionCues, Span } from './types.ts';
import type { SectionKind } from '../ontology.ts';
import { spanIndexAt } from '../spans.ts';

interface Line extends Span { text: string }

/** A closing author bio only starts the footer past this share of the page. */
const FOOTER_BIO_FROM = 0.4;

export function splitSections(text: string, cues: SectionCues, known: readonly Span[] = []): Section[] {
  const lines = toLines(text);
  const kinds: Array<[SectionKind, string]> = new Array(lines.length);
  const inRun = shortLineRuns(lines, cues);
  const inBox = boilerplateBoxes(lines, cues);
  let mode: 'body' | 'footer' | 'comments' = 'body';
  lines.forEach((line, i) => {
    const t = line.text;
    const any = (res: RegExp[]) => res.some((re) => re.test(t));
    if (mode !== 'comments' && any(cues.commentThreadStart)) mode = 'comments';
    else if (any(cues.commentHeader) && (mode !== 'body' || /^\s*[•*·▪◦-]/.test(t) || line.start > text.length * FOOTER_BIO_FROM)) mode = 'comments';
    if (mode === 'comments') { kinds[i] = ['comment', 'comment_thread']; return; }
    if (any(cues.footerStart)) {
      if (line.start > text.length * FOOTER_BIO_FROM) mode = 'footer';
      kinds[i] = ['boilerplate', 'footer_start'];
      return;
    }
    if (any(cues.authorBio)) {
      if (line.start > text.length * FOOTER_BIO_FROM) mode = 'footer';
      kinds[i] = ['boilerplate', 'author_bio'];
      return;
    }
    if (mode === 'footer') { kinds[i] = ['boilerplate', 'footer']; return; }
    if (any(cues.boilerplateLine) || any(cues.commentFurniture)) { kinds[i] = ['boilerplate', 'boilerplate_line']; return; }
    if (inRun.has(i)) { kinds[i] = ['boilerplate', 'short_line_run']; return; }
    if (inBox.has(i)) { kinds[i] = ['boilerplate', 'boxed_inset']; return; }
    kinds[i] = ['body', 'body'];
  });

  const sections: Section[] = [];
  lines.forEach((line, i) => {
    const [kind, cue] = kinds[i]!;
    if (kind !== 'body') { push(sections, { kind, cue, start: line.start, end: line.end }); return; }
    let at = line.start;
    for (const span of inlineSpans(line, cues, known)) {
      if (span.start > at) push(sections, { kind: 'body', cue: 'body', start: at, end: span.start });
      push(sections, { kind: 'boilerplate', cue: span.cue, start: span.start, end: span.end });
      at = span.end;
    }
    if (line.end > at) push(sections, { kind: 'body', cue: 'body', start: at, end: line.end });
  });
  return sections;
}

/** The kind of the section holding an offset; past the end counts as boilerplate. */
export function sectionKindAt(sections: readonly Section[], offset: number): SectionKind {
  return sections[spanIndexAt(sections, offset)]?.kind ?? 'boilerplate';
}

function toLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i + (i < text.length ? 1 : 0), text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

/** Indexes of lines inside runs of short, unpunctuated lines (menus, tag clouds); blank lines do not break a run. */
function shortLineRuns(lines: Line[], cues: SectionCues): Set<number> {
  const { minLines, maxChars, maxWords } = cues.shortLineRun;
  const isShort = (t: string) => {
    const s = t.trim();
    return s.length > 0 && s.length <= maxChars && s.split(/\s+/).length <= maxWords && !/[.!?:;"”]$/.test(s);
  };
  const out = new Set<number>();
  let run: number[] = [];
  const flush = () => { if (run.length >= minLines) run.forEach((i) => out.add(i)); run = []; };
  lines.forEach((l, i) => {
    if (!l.text.trim()) return;
    if (isShort(l.text)) run.push(i); else flush();
  });
  flush();
  return out;
}

/** Lines of insets boxed off by rule lines ("-----") that hold a boilerplate line, rules included. */
function boilerplateBoxes(lines: Line[], cues: SectionCues): Set<number> {
  const out = new Set<number>();
  const rules = lines.map((l, i) => (cues.ruleLine.test(l.text) ? i : -1)).filter((i) => i >= 0);
  for (let r = 0; r + 1 < rules.length; r++) {
    const a = rules[r]!, b = rules[r + 1]!;
    if (b - a > cues.boxMaxLines) continue;
    const inner = lines.slice(a + 1, b);
    if (inner.some((l) => cues.boilerplateLine.some((re) => re.test(l.text)))) for (let i = a; i <= b; i++) out.add(i);
  }
  return out;
}

function inlineSpans(line: Line, cues: SectionCues, known: readonly Span[]): Array<Span & { cue: string }> {
  const spans: Array<Span & { cue: string }> = [];
  for (const re of cues.inlineBoilerplate) {
    for (const m of line.text.matchAll(re)) spans.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, cue: 'inline_note' });
  }
  for (const k of known) {
    const start = Math.max(k.start, line.start), end = Math.min(k.end, line.end);
    if (end > start) spans.push({ start, end, cue: 'markup' });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Array<Span & { cue: string }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

function push(out: Section[], s: Section): void {
  const last = out[out.length - 1];
  if (last && last.kind === s.kind && last.cue === s.cue && last.end === s.start) last.end = s.end;
  else out.push(s);
}

/** A plain-text document's title: its first line of reporting that reads as a headline (four
 * words or more: not a section label such as "Middle East" or a dateline), else its first line of
 * reporting. A title that is not simply the first line (metadata, the user's) is kept. */
export function bodyTitle(text: string, sections: readonly Section[], given: string | null): string | null {
  const firstLine = firstLineTitle(text);
  if (given !== null && given !== firstLine) return given;
  const body: string[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed && sectionKindAt(sections, start + line.indexOf(trimmed)) === 'body') body.push(trimmed.slice(0, HEADLINE_MAX_CHARS));
    if (body.length >= HEADLINE_SEARCH_LINES) break;
    start += line.length + 1;
  }
  return body.find((l) => l.split(/\s+/).length >= 4) ?? body[0] ?? given;
}

/** How many lines of reporting a headline is looked for in. */
const HEADLINE_SEARCH_LINES = 8;

/** A headline is cut here: a file of one 10 MB line must not give a 10 MB title. */
const HEADLINE_MAX_CHARS = 300;

/** A plain text's title until its body is known: its first non-blank line, cut to a headline's length. */
export function firstLineTitle(text: string): string | null {
  for (let at = text.charCodeAt(0) === 0xfeff ? 1 : 0, nl = 0; at < text.length; at = nl + 1) {
    nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl).trim();
    if (line) return line.slice(0, HEADLINE_MAX_CHARS);
  }
  return null;
}
