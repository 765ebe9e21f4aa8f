// The Reader's index: stored documents, newest first, filterable by title or source,
// each linking to the annotated article.
import { useEffect, useState } from 'react';
import { api, type DocumentRow } from '../../api.ts';
import { href } from '../../route.ts';

export function DocumentList() {
  const [docs, setDocs] = useState<DocumentRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => { api.documents().then(setDocs, (e: Error) => setError(e.message)); }, []);
  if (error) return <p className="error">{error}</p>;
  if (!docs) return <p className="muted">Loading documents…</p>;
  const f = filter.trim().toLowerCase();
  const shown = docs
    .filter((d) => !f || `${d.title ?? ''} ${d.source} ${d.doc_id}`.toLowerCase().includes(f))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || b.id - a.id);
  return (
    <div className="page doc-list">
      <div className="toolbar">
        <h2>Documents <span className="muted">{shown.length} of {docs.length}</span></h2>
        <input type="search" placeholder="filter by title or source" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <table>
        <thead><tr><th>Published</th><th>Title</th><th>Source</th></tr></thead>
        <tbody>
          {shown.map((d) => (
            <tr key={d.id}>
              <td className="nowrap">{d.published ?? <span className="muted">undated</span>}</td>
              <td><a href={href('reader', d.id)}>{d.title || d.doc_id}</a>
                {d.duplicate_of != null && <span className="chip"> near-duplicate of <a href={href('reader', d.duplicate_of)}>#{d.duplicate_of}</a></span>}</td>
              <td className="muted small">{d.url && /^https?:\/\//i.test(d.url) ? <a href={d.url} rel="noreferrer noopener" target="_blank">{d.source}</a> : d.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
