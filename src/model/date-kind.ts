/** What kind of mark a date makes, apart from dates.ts (the parser, which loads with the data's reader). */
import type { EventDate } from './types.js';

/** True when the date is known only as a span wider than a day, so it is drawn as a bar, not a point. */
export function isImprecise(date: EventDate): boolean {
  return date.alternatives !== undefined || !['day', 'minute', 'second', 'millisecond'].includes(date.precision);
}
