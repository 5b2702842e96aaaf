/**
 * The events a large read has read and not yet shown, and their merge into those shown a step at a time
 * (merge-steps.ts), for controllers/large-read.ts on the main thread, whether the events were read there or
 * came from the worker. Pure: no DOM.
 */
import { joinSummaries, summarize, type BatchSummary } from './batch-summary.js';
import type { DerivedData } from './derive.js';
import { SteppedMerge, type MergeBuffers } from './merge-steps.js';
import { BATCH } from './read-large.js';
import type { TimelineEvent } from './types.js';

/**
 * Events read wait to be merged into those shown until there are at least an eighth as many (or BATCH):
 * each merge moves the events after the first one placed, so merging in ever larger batches keeps the
 * whole load O(n log n) at a million events rather than O(n²) in batches of a fixed size.
 */
export const mergeDue = (pending: number, shown: DerivedData) => pending >= Math.max(BATCH, shown.document.events.length >> 3);

/**
 * The events read and not yet shown, kept in time order, and the merge of a batch of them into those shown,
 * a step at a time (model/merge-steps.ts): a merge in one go takes 100–200 ms at half a million events.
 */
export class Merges {
  /** Batches read and not yet merging, each in time order: the merge takes them all at once, k ways. */
  private runs: TimelineEvent[][] = [];
  private waitingCount = 0;
  /** What the waiting batches add, summed as each came, so that no merge ends with passes over them all. */
  private summary?: BatchSummary;
  private merge?: SteppedMerge;
  private spare?: MergeBuffers;

  constructor(private readonly expected: number) {}

  get pending(): number {
    return this.waitingCount;
  }

  get merging(): boolean {
    return this.merge !== undefined;
  }

  /** A merge under way, or events waiting for one. */
  get busy(): boolean {
    return this.merging || this.waitingCount > 0;
  }

  /** Events read (in time order among themselves), to merge later. */
  add(sorted: TimelineEvent[]): void {
    if (!sorted.length) return;
    this.runs.push(sorted);
    this.waitingCount += sorted.length;
    const part = summarize(sorted);
    this.summary = this.summary ? joinSummaries(this.summary, part) : part;
  }

  /** Starts merging what waits into `shown`, unless a merge is under way or nothing waits. */
  start(shown: DerivedData): void {
    if (this.merge || !this.waitingCount) return;
    this.merge = new SteppedMerge(shown, this.runs, this.spare, this.expected, this.summary);
    this.runs = [];
    this.waitingCount = 0;
    this.summary = undefined;
  }

  /**
   * The merge taken on for about `ms`: the data with the batch in it once it is done, else undefined.
   * Until then the data shown stays the one the merge started from.
   */
  step(ms: number): DerivedData | undefined {
    if (!this.merge?.step(ms)) return undefined;
    const { derived, spare } = this.merge.finish();
    this.merge = undefined;
    this.spare = spare;
    return derived;
  }
}
