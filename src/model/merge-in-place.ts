/**
 * Puts changes into the sorted events and their index in place: no new list or typed array per change,
 * since allocating tens of megabytes for each change at a million events costs more in garbage
 * collection than the change itself. Each change is placed by binary search (O(k log n)); the stretches
 * between changes then move, the index's with native copies (`copyWithin`): O(n - p) moves from the first
 * position p changed, each event moved once.
 * The index's arrays keep room to grow (views over a larger buffer), so most changes allocate nothing.
 */
import { insertionPoint } from './derive.js';
import { lowerBound, upperBound, type EventIndex } from './event-index.js';
import type { TimelineEvent } from './types.js';

/** `events` and `index` less the positions in `gone`, with `inserted` (in time order) merged in. Returns the new index (views). */
export function mergeInPlace(events: TimelineEvent[], index: EventIndex, gone: readonly number[], inserted: readonly TimelineEvent[]): EventIndex {
  const n = events.length;
  const size = n - gone.length + inserted.length;
  let { froms, tos, maxTos, ranged } = index;
  if (froms.buffer.byteLength < size * 8) {
    // Room to grow by half as much again: later changes fit without a new buffer (a large one can cost a full garbage collection).
    const room = size + Math.max(1024, size >> 1);
    const grow = (values: Float64Array) => {
      const next = new Float64Array(room);
      next.set(values);
      return next;
    };
    [froms, tos, maxTos] = [grow(froms), grow(tos), grow(maxTos)];
    const kinds = new Uint8Array(room);
    kinds.set(ranged);
    ranged = kinds;
  } else {
    [froms, tos, maxTos] = [froms, tos, maxTos].map((values) => new Float64Array(values.buffer, 0, Math.max(n, size)));
    ranged = new Uint8Array(ranged.buffer, 0, Math.max(n, size));
  }
  // A few changes go into the list by splice, which V8 does as one memmove; many, by a loop over the list
  // (Array's copyWithin is much slower). The index's typed arrays always move with native copies.
  const few = gone.length + inserted.length <= 64;
  const columns = [froms, tos, ranged];
  // Moves [from, to) of the index, and of the list for many changes, to `target`.
  const move = (target: number, from: number, to: number) => {
    if (to <= from || target === from) return;
    for (const column of columns) column.copyWithin(target, from, to);
    if (few) return;
    if (target < from) for (let i = from; i < to; i++) events[target + i - from] = events[i];
    else for (let i = to - 1; i >= from; i--) events[target + i - from] = events[i];
  };
  let changedFrom = n;
  // Removals: each stretch between two removed positions closes up to the left.
  let length = n;
  if (gone.length) {
    changedFrom = gone[0];
    gone.forEach((at, i) => move(at - i, at + 1, i + 1 < gone.length ? gone[i + 1] : n));
    if (few) for (let i = gone.length - 1; i >= 0; i--) events.splice(gone[i], 1);
    length = n - gone.length;
    events.length = length;
  }
  const place = (at: number, event: TimelineEvent) => {
    events[at] = event;
    froms[at] = event.from;
    tos[at] = event.to;
    ranged[at] = event.end || event.openEnd ? 1 : 0;
  };
  // Insertions: each placed by binary search, searched first in the starts (a typed array, in cache), then by
  // time order among the few equal starts: a search through the event objects alone misses the cache at every
  // step at a million events. Then from the last, each stretch after an insertion point moves right by the
  // events still to place before it: every event after the first insertion moves once.
  if (inserted.length) {
    const at = inserted.map((event) => {
      const lo = lowerBound(froms, event.from, 0, length);
      return insertionPoint(events, event, lo, upperBound(froms, event.from, lo, length));
    });
    if (few) for (let j = inserted.length - 1; j >= 0; j--) events.splice(at[j], 0, inserted[j]);
    // The list grows by pushes: a length set far past its room would turn it into a dictionary, slow to read ever after.
    else for (let j = 0; j < inserted.length; j++) events.push(inserted[j]);
    for (let j = inserted.length - 1; j >= 0; j--) {
      move(at[j] + j + 1, at[j], j + 1 < inserted.length ? at[j + 1] : length);
      place(at[j] + j, inserted[j]);
    }
    changedFrom = Math.min(changedFrom, at[0]);
  }
  let maxTo = changedFrom > 0 ? maxTos[changedFrom - 1] : -Infinity;
  for (let i = changedFrom; i < size; i++) maxTos[i] = maxTo = Math.max(maxTo, tos[i]);
  const view = (values: Float64Array) => new Float64Array(values.buffer, 0, size);
  return { froms: view(froms), tos: view(tos), maxTos: view(maxTos), ranged: new Uint8Array(ranged.buffer, 0, size) };
}
