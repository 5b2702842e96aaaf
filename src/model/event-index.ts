/**
 * An index over events sorted by start, built once per data set in O(n), so that each zoom frame asks
 * "what is in view?" and "how many start in this slice of time?" in O(log n) instead of O(n).
 */
import type { TimeSpan as TimeView, TimelineEvent } from './types.js';

export interface EventIndex {
  /** Start of each event, ascending (the events are sorted by start). */
  froms: Float64Array;
  tos: Float64Array;
  /** The latest end among events 0..i: non-decreasing, so it can be searched too. */
  maxTos: Float64Array;
  /** 1 for a range (or an open end), 0 for a single date: only a range's two ends hold events (layout/squeeze.ts). */
  ranged: Uint8Array;
}

export function indexEvents(events: readonly (Pick<TimelineEvent, 'from' | 'to'> & { end?: unknown; openEnd?: boolean })[]): EventIndex {
  const n = events.length;
  const froms = new Float64Array(n);
  const tos = new Float64Array(n);
  const maxTos = new Float64Array(n);
  const ranged = new Uint8Array(n);
  let maxTo = -Infinity;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    froms[i] = event.from;
    tos[i] = event.to;
    maxTo = Math.max(maxTo, event.to);
    maxTos[i] = maxTo;
    ranged[i] = event.end || event.openEnd ? 1 : 0;
  }
  return { froms, tos, maxTos, ranged };
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

/**
 * The events that show in the view: every index in [first, end) whose span reaches the view. Events
 * before `first` all end before the view; events from `end` on all start after it. Between the two,
 * `inView` tells the few that end early (a short event under a long one).
 */
export function visibleRange(index: EventIndex, view: TimeView): { first: number; end: number } {
  return { first: lowerBound(index.maxTos, view.start), end: upperBound(index.froms, view.end) };
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
