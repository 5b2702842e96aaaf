/** What kind of mark a date makes, apart from dates.ts (the parser, which loads with the data's reader). */
import type { DateKinds } from '../render/legend.js';
import type { EventDate, TimelineEvent } from './types.js';

/** True when the date is known only as a span wider than a day, so it is drawn as a bar, not a point. */
export function isImprecise(date: EventDate): boolean {
  return date.alternatives !== undefined || !['day', 'minute', 'second', 'millisecond'].includes(date.precision);
}

/**
 * The kinds of date the events use, as the chart draws them (a point is what layout/marks.ts's isPoint
 * says). Here rather than beside the legend, so that reading (changes.ts, the worker) needs no DOM module.
 */
export function dateKinds(events: readonly TimelineEvent[]): DateKinds {
  const kinds: DateKinds = { point: false, span: false, approximate: false, uncertain: false };
  for (const event of events) {
    if (!event.end && !event.openEnd && !isImprecise(event.start)) kinds.point = true;
    else kinds.span = true;
    if (event.start.approximate || event.end?.approximate) kinds.approximate = true;
    if (event.start.uncertain || event.end?.uncertain) kinds.uncertain = true;
  }
  return kinds;
}
