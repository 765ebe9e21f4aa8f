// Loads data/lexicon/section-cues.yaml into compiled regular expressions, naming the field at fault.
import type { SectionCues } from './types.ts';
import { readDataFile } from '../data-files.ts';
import { KnowledgeError } from '../errors.ts';
import { sharedRegExp } from '../text/index.ts';

const FILE = 'lexicon/section-cues.yaml';

export function loadSectionCues(dataDir?: string): SectionCues {
  const raw = readDataFile(FILE, dataDir) as Record<string, unknown> | null;
  const patterns = (key: string, flags = 'iu'): RegExp[] => {
    const v = raw?.[key];
    if (!Array.isArray(v)) throw new KnowledgeError([`${FILE}: "${key}" must be a list of patterns`]);
    return v.map((p, i) => {
      try {
        return sharedRegExp(String(p), flags);
      } catch (err) {
        throw new KnowledgeError([`${FILE}: ${key}[${i}]: ${(err as Error).message}`]);
      }
    });
  };
  const run = (raw?.short_line_run ?? {}) as Record<string, unknown>;
  const num = (k: string): number => {
    const v = run[k];
    if (typeof v !== 'number' || v <= 0) throw new KnowledgeError([`${FILE}: short_line_run.${k} must be a positive number`]);
    return v;
  };
  return {
    commentThreadStart: patterns('comment_thread_start'),
    commentHeader: patterns('comment_header'),
    commentFurniture: patterns('comment_furniture'),
    footerStart: patterns('footer_start'),
    authorBio: patterns('author_bio'),
    boilerplateLine: patterns('boilerplate_line'),
    inlineBoilerplate: patterns('inline_boilerplate', 'giu'),
    shortLineRun: { minLines: num('min_lines'), maxChars: num('max_chars'), maxWords: num('max_words') },
    ruleLine: sharedRegExp(String(raw?.rule_line ?? '$^'), 'u'),
    boxMaxLines: typeof raw?.box_max_lines === 'number' ? raw.box_max_lines : 12,
  };
}
