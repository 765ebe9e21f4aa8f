// Plain data of the event stage: rules read from data/, and the events they produce.
import type { EventType } from '../ontology.ts';
import type { DatePrecision } from '../dates/index.ts';

export interface EventRule {
  id: string;
  eventType: EventType;
  subEventType: string;
  /** Sub-event type when an initiator is a state ("Government regains territory"). */
  ifState: string | null;
  /** The rule reads an outcome (a killing): told with its means (an airstrike), the means name the event. */
  outcome: boolean;
  /** The rule reads a one-sided means (an airstrike, a bomb) that can carry a killing's roles. */
  means: boolean;
  pattern: RegExp;
  /** Parts every match contains (relations/rule-trigger.ts): a sentence without one of them is not tried. */
  triggers: RegExp[];
  /** Actors a sentence needs for the pattern to match. */
  minSlots: number;
  example: string;
}

export interface DocEvent {
  event_type: EventType;
  sub_event_type: string;
  actors: string[];
  targets: string[];
  location: { name: string; country: string | null; admin1: string | null; lat: number | null; lon: number | null } | null;
  date: string | null;
  date_precision: DatePrecision | null;
  fatalities: number | null;
  evidence: { start: number; end: number; text: string };
  section: 'body';
  rule: string;
}
