/**
 * An index over events sorted by start, built once per data set in O(n), so that each zoom frame asks
 * "what is in view?" and "how many start in this slice of time?" in O(log n) instead of O(n).
 */
import type { TimeSpan as TimeView, TimelineEvent } from './types.js';

export interface EventIndex {
  /** Start of each event, ascending (the events are sorted by start). */
  froms: Float64Array;
  tos: Float64Array;
  /**
   * The latest end of all (-Infinity when there are none). Not a column of the latest end up to each event,
   * which took 8 bytes an event (9 MB at a million, with room): the first event that reaches a time is found
   * in the max-end tree of interval-index.ts instead.
   */
  latestTo: number;
  /** 1 for a range (or an open end), 0 for a single date: only a range's two ends hold events (layout/squeeze.ts). */
  ranged: Uint8Array;
}

export function indexEvents(events: readonly (Pick<TimelineEvent, 'from' | 'to'> & { end?: unknown; openEnd?: boolean })[]): EventIndex {
  const n = events.length;
  const froms = new Float64Array(n);
  const tos = new Float64Array(n);
  const ranged = new Uint8Array(n);
  let maxTo = -Infinity;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    froms[i] = event.from;
    tos[i] = event.to;
    if (event.to > maxTo) maxTo = event.to;
    ranged[i] = event.end || event.openEnd ? 1 : 0;
  }
  return { froms, tos, latestTo: maxTo, ranged };
}

/** The first index of ascending `values` whose value is at least `value` (the length when there is none). */
export function lowerBound(values: Float64Array | Int32Array, value: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is more than `value`. */
export function upperBound(values: Float64Array, value: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function inView(index: EventIndex, i: number, view: TimeView): boolean {
  return index.tos[i] >= view.start && index.froms[i] <= view.end;
}

/** How many events in [first, end) are in view: O(k), for a range already known to be small. */
export function countInView(index: EventIndex, first: number, end: number, view: TimeView): number {
  let count = 0;
  for (let i = first; i < end; i++) if (inView(index, i, view)) count++;
  return count;
}
