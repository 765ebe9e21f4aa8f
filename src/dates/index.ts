// Stage "dates": dates in the text resolved against the publication date (or one inferred from the text).
export type { DateMention, DatePrecision, DateWords } from './types.ts';
export { compileDatePatterns, findDates, inferAnchor, loadDateWords } from './resolve-dates.ts';
