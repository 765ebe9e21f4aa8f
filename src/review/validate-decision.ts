// Checks a decision posted by the UI against the store: the subject exists, the decision fits
// the subject, and the payload names only known fields with known values. Errors name the field.
import type { Store } from '../store/index.ts';
import { ACTOR_KINDS, CERTAINTIES, RELATION_TYPES } from '../ontology.ts';
import { ReviewError } from '../errors.ts';
import { DECISIONS_FOR, type Decision, type DecisionKind, type DecisionPayload, type SubjectKind } from './types.ts';

const FIELDS: Partial<Record<`${SubjectKind}:${DecisionKind}`, Record<string, (v: unknown) => boolean>>> = {
  'claim:edit': { type: oneOf(RELATION_TYPES), certainty: oneOf(CERTAINTIES), negated: (v) => typeof v === 'boolean' },
  'actor:edit': { name: isName, kind: oneOf(ACTOR_KINDS) },
  'actor:promote': { name: isName, kind: oneOf(ACTOR_KINDS) },
  'actor:merge': { into: (v) => typeof v === 'string' && v.length > 0 },
  'actor:alias': { alias: isName },
};
const REQUIRED: Partial<Record<`${SubjectKind}:${DecisionKind}`, string[]>> = { 'actor:merge': ['into'], 'actor:alias': ['alias'] };

export function validateDecision(db: Store, input: { subject: string; decision: string; payload?: unknown }): Decision {
  const [kind, id] = splitSubject(input.subject);
  const allowed: readonly string[] = DECISIONS_FOR[kind];
  if (!allowed.includes(input.decision)) throw new ReviewError(`decision: "${input.decision}" does not apply to a ${kind} (expected ${allowed.join(', ')})`);
  const decision = input.decision as DecisionKind;
  const exists = kind === 'claim'
    ? db.prepare('SELECT 1 FROM claims WHERE fingerprint = ? LIMIT 1').get(id)
    : db.prepare('SELECT 1 FROM actors WHERE key = ?').get(id);
  if (!exists) throw new ReviewError(`subject: no ${kind} "${id}" in the store`);
  const payload = checkPayload(`${kind}:${decision}`, input.payload);
  if (decision === 'edit' && !Object.keys(payload ?? {}).length) throw new ReviewError('payload: an edit changes at least one field');
  if (payload?.into !== undefined) {
    if (payload.into === id) throw new ReviewError('payload.into: an actor cannot be merged into itself');
    if (!db.prepare('SELECT 1 FROM actors WHERE key = ?').get(payload.into)) throw new ReviewError(`payload.into: no actor "${payload.into}" in the store`);
  }
  return { subject: input.subject, decision, payload };
}

export function splitSubject(subject: string): [SubjectKind, string] {
  const m = /^(claim|actor):(.+)$/s.exec(subject);
  if (!m) throw new ReviewError(`subject: expected "claim:<fingerprint>" or "actor:<key>", got "${subject.slice(0, 80)}"`);
  return [m[1] as SubjectKind, m[2]!];
}

function checkPayload(key: `${SubjectKind}:${DecisionKind}`, raw: unknown): DecisionPayload | null {
  const fields = FIELDS[key] ?? {};
  if (raw == null) {
    const missing = REQUIRED[key]?.[0];
    if (missing) throw new ReviewError(`payload.${missing}: required for ${key.split(':')[1]}`);
    return null;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ReviewError('payload: expected an object');
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    const check = fields[field];
    if (!check) throw new ReviewError(`payload.${field}: not a field of ${key.replace(':', ' ')}`);
    if (!check(value)) throw new ReviewError(`payload.${field}: unexpected value ${JSON.stringify(value).slice(0, 60)}`);
    out[field] = typeof value === 'string' ? value.trim() : value;
  }
  for (const field of REQUIRED[key] ?? []) if (!(field in out)) throw new ReviewError(`payload.${field}: required for ${key.split(':')[1]}`);
  return out as DecisionPayload;
}

function oneOf(values: readonly string[]) { return (v: unknown) => typeof v === 'string' && values.includes(v); }
function isName(v: unknown): boolean { return typeof v === 'string' && v.trim().length > 0 && v.length <= 200 && !/[\u0000-\u001f]/.test(v); }
