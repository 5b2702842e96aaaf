/**
 * A large input read without freezing the page (a chunk of its own, loaded with the first one): large text
 * in a module Worker (read-worker.ts) where one can start, else on the main thread in slices that each end
 * within a few tens of milliseconds, with a pause for the page between them. Either way this element's own
 * data is read a run of records at a time in the order given (model/read-runs.ts), and what has been read is
 * merged into what is shown a step per task (model/merge-steps.ts) and drawn while the rest is read: the
 * first events are on screen within a few tens of milliseconds. Other formats are read whole, then drawn in sorted batches.
 * The progress bar counts the records read.
 */
import { addRead, finishRuns } from '../model/changes.js';
import { Merges, mergeDue } from '../model/merge-queue.js';
import { DateCache } from '../model/date-cache.js';
import { byTime, derive, type DerivedData } from '../model/derive.js';
import { readFirst, readFirstValue } from '../model/read-core.js';
import { BATCH, SHOW_MS, readLargeSteps, withoutEvents, type LargeInput } from '../model/read-large.js';
import { ownRuns, type OwnRuns, type RunsEnd } from '../model/read-runs.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import type { FromWorker, ToWorker } from './read-worker.js';

/** A large list let go of once read, and made again for a page that asks for it (data-source.ts). */
export { letGo } from '../model/event-record.js';

/**
 * From what size a worker reads, rather than slices on the main thread. Text (from `src`): from 2 MB, as
 * the worker also takes JSON.parse, one long task that slices cannot split. A list given as `events` is
 * already parsed, and a worker would only add two copies (to it and back, each made in one task on the
 * page): measured at 1,000,000 events (bench/results.md), slices painted first in 74 ms, read all in 8 s with
 * no task over 85 ms, the worker in 376 ms and 14 s with tasks of 300–500 ms (the copies and the garbage
 * they make). So a list is always read in slices. (Changed by tests only.)
 */
export const workerFrom = { events: Infinity, chars: 2_000_000 };

/** Records read between two checks of the time, on the main thread. */
const SLICE_RECORDS = 500;
/** A slice of work on the main thread ends once it has taken this long, ms. */
const SLICE_MS = 12;
/** The first slice is shorter: what it reads is drawn at once, so the reader sees events sooner. */
const FIRST_SLICE_MS = 3;

