/**
 * Reading a large input, the same in the worker (controllers/read-worker.ts, which runs it to its end) and
 * on the main thread where no worker can start (controllers/large-read.ts, which runs it in slices): the
 * same readers as a small input's, so that the result is the same, event for event and problem for problem.
 * Then the events, sorted, go to the element in batches, each added as `addEvents` adds (changes.ts).
 * Pure: no DOM.
 */
import type { ReadHints } from './choose-format.js';
import { parseEventsDocumentSteps } from './parse.js';
import { readFirst, readFirstValue, type Readers } from './read-core.js';
import type { TimelineDocument } from './types.js';

/** Text from `src`, or a value given as `events`; with the hints that can cross to a worker (no `mapEvent`). */
export interface LargeInput {
  text?: string;
  value?: unknown;
  hints: Omit<ReadHints, 'mapEvent'>;
}

/**
 * Events sent or added at once: small enough that a batch is copied out of its message (structured clone)
 * and added within a few milliseconds at a million events; they are drawn at most every SHOW_MS.
 */
export const BATCH = 5_000;
export const SHOW_MS = 100;

/**
 * Reads in steps: this element's own JSON pauses every `every` records (yielding how many were read),
 * other shapes are read in one step by `readers` (the other formats' readers: a module of their own, which
 * the page loads only for such data). With `every` = Infinity, no pause at all.
 */
export function* readLargeSteps(input: LargeInput, every: number, readers: Readers): Generator<number, TimelineDocument> {
  const first = input.text !== undefined ? readFirst(input.text, input.hints) : readFirstValue(input.value, input.hints);
  if (first.kind === 'own') return yield* parseEventsDocumentSteps(first.value, {}, every);
  return readers.readRest(first);
}

/** A document without its events: what comes before the batches. */
export function withoutEvents(document: TimelineDocument): TimelineDocument {
  return { ...document, events: [] };
}
