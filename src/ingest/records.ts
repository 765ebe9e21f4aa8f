// Reads JSON and JSON Lines files of records {id, text | html, title?, url?, published?}.
// A .json file holds one record or an array of them. Each bad record is its own error.
import { IngestError } from '../errors.ts';

export interface RawRecord {
  id: string | null;
  text: string | null;
  html: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
}

/** Parses the records of a file; a bad record gives an IngestError in its place. */
export function parseRecords(content: string, file: string, format: 'json' | 'jsonl'): Array<RawRecord | IngestError> {
  if (format === 'jsonl') {
    const out: Array<RawRecord | IngestError> = [];
    content.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}: line ${i + 1}`;
      try {
        out.push(toRecord(JSON.parse(line), where));
      } catch (err) {
        out.push(err instanceof IngestError ? err : new IngestError(`${file}`, `line ${i + 1}: not valid JSON (${(err as Error).message})`));
      }
    });
    if (!out.length) out.push(new IngestError(file, 'empty document'));
    return out;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (err) {
    return [new IngestError(file, `not valid JSON (${(err as Error).message})`)];
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  if (!items.length) return [new IngestError(file, 'empty document (an empty array of records)')];
  return items.map((item, i) => {
    try {
      return toRecord(item, Array.isArray(parsed) ? `${file}: record ${i + 1}` : file);
    } catch (err) {
      return err as IngestError;
    }
  });
}

function toRecord(value: unknown, where: string): RawRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new IngestError(where, 'a record must be a JSON object');
  const v = value as Record<string, unknown>;
  const str = (k: string): string | null => {
    const x = v[k];
    if (x == null) return null;
    if (typeof x === 'number' && k === 'id') return String(x);
    if (typeof x !== 'string') throw new IngestError(where, `"${k}" must be a string`);
    return x;
  };
  const record: RawRecord = {
    id: str('id'), text: str('text'), html: str('html'), title: str('title'), url: str('url'),
    published: str('published') ?? str('date'),
  };
  if (!record.text?.trim() && !record.html?.trim()) throw new IngestError(where, 'missing "text" or "html"');
  return record;
}
