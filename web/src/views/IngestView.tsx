// Ingest from the UI: drop or pick files (.txt, .html, .json, .jsonl) or paste a report; each is
// sent to the server in turn, with a progress bar and one line of outcome (or error) per file.
import { useState, type DragEvent } from 'react';
import { api, type IngestResult } from '../api.ts';
import { href } from '../route.ts';

interface Line { name: string; ok: boolean; text: string; id?: number }

const ACCEPTED = /\.(txt|html?|jsonl?)$/i;
const STATUS_WORDS: Record<string, string> = { stored: 'stored', near_duplicate: 'stored as a near-duplicate of an earlier copy', unchanged: 'already stored (unchanged)' };

function describe(name: string, r: IngestResult | { error: string }): Line {
  if ('error' in r) return { name, ok: false, text: r.error };
  return { name, ok: true, id: r.outcome.id, text: `${STATUS_WORDS[r.outcome.status] ?? r.outcome.status}: ${r.actors} actors, ${r.relations} relations, ${r.events} events` };
}

export function IngestView() {
  const [lines, setLines] = useState<Line[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [over, setOver] = useState(false);
  const [text, setText] = useState(''), [title, setTitle] = useState(''), [published, setPublished] = useState('');

  async function send(items: Array<{ name: string; body: () => Promise<Parameters<typeof api.ingest>[0]> }>) {
    setProgress({ done: 0, total: items.length });
    for (const [i, item] of items.entries()) {
      let line: Line[];
      try {
        const r = await api.ingest(await item.body());
        line = 'documents' in r ? r.documents.map((d, j) => describe(`${item.name} #${j + 1}`, d)) : [describe(item.name, r)];
      } catch (e) { line = [{ name: item.name, ok: false, text: (e as Error).message }]; }
      setLines((old) => [...line, ...old]);
      setProgress({ done: i + 1, total: items.length });
    }
  }

  const sendFiles = (files: File[]) => {
    const rejected = files.filter((f) => !ACCEPTED.test(f.name));
    if (rejected.length) setLines((old) => [...rejected.map((f) => ({ name: f.name, ok: false, text: 'not a .txt, .html, .json or .jsonl file' })), ...old]);
    void send(files.filter((f) => ACCEPTED.test(f.name)).map((f) => ({ name: f.name, body: async () => ({ filename: f.name, text: await f.text() }) })));
  };
  const onDrop = (e: DragEvent) => { e.preventDefault(); setOver(false); sendFiles([...e.dataTransfer.files]); };

  return (
    <div className="page">
      <div className="ingest-grid">
        <section>
          <h3>Files</h3>
          <div className={`drop ${over ? 'over' : ''}`} data-testid="ingest-drop" onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
            <p>Drop reports here: .txt, .html, .json or .jsonl</p>
            <input type="file" multiple accept=".txt,.html,.htm,.json,.jsonl" data-testid="ingest-file-input" onChange={(e) => sendFiles([...(e.target.files ?? [])])} />
          </div>
        </section>
        <form onSubmit={(e) => { e.preventDefault(); if (!text.trim()) return; void send([{ name: title || 'pasted text', body: async () => ({ text, title: title || undefined, published: published || undefined }) }]); }}>
          <h3>Paste a report</h3>
          <input placeholder="title (optional)" value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: '60%' }} />{' '}
          <label>published <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} data-testid="ingest-published" /></label>
          <textarea value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste the article text…" data-testid="ingest-text" />
          <button className="primary" data-testid="ingest-submit" disabled={!text.trim()}>Extract and store</button>
        </form>
      </div>
      {progress && (
        <div data-testid="ingest-progress" data-done={progress.done} data-total={progress.total}>
          <progress max={progress.total} value={progress.done} /> {progress.done} / {progress.total}
        </div>
      )}
      <ul data-testid="ingest-results">
        {lines.map((l, i) => (
          <li key={i} className={l.ok ? '' : 'error'} data-testid="ingest-result" data-ok={l.ok}>
            <strong>{l.name}</strong>: {l.text} {l.id != null && <a href={href('reader', l.id)}>read</a>}
          </li>
        ))}
      </ul>
    </div>
  );
}
