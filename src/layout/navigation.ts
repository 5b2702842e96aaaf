/** Which event the keyboard goes to next. Pure: indices into the events in time order. */
import type { TimelineEvent } from '../model/types.js';
import type { TimeView } from './view.js';

/**
 * PageDown: the first event that starts after the view, so that the view moves on by about a screenful;
 * PageUp: the last event that ends before it. At either end of the data, the first or last event.
 */
export function pageTarget(events: readonly TimelineEvent[], current: number, view: TimeView, by: -1 | 1): number {
  if (events.length === 0) return -1;
  if (by > 0) {
    for (let i = current + 1; i < events.length; i++) if (events[i].from > view.end) return i;
    return events.length - 1;
  }
  for (let i = current - 1; i >= 0; i--) if (events[i].to < view.start) return i;
  return 0;
}
