/**
 * Puts changes into the sorted events and their index in place: no new list or typed array per change,
 * since allocating tens of megabytes for each change at a million events costs more in garbage
 * collection than the change itself. Each change is placed by binary search (O(k log n)); the stretches
 * between changes then move, the index's with native copies (`copyWithin`): O(n - p) moves from the first
 * position p changed, each event moved once.
 * The index's arrays keep room to grow (views over a larger buffer), so most changes allocate nothing.
 */
import type { EventIndex } from './event-index.js';
import type { TimelineEvent } from './types.js';

/**
 * `events` and `index` less the positions in `gone`, with `inserted` (in time order) merged in. Returns the
 * new index (views). `expected`: how many events a read under way will have in all, when known.
 */
export function mergeInPlace(events: TimelineEvent[], index: EventIndex, gone: readonly number[], inserted: readonly TimelineEvent[], expected = 0): EventIndex {
  const n = events.length;
  const size = n - gone.length + inserted.length;
  let { froms, tos, ranged } = index;
  if (froms.buffer.byteLength < size * 8) {
    // Room to grow by half as much again: later changes fit without a new buffer. A large read gets room for
    // all it will read at its first merge: each new buffer of tens of megabytes made the page collect its
    // garbage at once (external memory pressure), a pause of hundreds of ms at a million events.
    const room = Math.max(size + Math.max(1024, size >> 1), expected + (expected >> 3));
    const grow = (values: Float64Array) => {
      const next = new Float64Array(room);
      next.set(values);
      return next;
    };
    [froms, tos] = [grow(froms), grow(tos)];
    const kinds = new Uint8Array(room);
    kinds.set(ranged);
    ranged = kinds;
  } else {
    [froms, tos] = [froms, tos].map((values) => new Float64Array(values.buffer, 0, Math.max(n, size)));
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
  // Insertions: each placed (see insertionPoints), then from the last, each stretch after an insertion point
  // moves right by the events still to place before it: every event after the first insertion moves once.
  if (inserted.length) {
    const at = insertionPoints(events, froms, tos, length, inserted);
    if (few) for (let j = inserted.length - 1; j >= 0; j--) events.splice(at[j], 0, inserted[j]);
    // The list grows by pushes: a length set far past its room would turn it into a dictionary, slow to read ever after.
    else for (let j = 0; j < inserted.length; j++) events.push(inserted[j]);
    for (let j = inserted.length - 1; j >= 0; j--) {
      move(at[j] + j + 1, at[j], j + 1 < inserted.length ? at[j + 1] : length);
      place(at[j] + j, inserted[j]);
    }
    changedFrom = Math.min(changedFrom, at[0]);
  }
  // The latest end: the earlier one or a new event's, unless an event was taken out (maybe the latest), when
  // it is looked for again over all the ends (a native pass, about a millisecond at a million).
  let latestTo = gone.length ? -Infinity : index.latestTo;
  if (gone.length) for (let i = 0; i < size; i++) latestTo = tos[i] > latestTo ? tos[i] : latestTo;
  else for (const event of inserted) latestTo = event.to > latestTo ? event.to : latestTo;
  const view = (values: Float64Array) => new Float64Array(values.buffer, 0, size);
  return { froms: view(froms), tos: view(tos), latestTo, ranged: new Uint8Array(ranged.buffer, 0, size) };
}

/**
 * Where each of `inserted` (in time order) goes among the first `length` events: the first position whose
 * event sorts after it (byTime: start, end, then source order). Compared in the index's starts and ends (typed
 * arrays, in cache) and only for equal both in the events' source order: a comparison through the event
 * objects misses the cache at every step at a million events. By binary search, O(k log n), for a few; by one
 * walk, O(n + k), for many (a large read merges batches of an eighth of what is shown).
 */
export function insertionPoints(events: readonly TimelineEvent[], froms: Float64Array, tos: Float64Array, length: number, inserted: readonly TimelineEvent[]): Int32Array {
  const at = new Int32Array(inserted.length);
  const before = (i: number, event: TimelineEvent) =>
    froms[i] < event.from || (froms[i] === event.from && (tos[i] < event.to || (tos[i] === event.to && events[i].index < event.index)));
  if (inserted.length * 32 < length) {
    inserted.forEach((event, j) => {
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(mid, event)) lo = mid + 1;
        else hi = mid;
      }
      at[j] = lo;
    });
  } else {
    let i = 0;
    inserted.forEach((event, j) => {
      while (i < length && before(i, event)) i++;
      at[j] = i;
    });
  }
  return at;
}
