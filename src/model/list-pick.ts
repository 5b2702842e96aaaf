/**
 * Which events the screen-reader list holds when more are in view than it may hold (render/event-list.ts).
 * Without rows, the first in time order. With a grouped chart's rows (bands), every band's share: taken in
 * turn from each band's events in view, so that a band whose events come late in time, or a band far down
 * the page, is still read, as the chart shows every band. In time order either way. Pure, O(rows · log n + limit).
 */
import { lowerBound, type EventIndex } from './event-index.js';
import { overlapping } from './interval-index.js';
import type { TimeSpan } from './types.js';

/** The row (band) of the event at each position in time order, and each row's positions, ascending. */
export interface RowsAt {
  readonly rowAt: Int32Array;
  readonly places: readonly Int32Array[];
}

/** The positions (in time order) of at most `limit` events in `view`, ascending. */
export function pickInView(index: EventIndex, view: TimeSpan, limit: number, rows?: RowsAt): number[] {
  const { before, from, end } = overlapping(index, view);
  if (!rows || before.length + end - from <= limit) {
    const picked = before.slice(0, limit);
    for (let i = from; i < end && picked.length < limit; i++) picked.push(i);
    return picked;
  }
  // Each row's events in view: those that began before the view (few), then its places within [from, end).
  const earlier: number[][] = rows.places.map(() => []);
  for (const i of before) earlier[rows.rowAt[i]]?.push(i);
  const cursors = rows.places.map((places) => lowerBound(places, from));
  const taken = rows.places.map(() => 0);
  const picked: number[] = [];
  let active = rows.places.map((_, row) => row);
  while (picked.length < limit && active.length) {
    const still: number[] = [];
    for (const row of active) {
      if (picked.length >= limit) break;
      const early = earlier[row];
      let next: number | undefined;
      if (taken[row] < early.length) next = early[taken[row]++];
      else if (cursors[row] < rows.places[row].length && rows.places[row][cursors[row]] < end) next = rows.places[row][cursors[row]++];
      if (next === undefined) continue;
      picked.push(next);
      still.push(row);
    }
    active = still;
  }
  return picked.sort((a, b) => a - b);
}

