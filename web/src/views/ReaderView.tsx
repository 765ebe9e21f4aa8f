// The Reader: a stored article with what was extracted from it marked where it was found, and the
// claims at any clicked place in a side panel. With no document, the list of stored documents.
import { useEffect, useMemo, useState } from 'react';
import { api, type DocumentFull } from '../api.ts';
import { href } from '../route.ts';
import { annotationsOf, nameIn, sectionsOf, identityOf, LAYERS, type Annotation, type Layer } from '../lib/annotations.ts';
import { ArticleText } from './reader/ArticleText.tsx';
import { ClaimPanel } from './reader/ClaimPanel.tsx';
import { ReaderLegend } from './reader/ReaderLegend.tsx';
import { DocumentList } from './reader/DocumentList.tsx';
import { DocumentSummary } from './reader/DocumentSummary.tsx';

interface Pick { covering: Annotation[]; layer: Layer }

function Article({ doc }: { doc: DocumentFull }) {
  const [visible, setVisible] = useState<Set<Layer>>(() => new Set(LAYERS));
  const [pick, setPick] = useState<Pick | null>(null);
  const all = useMemo(() => annotationsOf(doc.extraction), [doc]);
  const sections = useMemo(() => sectionsOf(doc.extraction, doc.text), [doc]);
  const counts = Object.fromEntries(LAYERS.map((l) => [l, all.filter((a) => a.layer === l).length])) as Record<Layer, number>;
  const selected = new Set((pick?.covering ?? []).filter((a) => a.layer === pick?.layer).map(identityOf));
  const toggle = (l: Layer) => setVisible((v) => { const n = new Set(v); if (n.has(l)) n.delete(l); else n.add(l); return n; });
  const nameOf = (id: string) => nameIn(doc.extraction, id);
  return (
    <div className="split reader">
      <div className="page">
        <div className="reader-head">
          <a href={href('reader')} className="small">← all documents</a>
          <h2>{doc.title || doc.doc_id}</h2>
          <div className="muted small">
            #{doc.id} · {doc.published ?? 'undated'} · {doc.source}
            {doc.duplicate_of != null && <> · near-duplicate of <a href={href('reader', doc.duplicate_of)}>#{doc.duplicate_of}</a></>}
          </div>
          <ReaderLegend visible={visible} counts={counts} onToggle={toggle} />
        </div>
        <ArticleText text={doc.text} sections={sections} annotations={all.filter((a) => visible.has(a.layer))}
          selected={selected} onPick={(covering, layer) => setPick({ covering, layer })} />
      </div>
      {pick
        ? <ClaimPanel picked={pick.covering} layer={pick.layer} nameOf={nameOf} onClose={() => setPick(null)} />
        : <DocumentSummary doc={doc} />}
    </div>
  );
}

export function ReaderView({ documentId }: { documentId: number | null }) {
  const [doc, setDoc] = useState<DocumentFull | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDoc(null); setError(null);
    if (documentId == null || !Number.isInteger(documentId)) return;
    let live = true;
    api.document(documentId).then((d) => live && setDoc(d), (e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [documentId]);
  if (documentId == null) return <DocumentList />;
  if (!Number.isInteger(documentId)) return <p className="page error">Not a document id.</p>;
  if (error) return <div className="page"><p className="error">{error}</p><a href={href('reader')}>all documents</a></div>;
  if (!doc) return <p className="page muted">Loading document #{documentId}…</p>;
  return <Article key={doc.id} doc={doc} />;
}
