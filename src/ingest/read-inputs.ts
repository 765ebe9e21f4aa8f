// Reads the paths given on the command line (files and directories, recursively) into documents.
// Every failure is one IngestError naming the file; the rest of the batch goes on.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { SourceDocument, SourceFormat } from './types.ts';
import { IngestError } from '../errors.ts';
import { DEFAULT_DECODE, decodeText, type DecodeOptions } from './decode.ts';
import { readHtml } from './html.ts';
import { MAX_HTML_DEPTH, nestsDeeperThan } from './html-depth.ts';
import { parseRecords, type RawRecord } from './records.ts';
import { isoDate } from './iso-date.ts';
import { firstLineTitle } from './split-sections.ts';

const FORMATS: Record<string, SourceFormat> = { '.txt': 'txt', '.text': 'txt', '.md': 'txt', '.html': 'html', '.htm': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

export type ReadResult = SourceDocument | IngestError;

/**
 * The files a list of paths stands for: files as given, directories walked in name order. A path
 * that cannot be read (dangling link, link loop, no permission) is an error; a link back to a
 * directory already walked is not walked again.
 */
export function* listInputFiles(paths: readonly string[], walked = new Set<string>()): Generator<string | IngestError> {
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      yield new IngestError(path, unreadable(err));
      continue;
    }
    if (!stat.isDirectory()) { yield path; continue; }
    let entries: string[];
    try {
      const real = realpathSync(path);
      if (walked.has(real)) continue;
      walked.add(real);
      entries = readdirSync(path).filter((n) => !n.startsWith('.')).sort().map((n) => join(path, n));
    } catch (err) {
      yield new IngestError(path, unreadable(err));
      continue;
    }
    yield* listInputFiles(entries.filter((p) => extname(p).toLowerCase() in FORMATS || isDirectory(p)), walked);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function unreadable(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read (${(err as Error).message})`;
}

/** Reads one file into its documents (several for a JSON file of records). */
export function readInputFile(file: string, options: DecodeOptions = DEFAULT_DECODE): ReadResult[] {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) return [new IngestError(file, `unsupported file type "${extname(file) || '(none)'}" (expected .txt, .html, .json or .jsonl)`)];
  let content: string;
  try {
    content = decodeText(readFileSync(file), file, options);
  } catch (err) {
    if (err instanceof IngestError) return [err];
    return [new IngestError(file, (err as Error).message)];
  }
  return readInputText(file, content);
}

/** Reads a file's content already in hand (an upload) into its documents, by the file's extension. */
export function readInputText(file: string, content: string): ReadResult[] {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) return [new IngestError(file, `unsupported file type "${extname(file) || '(none)'}" (expected .txt, .html, .json or .jsonl)`)];
  const stem = basename(file).replace(/\.[^.]+$/, '');
  if (format === 'txt') return [fromText(content, stem, file, 'txt')];
  if (format === 'html') return [fromHtml(content, stem, file, null)];
  return parseRecords(content, file, format).map((r, i) => (r instanceof IngestError ? r : fromRecord(r, stem, `${file}#${i + 1}`, format)));
}

export function* readInputs(paths: readonly string[], options: DecodeOptions = DEFAULT_DECODE): Generator<ReadResult> {
  for (const f of listInputFiles(paths)) {
    if (f instanceof IngestError) yield f;
    else yield* readInputFile(f, options);
  }
}

function fromText(text: string, id: string, source: string, format: SourceFormat): SourceDocument {
  return { id, source, format, text, title: firstLineTitle(text), url: null, byline: null, published: null, knownBoilerplate: [] };
}

function fromHtml(html: string, id: string, source: string, url: string | null): SourceDocument | IngestError {
  if (nestsDeeperThan(html)) return new IngestError(source, `HTML nested more than ${MAX_HTML_DEPTH} levels deep`);
  let article;
  try {
    article = readHtml(html);
  } catch (err) {
    return new IngestError(source, `could not parse HTML (${(err as Error).message})`);
  }
  if (!article || !article.text.trim()) return new IngestError(source, 'no article text found in the HTML');
  return { id, source, format: 'html', url, ...article };
}

function fromRecord(r: RawRecord, stem: string, source: string, format: SourceFormat): SourceDocument | IngestError {
  const id = r.id ?? source.slice(source.lastIndexOf('/') + 1).replace(/^[^#]*#/, `${stem}#`);
  const doc = r.text?.trim() ? fromText(r.text, id, source, format) : fromHtml(r.html!, id, source, r.url);
  if (doc instanceof IngestError) return doc;
  return { ...doc, format, title: r.title ?? doc.title, url: r.url ?? doc.url, published: isoDate(r.published) ?? doc.published };
}
