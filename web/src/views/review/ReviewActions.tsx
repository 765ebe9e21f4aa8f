// The buttons and small forms of one review item: judge or correct a claim; accept, reject,
// rename, merge, alias or promote an actor. Each sends one decision and reports back.
import { useState } from 'react';
import { api, type Decision, type ReviewItem } from '../../api.ts';

const RELATION_TYPES = ['allied_with', 'hostile_to', 'affiliate_of', 'member_of', 'leader_of', 'pledged_allegiance_to', 'successor_of', 'splinter_of', 'supported_by'];
const CERTAINTIES = ['asserted', 'attributed', 'hedged'];
const KINDS = ['armed_group', 'coalition', 'state', 'political', 'person'];

export function ReviewActions({ item, onDone }: { item: ReviewItem; onDone: (error?: string) => void }) {
  const [form, setForm] = useState<'edit' | 'merge' | 'alias' | 'promote' | null>(null);
  const send = (d: Decision) => api.decide(d).then(() => { setForm(null); onDone(); }, (e: Error) => onDone(e.message));
  const subject = item.subject;
  return (
    <div className="review-actions">
      <button onClick={() => send({ subject, decision: 'accept' })} data-testid="review-accept">Accept</button>
      <button onClick={() => send({ subject, decision: 'reject' })} data-testid="review-reject">{item.kind === 'actor' ? 'Not an actor' : 'Reject'}</button>
      <button onClick={() => setForm(form === 'edit' ? null : 'edit')} data-testid="review-edit">Edit</button>
      {item.kind === 'actor' && <>
        <button onClick={() => setForm(form === 'merge' ? null : 'merge')} data-testid="review-merge">Merge into…</button>
        {/* An alias links a name to a knowledge-base entry: a discovered actor needs promoting first. */}
        <button onClick={() => setForm(form === 'alias' ? null : 'alias')} data-testid="review-alias" disabled={item.actor?.discovered && item.status !== 'promoted'}
          title={item.actor?.discovered && item.status !== 'promoted' ? 'promote it to the knowledge base first' : 'a name that will link to this actor'}>Add alias</button>
        {item.actor?.discovered && <button onClick={() => setForm(form === 'promote' ? null : 'promote')} data-testid="review-promote">Promote to knowledge base</button>}
      </>}
      {item.status !== 'pending' && <button onClick={() => send({ subject, decision: 'reset' })} data-testid="review-reset">Undo</button>}
      {form === 'edit' && item.claim && <ClaimEdit item={item} onSave={(payload) => send({ subject, decision: 'edit', payload })} />}
      {form === 'edit' && item.actor && <ActorEdit item={item} label="Save" onSave={(payload) => send({ subject, decision: 'edit', payload })} />}
      {form === 'promote' && item.actor && <ActorEdit item={item} label="Promote" onSave={(payload) => send({ subject, decision: 'promote', payload })} />}
      {form === 'merge' && <MergeForm onMerge={(into) => send({ subject, decision: 'merge', payload: { into } })} />}
      {form === 'alias' && <TextForm label="Alias" button="Add" onSubmit={(alias) => send({ subject, decision: 'alias', payload: { alias } })} />}
    </div>
  );
}

function ClaimEdit({ item, onSave }: { item: ReviewItem; onSave: (p: { type: string; certainty: string; negated: boolean }) => void }) {
  const c = item.claim!;
  const [type, setType] = useState(c.type), [certainty, setCertainty] = useState(c.certainty), [negated, setNegated] = useState(c.negated);
  return (
    <form className="review-form" onSubmit={(e) => { e.preventDefault(); onSave({ type, certainty, negated }); }}>
      <select value={type} onChange={(e) => setType(e.target.value)} data-testid="edit-type">{RELATION_TYPES.map((t) => <option key={t} value={t}>{t.replace(/_/g, ' ')}</option>)}</select>
      <select value={certainty} onChange={(e) => setCertainty(e.target.value)}>{CERTAINTIES.map((t) => <option key={t}>{t}</option>)}</select>
      <label><input type="checkbox" checked={negated} onChange={(e) => setNegated(e.target.checked)} /> denied</label>
      <button className="primary" data-testid="edit-save">Save</button>
    </form>
  );
}

function ActorEdit({ item, label, onSave }: { item: ReviewItem; label: string; onSave: (p: { name: string; kind: string }) => void }) {
  const [name, setName] = useState(item.actor!.name), [kind, setKind] = useState(item.actor!.kind);
  return (
    <form className="review-form" onSubmit={(e) => { e.preventDefault(); onSave({ name, kind }); }}>
      <input value={name} onChange={(e) => setName(e.target.value)} aria-label="name" />
      <select value={kind} onChange={(e) => setKind(e.target.value)} aria-label="kind">{KINDS.map((k) => <option key={k} value={k}>{k.replace(/_/g, ' ')}</option>)}</select>
      <button className="primary">{label}</button>
    </form>
  );
}

function MergeForm({ onMerge }: { onMerge: (into: string) => void }) {
  const [hits, setHits] = useState<Array<{ key: string; name: string; kind: string }>>([]);
  return (
    <div className="review-form">
      <input placeholder="the actor it is the same as…" data-testid="merge-search" onChange={(e) => { if (e.target.value.length >= 2) api.actors(e.target.value).then(setHits, () => setHits([])); }} />
      <ul>{hits.map((h) => <li key={h.key}><button onClick={() => onMerge(h.key)} data-testid="merge-into">{h.name}</button> <span className="muted">{h.kind.replace(/_/g, ' ')} · {h.key}</span></li>)}</ul>
    </div>
  );
}

function TextForm({ label, button, onSubmit }: { label: string; button: string; onSubmit: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <form className="review-form" onSubmit={(e) => { e.preventDefault(); if (text.trim()) onSubmit(text.trim()); }}>
      <input placeholder={label} value={text} onChange={(e) => setText(e.target.value)} data-testid="alias-input" />
      <button className="primary">{button}</button>
    </form>
  );
}
