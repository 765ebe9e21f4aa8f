// The trigger of a rule is a part every match contains: required, outside the slots, never a
// zero-width assertion; a pattern that alternates at the top has none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requiredSlots, triggerSource, triggerSources } from './rule-trigger.ts';
import { loadRelationRules } from './index.ts';
import { loadEventRules } from '../events/index.ts';

test('the trigger is the longest required part outside the slots', () => {
  assert.equal(triggerSource('{X} ... \\b(?:coordinat|cooperat)(?:e|es|ed)? (?:\\S+ ){0,3}?(?:with|alongside) {Y}'), '(?:coordinat|cooperat)');
  assert.equal(triggerSource('(?:{X} ... )?(?<![-‐])\\b(?:seized|captured)\\b(?: (?:\\S+ ){0,6}?from {Y})?'), '(?:seized|captured)');
  assert.equal(triggerSource('(?:{X}|{ITS}),? (?:along|together) with {Y}'), '(?:along|together)');
  assert.equal(triggerSource('{X} or {Y}|{Y} and {X}'), null);
  assert.equal(triggerSource('{X} {Y}'), null);
});

test('every required part outside the slots is a trigger, the longest first', () => {
  assert.deepEqual(triggerSources('{X} ... \\b(?:is|are) (?:\\S+ ){0,2}?(?:part|members?) of {Y}'), ['(?:part|members?)', '(?:is|are)']);
  assert.deepEqual(triggerSources('{X} or {Y}|{Y} and {X}'), []);
});

test('a rule needs as many actors as it has required slots', () => {
  assert.equal(requiredSlots('{X} ... \\b(?:coordinat|cooperat)e? with {Y}'), 2);
  assert.equal(requiredSlots('(?:{X} ... )?\\b(?:seized|captured)\\b(?: from {Y})?'), 0);
  assert.equal(requiredSlots('(?:{X}|{ITS}),? (?:along|together) with {Y}'), 1);
  assert.equal(requiredSlots('{Xm} members of {X}'), 1);
});

test("every rule's trigger is found in the rule's own example", () => {
  // Each rule's own example must pass its trigger: a trigger that rejected its example would hide the rule.
  for (const rule of [...loadRelationRules(), ...loadEventRules()]) {
    for (const trigger of rule.triggers) assert.ok(trigger.test(rule.example), `${rule.id}: trigger ${trigger} rejects its example`);
  }
});
