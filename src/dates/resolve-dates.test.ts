// Date resolution: each form, against a publication date; past-leaning years; bad dates never throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileDatePatterns, findDates, inferAnchor, loadDateWords } from './index.ts';

const patterns = compileDatePatterns(loadDateWords());
const first = (text: string, anchor: string | null) => {
  const d = findDates(text, patterns, anchor)[0];
  return d ? `${d.date} ${d.precision}` : null;
};

const CASES: Array<[string, string | null, string | null]> = [
  ['On Nov. 27, 2024, the offensive began.', null, '2024-11-27 day'],
  ['killed on 23 July 2013 near the town', null, '2013-07-23 day'],
  ['The group was formed in September 2001 in Iraq.', null, '2001-09 month'],
  ['a statement released on July 12 said', '2013-07-25', '2013-07-12 day'],
  ['a statement released on December 30 said', '2014-01-05', '2013-12-30 day'],
  ['the 22nd and 23rd of July', '2013-07-25', '2013-07-23 day'],
  ['besieged since late November', '2015-02-01', '2014-11 month'],
  ['had some success in mid-May', '2015-06-01', '2015-05 month'],
  ['took over much of Idlib beginning in March', '2015-06-01', '2015-03 month'],
  ['struck the facility earlier today', '2019-08-31', '2019-08-31 day'],
  ['conducted joint attacks earlier this month', '2019-08-31', '2019-08 month'],
  ['began distancing itself last year', '2024-12-01', '2023 year'],
  ['battled the Islamic State earlier this year', '2015-06-01', '2015 year'],
  ['clashes on Tuesday', '2019-08-31', '2019-08-27 day'],
  ['just weeks after its fighters captured Palmyra', '2015-06-01', '2015-05 month'],
  ['expanded to Raqqa in 2012', null, '2012 year'],
  ['at the end of September 2024', null, '2024-09 month'],
  ['on February 30 the town fell', '2020-05-01', null],
  ['250 to 300 active fighters for 31 years', '2020-05-01', null],
  ['earlier today', null, null],
];

for (const [text, anchor, expected] of CASES) {
  test(`date of "${text}" (published ${anchor ?? 'unknown'})`, () => assert.equal(first(text, anchor), expected));
}

test('a text without a publication date is anchored on its latest full date', () => {
  const dates = findDates('Formed in December 2012. On July 23, 2013, it took the town. In January 2013 a branch formed.', patterns, null);
  assert.deepEqual(inferAnchor(dates), { date: '2013-07-23', reason: 'latest full date in the text: "July 23, 2013"' });
});
