// Knowledge-base validation: the real knowledge base loads; each kind of broken entry is caught
// with a message naming the file and the entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCheck, loadKnowledge, parseActorFile } from './index.ts';
import { loadFoldingRules, nameKey } from '../text/index.ts';

const rules = loadFoldingRules();
const key = (n: string) => nameKey(n, rules);

test('the knowledge base loads, with at least 120 actors of every kind, Syria and Iraq first', () => {
  const k = loadKnowledge();
  assert.ok(k.actors.length >= 120, `${k.actors.length} actors`);
  for (const kind of ['armed_group', 'coalition', 'state', 'political', 'person']) {
    assert.ok(k.actors.some((a) => a.kind === kind), `no ${kind}`);
  }
  assert.ok(k.actors.filter((a) => a.countries.includes('SY')).length >= 60);
  assert.ok(k.actors.filter((a) => a.countries.includes('IQ')).length >= 30);
  for (const a of k.actors) assert.ok(a.source.length > 3, `${a.id} has no source`);
});

function problemsOf(entries: unknown[]): string[] {
  const problems: string[] = [];
  const actors = parseActorFile('t.yaml', entries, problems);
  return [...problems, ...crossCheck(actors, [], key, new Set())];
}

const base = { id: 'a', name: 'Alpha Brigade', kind: 'armed_group', source: 'test' };
const CASES: Array<[string, unknown[], RegExp]> = [
  ['duplicate id', [base, { ...base, name: 'Beta Brigade' }], /duplicate id "a"/],
  ['alias on two actors', [base, { ...base, id: 'b', name: 'Beta', aliases: ['Alpha Brigade'] }], /name "alpha brigade" is also a name of "a"/],
  ['alias collision after folding', [{ ...base, aliases: ['Jaish al-Nasr'] }, { ...base, id: 'b', name: 'Jaysh al Nasr' }], /is also a name of "a"/],
  ['fact to an unknown id', [{ ...base, facts: [{ type: 'member_of', target: 'nobody' }] }], /points to unknown id "nobody"/],
  ['unknown fact type', [{ ...base, facts: [{ type: 'friend_of', target: 'a' }] }], /type must be one of/],
  ['years out of order', [{ ...base, founded: 2015, dissolved: 2012 }], /founded 2015 is after dissolved 2012/],
  ['fact years out of order', [base, { ...base, id: 'b', name: 'B', facts: [{ type: 'member_of', target: 'a', from: 2020, to: 2019 }] }], /from 2020 is after to 2019/],
  ['missing source', [{ id: 'a', name: 'A', kind: 'armed_group' }], /"source" is required/],
  ['unknown field', [{ ...base, alias: ['x'] }], /unknown field "alias"/],
  ['bad kind', [{ ...base, kind: 'gang' }], /kind must be one of/],
  ['bad country code', [{ ...base, countries: ['Syria'] }], /not an ISO 3166 alpha-2 code/],
  ['bad id', [{ ...base, id: 'Alpha-1' }], /must be snake_case/],
  ['demonyms on a group', [{ ...base, demonyms: ['Alphan'] }], /for states only/],
];

for (const [what, entries, re] of CASES) {
  test(`validation catches: ${what}`, () => {
    const problems = problemsOf(entries);
    assert.ok(problems.some((p) => re.test(p)), problems.join('\n') || '(no problem reported)');
    assert.ok(problems.every((p) => p.startsWith('t.yaml')), problems.join('\n'));
  });
}

test('a valid entry has no problem', () => assert.deepEqual(problemsOf([base, { ...base, id: 'b', name: 'Beta', facts: [{ type: 'splinter_of', target: 'a', from: 2014 }] }]), []));
