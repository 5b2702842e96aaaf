/**
 * A large read's batch merged into the events shown a stretch at a time, so that no task of the page takes
 * long even at a million events (large-read.ts runs the steps in tasks of their own). A merge in place
 * (merge-in-place.ts) moves every event after the first one placed in one go: 100–200 ms at half a million.
 * Here the merged list and index are written into a second set of buffers while the first stays whole and
 * drawn; at the end the two swap, and the buffers of the data shown before are the next merge's (two sets in
 * all, made once with room for the whole read). Pure: no DOM.
 */
import type { BatchSummary } from './batch-summary.js';
import { afterChange } from './changes.js';
import { byTime, type DerivedData } from './derive.js';
import type { EventIndex } from './event-index.js';
import type { IdMap } from './id-map.js';
import type { TimelineEvent } from './types.js';

/** Where a merge writes: a list of events and the columns of its index, with room. */
export interface MergeBuffers {
  events: TimelineEvent[];
  froms: Float64Array;
  tos: Float64Array;
  ranged: Uint8Array;
}

/** Positions merged between two looks at the clock. */
const STRETCH = 4_096;

/** The buffers under the data shown: its list and its index's arrays, whole (they are views with room). */
function buffersOf(derived: DerivedData): MergeBuffers {
  const { froms, tos, ranged } = derived.index;
  const whole = (values: Float64Array) => new Float64Array(values.buffer, 0, values.buffer.byteLength / 8);
  return { events: derived.document.events, froms: whole(froms), tos: whole(tos), ranged: new Uint8Array(ranged.buffer) };
}

function allocate(room: number): MergeBuffers {
  return { events: [], froms: new Float64Array(room), tos: new Float64Array(room), ranged: new Uint8Array(room) };
}

export class SteppedMerge {
  private readonly out: MergeBuffers;
  private readonly size: number;
  private readonly counts: Map<string | undefined, number>;
  /** The events merged in, in time order (the next data set's `inserted`). */
  private readonly inserted: TimelineEvent[] = [];
  /** The runs whose next event is not yet merged, as a binary heap by that event (byTime). */
  private readonly heads: number[] = [];
  /** Each run's next event, by position. */
  private readonly next: Int32Array;
  private i = 0;
  private written = 0;
  private maxTo = -Infinity;
  private nextIndex: number;

  /**
   * `runs`: events none of which is shown yet, each run in time order (byTime), as a large read's slices
   * come. `spare`: buffers no data shown uses (what the last merge gave back), or none. `expected`: how many
   * events the whole read will have. `summary`: what the runs add, summed as they were read.
   */
  constructor(
    private readonly shown: DerivedData,
    private readonly runs: readonly (readonly TimelineEvent[])[],
    spare: MergeBuffers | undefined,
    expected = 0,
    private readonly summary?: BatchSummary,
  ) {
    this.size = shown.document.events.length + runs.reduce((sum, run) => sum + run.length, 0);
    const room = Math.max(this.size + (this.size >> 1), expected + (expected >> 3));
    this.out = spare && spare.froms.length >= this.size && spare.events !== shown.document.events ? spare : allocate(room);
    this.counts = new Map(shown.categoryCounts);
    this.nextIndex = shown.nextIndex;
    this.next = new Int32Array(runs.length);
    runs.forEach((run, r) => run.length && this.heads.push(r));
    for (let at = (this.heads.length >> 1) - 1; at >= 0; at--) this.sink(at);
  }

  private first(run: number): TimelineEvent {
    return this.runs[run][this.next[run]];
  }

  /** Moves the run at heap position `at` down to where its next event belongs. */
  private sink(at: number): void {
    const { heads } = this;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heads.length) return;
      const right = left + 1;
      const least = right < heads.length && byTime(this.first(heads[right]), this.first(heads[left])) < 0 ? right : left;
      if (byTime(this.first(heads[least]), this.first(heads[at])) >= 0) return;
      [heads[at], heads[least]] = [heads[least], heads[at]];
      at = least;
    }
  }

  /** Merges for about `ms` milliseconds (Infinity: to the end). True once all is merged. */
  step(ms = Infinity): boolean {
    const until = performance.now() + ms;
    const events = this.shown.document.events;
    const { froms, tos, ranged } = this.shown.index;
    const { out, size, heads, runs, next } = this;
    const byId = this.shown.byId as IdMap;
    const n = events.length;
    let { i, written, maxTo } = this;
    while (written < size) {
      const stop = Math.min(size, written + STRETCH);
      for (; written < stop; written++) {
        const run = heads.length ? heads[0] : -1;
        const event = run >= 0 ? runs[run][next[run]] : undefined;
        // The shown event goes first while it sorts before the next one to merge (as insertionPoints places it).
        // The list is written in place, not truncated first: a length set to 0 gives its storage back, and a
        // million pushes would then grow it again, copy after copy.
        if (i < n && (!event || froms[i] < event.from || (froms[i] === event.from && (tos[i] < event.to || (tos[i] === event.to && events[i].index < event.index))))) {
          out.events[written] = events[i];
          out.froms[written] = froms[i];
          out.tos[written] = tos[i];
          out.ranged[written] = ranged[i];
          if (tos[i] > maxTo) maxTo = tos[i];
          i++;
        } else {
          const added = event!;
          out.events[written] = added;
          out.froms[written] = added.from;
          out.tos[written] = added.to;
          out.ranged[written] = added.end || added.openEnd ? 1 : 0;
          if (added.to > maxTo) maxTo = added.to;
          this.inserted.push(added);
          // Found by id from now on; positions still say "not shown" until the merge ends (not in the list).
          byId.set(added);
          this.counts.set(added.category, (this.counts.get(added.category) ?? 0) + 1);
          if (added.index >= this.nextIndex) this.nextIndex = added.index + 1;
          if (++next[run] === runs[run].length) heads[0] = heads[heads.length - 1], heads.pop();
          this.sink(0);
        }
      }
      if (performance.now() >= until) break;
    }
    Object.assign(this, { i, written, maxTo });
    return written === size;
  }

  /** Once step() has said all is merged: the data with the batch in it, and the buffers to give the next merge. */
  finish(): { derived: DerivedData; spare: MergeBuffers } {
    const { out, size } = this;
    out.events.length = size;
    const view = (values: Float64Array) => new Float64Array(values.buffer, 0, size);
    const index: EventIndex = { froms: view(out.froms), tos: view(out.tos), latestTo: this.maxTo, ranged: new Uint8Array(out.ranged.buffer, 0, size) };
    const derived = afterChange(this.shown, out.events, index, this.shown.byId as IdMap, this.counts, this.inserted, [], this.nextIndex, this.summary);
    return { derived, spare: buffersOf(this.shown) };
  }
}
