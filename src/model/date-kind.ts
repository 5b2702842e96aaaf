/** What kind of mark a date makes, apart from dates.ts (the parser, which loads with the data's reader). */
import type { DateKinds } from '../render/legend.js';
import type { EventDate, TimelineEvent } from './types.js';

/** True when the date is known only as a span wider than a day, so it is drawn as a bar, not a point. */
export function isImprecise(date: EventDate): boolean {
  return date.alternatives !== undefined || !FINE.has(date.precision);
}

// Made once: a list made at each call (the reading of each event, each mark drawn) showed in profiles.
const FINE: ReadonlySet<string> = new Set(['day', 'minute', 'second', 'millisecond']);

/** An exact day or time is a point; a range, an open end or an imprecise date (a month, a year) is a span. */
export function isPoint(event: TimelineEvent): boolean {
  return !event.end && !event.openEnd && !isImprecise(event.start);
}

/**
 * The kinds of date the events use, as the chart draws them (points and spans as isPoint tells them). Here
 * rather than beside the legend, so that reading (changes.ts, the worker) needs no DOM module.
 */
export function dateKinds(events: readonly TimelineEvent[]): DateKinds {
  const kinds: DateKinds = { point: false, span: false, approximate: false, uncertain: false };
  for (const event of events) {
    if (isPoint(event)) kinds.point = true;
    else kinds.span = true;
    if (event.start.approximate || event.end?.approximate) kinds.approximate = true;
    if (event.start.uncertain || event.end?.uncertain) kinds.uncertain = true;
    // Every kind seen: the rest cannot add one.
    if (kinds.point && kinds.span && kinds.approximate && kinds.uncertain) break;
  }
  return kinds;
}
