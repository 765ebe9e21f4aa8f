// Unit tests for the Map's event filters: partial dates, the date window, actor matching, types.
// Run: node --import tsx --test web/src/lib/event-filter.test.ts
/// <reference types="node" />
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateRange, dateSpan, inWindow, matches, matchesActor, typesOf, NO_FILTER } from './event-filter.ts';

const ev = (event_type: string, date: string | null, actors: string[] = [], targets: string[] = []) => ({ event_type, date, actors, targets });
const names = new Map([['hts', 'Hay\'at Tahrir al-Sham']]);

test('a partial date spans its year or month', () => {
  assert.deepEqual(dateSpan('2014'), ['2014-01-01', '2014-12-31']);
  assert.deepEqual(dateSpan('2024-02'), ['2024-02-01', '2024-02-29']);
  assert.deepEqual(dateSpan('2023-10-12'), ['2023-10-12', '2023-10-12']);
  assert.equal(dateSpan('last week'), null);
});

test('a partial date is in a window it overlaps', () => {
  assert.equal(inWindow('2014', '2014-06-01', ''), true);
  assert.equal(inWindow('2014-12', '', '2014-11-30'), false);
  assert.equal(inWindow('2013-07-23', '2013-07-23', '2013-07-23'), true);
});

test('undated events pass only when no window is set', () => {
  assert.equal(inWindow(null, '', ''), true);
  assert.equal(inWindow(null, '2010-01-01', ''), false);
});

test('the actor query matches keys and names, ignoring case, underscores and accents', () => {
  assert.equal(matchesActor(ev('Battles', null, ['islamic_state']), 'Islamic State', names), true);
  assert.equal(matchesActor(ev('Battles', null, [], ['hts']), 'tahrir', names), true);
  assert.equal(matchesActor(ev('Battles', null, ['hts']), 'houthis', names), false);
  assert.equal(matchesActor(ev('Battles', null, []), '  ', names), true);
});

test('hidden types are filtered out', () => {
  assert.equal(matches(ev('Battles', null), { ...NO_FILTER, hidden: ['Battles'] }, names), false);
  assert.equal(matches(ev('Protests', null), { ...NO_FILTER, hidden: ['Battles'] }, names), true);
});

test('the date range covers every dated event, whole months and years included', () => {
  assert.deepEqual(dateRange([ev('Battles', '2014'), ev('Battles', null), ev('Battles', '2012-12')]), { min: '2012-12-01', max: '2014-12-31' });
  assert.equal(dateRange([ev('Battles', null)]), null);
});

test('types come in the palette order, then unknown ones by name', () => {
  assert.deepEqual(typesOf([ev('Zeta', null), ev('Alpha', null), ev('Riots', null)], ['Battles', 'Riots']), ['Battles', 'Riots', 'Alpha', 'Zeta']);
});
