// Plain data of the date stage: dates found in the text, resolved against the publication date.

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO date at its precision: "2013-07-23", "2013-07", "2013". */
  date: string;
  precision: DatePrecision;
  /** How it was resolved: "absolute", "month_day+year_of_anchor", "relative:last_year"... */
  rule: string;
}

export interface DateWords {
  months: Map<string, number>;
  weekdays: string[];
  qualifiers: string[];
}