/** Resolves in a task of its own, after the page has had its turn (input). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Resolves once the page has drawn a frame: tasks posted one after another can keep the browser from drawing
 * until they stop, so that what was read would be seen only at the end. In a hidden page, which draws no
 * frames, after a short wait instead.
 */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      nextTask().then(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
let policy: ScriptUrlPolicy | null | undefined;

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`) a worker's address must come from a policy: the
 * element's, `event-timeline`, which lets through its own worker's address and nothing else. Where the page
 * does not allow that policy, none (the worker is then refused, and the data read in slices).
 */
function workerPolicy(): ScriptUrlPolicy | null {
  if (policy !== undefined) return policy;
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes;
  const own = new URL('./read-worker.js', import.meta.url).href;
  try {
    policy = types?.createPolicy('event-timeline', { createScriptURL: (url) => (url === own ? url : '') }) ?? null;
  } catch {
    policy = null;
  }
  return policy;
}

/** A list of events (a bare list, or a document whose `events` is one) read as this element's own. */
function runsFor(input: LargeInput): OwnRuns | undefined {
  const first = input.text !== undefined ? readFirst(input.text, input.hints) : readFirstValue(input.value, input.hints);
  return first.kind === 'own' ? ownRuns(first.value) : undefined;
}

export class LargeRead {
  private worker?: Worker;
  private stopped = false;
  /** True once the reading was done by a worker (for tests and the bench). */
  usedWorker = false;

  /** `show`: the events read so far, to draw; `progress`: how many records have been read. */
  constructor(
    private readonly show: (derived: DerivedData) => void,
    private readonly progress: (events: number) => void,
  ) {}

  /** The data read, or undefined when cancelled. */
  async read(input: LargeInput): Promise<DerivedData | undefined> {
    const events = Array.isArray(input.value) ? input.value.length : ((input.value as { events?: unknown[] } | undefined)?.events?.length ?? 0);
    if ((input.text?.length ?? 0) < workerFrom.chars && events < workerFrom.events) return this.inSlices(input);
    try {
      const derived = await this.inWorker(input, events);
      this.usedWorker = true;
      return derived;
    } catch {
      // No worker (a policy without worker-src, no Worker at all, a file that did not load): the same reading here.
      this.worker?.terminate();
      this.worker = undefined;
      return this.stopped ? undefined : this.inSlices(input);
    }
  }

  private timer?: ReturnType<typeof setTimeout>;
  private lastShown = -Infinity;
  private lastDrawn?: DerivedData;

  /** Draws the events read so far at most every SHOW_MS: each drawing at a million events takes a while. */
  private present(derived: DerivedData): void {
    clearTimeout(this.timer);
    const wait = this.lastShown + SHOW_MS - performance.now();
    const show = () => {
      this.lastShown = performance.now();
      if (!this.stopped) this.show(derived);
    };
    if (wait <= 0) show();
    else this.timer = setTimeout(show, wait);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.stopped = true;
    this.worker?.terminate();
  }

  /** `expected`: how many records a value holds (0 for text, not known before it is parsed). */
  private inWorker(input: LargeInput, expected: number): Promise<DerivedData | undefined> {
    const url = new URL('./read-worker.js', import.meta.url).href;
    const worker = new Worker(workerPolicy()?.createScriptURL(url) ?? url, { type: 'module' });
    this.worker = worker;
    return new Promise<DerivedData | undefined>((resolve, reject) => {
      let derived: DerivedData | undefined;
      const merges = new Merges(expected);
      const dates = new DateCache();
      /** The worker's last word, once it has come (undefined: not yet). */
      let end: { runs?: RunsEnd } | undefined;
      let pumping = false;
      // The merges run in tasks of their own, a step each, while the worker's messages keep coming.
      const pump = async () => {
        if (pumping || !derived) return;
        pumping = true;
        for (;;) {
          if (this.stopped) return resolve(undefined);
          const first = !derived.document.events.length;
          if (!merges.merging && (first || end || mergeDue(merges.pending, derived))) merges.start(derived);
          if (!merges.merging) break;
          const merged = merges.step(first ? Infinity : SLICE_MS);
          if (merged) this.present((derived = merged));
          await nextTask();
        }
        pumping = false;
        if (!end) return;
        clearTimeout(this.timer);
        worker.terminate();
        resolve(end.runs ? finishRuns(derived, end.runs) : derived);
      };
      const fail = (error: Event) => {
        error.preventDefault();
        reject(error);
      };
      worker.onerror = fail;
      worker.onmessageerror = fail;
      worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
        if (this.stopped) return resolve(undefined);
        if (data.type === 'progress') this.progress(data.events);
        else if (data.type === 'document') derived = derive(data.document);
        else if (data.type === 'events' && derived) {
          // The copies of the dates the events share, one object each again, as a read here makes them.
          for (const event of data.events) {
            event.start = dates.share(event.start);
            if (event.end) event.end = dates.share(event.end);
          }
          // Each batch comes in time order (the worker sorts it).
          merges.add(data.events);
          void pump();
        } else if (data.type === 'end') {
          end = { runs: data.runs };
          if (!derived) return resolve(undefined);
          void pump();
        }
      };
      void this.send(worker, input).catch(reject);
    });
  }

  /**
   * The text at once (a copy of a string). A value's events in slices, each copied in a task of its own:
   * this element's own list is announced first, so that the worker reads each slice as it arrives.
   */
  private async send(worker: Worker, input: LargeInput): Promise<void> {
    const post = (message: ToWorker) => worker.postMessage(message);
    if (input.text !== undefined) return post({ type: 'text', text: input.text, hints: input.hints });
    const { value, hints } = input;
    const items = Array.isArray(value) ? value : (value as { events: unknown[] }).events;
    const shell = Array.isArray(value) ? undefined : { ...(value as object), events: undefined };
    const own = readFirstValue(value, hints).kind === 'own';
    if (own) post({ type: 'start', shell, total: items.length });
    for (let from = 0; from < items.length; from += BATCH) {
      if (from) await nextTask();
      // Stopped, or the worker failed (its file did not load): the rest would be copied for nothing.
      if (this.stopped || this.worker !== worker) return;
      post({ type: 'items', items: items.slice(from, from + BATCH) });
    }
    if (!own) post({ type: 'value', shell, hints });
  }

  private async inSlices(input: LargeInput): Promise<DerivedData | undefined> {
    const runs = runsFor(input);
    if (!runs) return this.wholeInSlices(input);
    let derived = derive(runs.shell);
    const merges = new Merges(runs.total);
    let lastFrame = performance.now();
    // Each task does one thing: reads a slice, or takes a merge a step further (then draws what it gave).
    while (runs.read < runs.total || merges.busy) {
      const first = !derived.document.events.length;
      if (merges.merging) {
        const merged = merges.step(first ? Infinity : SLICE_MS);
        if (merged) derived = merged;
      } else {
        const started = performance.now();
        const budget = first ? FIRST_SLICE_MS : SLICE_MS;
        const read: TimelineEvent[] = [];
        do for (const event of runs.next(runs.read + SLICE_RECORDS)) read.push(event);
        while (runs.read < runs.total && performance.now() - started < budget);
        // Each slice's events sorted among themselves (a few milliseconds), then joined to those waiting.
        merges.add(read.sort(byTime));
        this.progress(runs.read);
        if (first || runs.read === runs.total || mergeDue(merges.pending, derived)) merges.start(derived);
        // The first events are merged and drawn in this same task.
        if (first && merges.merging) derived = merges.step(Infinity) ?? derived;
      }
      const more = runs.read < runs.total || merges.busy;
      if (more && derived.document.events.length && derived !== this.lastDrawn && (first || performance.now() - this.lastShown >= SHOW_MS)) {
        this.lastShown = performance.now();
        this.lastDrawn = derived;
        this.show(derived);
        await nextFrame();
        lastFrame = performance.now();
      } else if (performance.now() - lastFrame >= SHOW_MS) {
        // Tasks posted one after another keep timers (the progress bar's) and frames waiting: a frame's turn.
        await nextFrame();
        lastFrame = performance.now();
      } else await nextTask();
      if (this.stopped) return undefined;
    }
    // The data drawn last holds the buffers of the merge before (tens of megabytes at a million events).
    this.lastDrawn = undefined;
    return finishRuns(derived, runs.finish());
  }

  /** Other formats: read whole, in steps where the reader has them, then drawn in sorted batches. */
  private async wholeInSlices(input: LargeInput): Promise<DerivedData | undefined> {
    const steps = readLargeSteps(input, SLICE_RECORDS, await import('../model/read.js'));
    let started = performance.now();
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      if (performance.now() - started < SLICE_MS) continue;
      this.progress(step.value);
      await nextTask();
      if (this.stopped) return undefined;
      started = performance.now();
    }
    const document: TimelineDocument = step.value;
    let derived = derive(withoutEvents(document));
    for (let from = 0; from < document.events.length; from += BATCH) {
      if (from) await nextTask();
      if (this.stopped) return undefined;
      this.present((derived = addRead(derived, document.events.slice(from, from + BATCH))));
    }
    clearTimeout(this.timer);
    return derived;
  }
}
