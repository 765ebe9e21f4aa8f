// Unit tests for the Reader's annotation builders: layer order and section merging.
// Run: node --import tsx --test web/src/lib/annotations.test.ts
/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationsOf, sectionsOf } from './annotations.ts';
import type { DocumentFull } from '../api.ts';

const text = 'Menu\n\nJNIM attacked Djibo.\nGreat post!';
const x: DocumentFull['extraction'] = {
  sections: [
    { kind: 'boilerplate', start: 0, end: 4, cue: 'nav' }, { kind: 'body', start: 4, end: 6, cue: 'body' },
    { kind: 'boilerplate', start: 6, end: 6, cue: 'nav' }, { kind: 'body', start: 6, end: 27, cue: 'body' },
    { kind: 'comment', start: 27, end: 38, cue: 'comment_thread' },
  ],
  actors: [{ id: 'jnim', name: 'JNIM', kind: 'armed_group', known_id: 'jnim', discovered: false, mentions: [{ start: 6, end: 10, text: 'JNIM', section: 'body', rule: 'actors.name' }] }],
  relations: [],
  events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', actors: ['jnim'], targets: [], location: { name: 'Djibo' }, date: null, fatalities: null, evidence: { start: 6, end: 26, text: 'JNIM attacked Djibo.' }, rule: 'battles.attack' }],
  places: [{ name: 'Djibo', kind: 'populated_place', country: 'BF', mentions: [{ start: 20, end: 25, text: 'Djibo', section: 'body' }] }],
};

test('events come before places and actors, so they wrap them', () => {
  assert.deepEqual(annotationsOf(x).map((a) => a.layer), ['event', 'place', 'actor']);
});

test('whitespace-only sections join the section before them', () => {
  assert.deepEqual(sectionsOf(x, text).map((s) => [s.kind, s.start, s.end]), [['boilerplate', 0, 6], ['body', 6, 27], ['comment', 27, 38]]);
});
