/**
 * A large input read without freezing the page (a chunk of its own, loaded with the first one): in a module
 * Worker (read-worker.ts) where one can start, else on the main thread in slices that each end within a
 * few tens of milliseconds, with a pause for the page between them. Either way this element's own data is
 * read a run of records at a time in the order given (model/read-runs.ts), and what has been read is merged
 * into what is shown (changes.ts, `addRead`) and drawn while the rest is read: the first events are on
 * screen within a few tens of milliseconds. Other formats are read whole, then drawn in sorted batches.
 * The progress bar counts the records read.
 */
import { addRead, finishRuns } from '../model/changes.js';
import { DateCache } from '../model/date-cache.js';
import { byTime, derive, type DerivedData } from '../model/derive.js';
import { readFirst, readFirstValue } from '../model/read-core.js';
import { BATCH, SHOW_MS, readLargeSteps, withoutEvents, type LargeInput } from '../model/read-large.js';
import { ownRuns, type OwnRuns } from '../model/read-runs.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import type { FromWorker, ToWorker } from './read-worker.js';

/**
 * From what size a worker reads, rather than slices on the main thread. Text (from `src`): from 2 MB, as
 * the worker also takes JSON.parse, one long task that slices cannot split. A list given as `events` must
 * first be copied to the worker, so slices read it up to a few hundred thousand events: measured
 * (bench/results.md) at 100,000 events, slices painted first in 539 ms with no task over 65 ms, a worker in
 * 828 ms (it sorts all before the first batch); at 1,000,000 the slices' garbage collection made tasks of
 * 2 s, the worker's of 0.6 s. (Changed by tests only.)
 */
export const workerFrom = { events: 250_000, chars: 2_000_000 };

/** Records read between two checks of the time, on the main thread. */
const SLICE_RECORDS = 500;
/** A slice of work on the main thread ends once it has taken this long, ms. */
const SLICE_MS = 25;
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

/**
 * Events read wait to be merged into those shown until there are at least an eighth as many (or BATCH):
 * each merge moves the events after the first one placed, so merging in ever larger batches keeps the
 * whole load O(n log n) at a million events rather than O(n²) in batches of a fixed size.
 */
const mergeDue = (pending: number, shown: DerivedData) => pending >= Math.max(BATCH, shown.document.events.length >> 3);

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
      let pending: TimelineEvent[] = [];
      let drawn = false;
      const dates = new DateCache();
      const merge = () => {
        if (!derived || !pending.length) return;
        derived = addRead(derived, pending, expected);
        pending = [];
        drawn = true;
        this.present(derived);
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
            pending.push(event);
          }
          if (!drawn || mergeDue(pending.length, derived)) merge();
        } else if (data.type === 'end') {
          merge();
          clearTimeout(this.timer);
          worker.terminate();
          resolve(derived && data.runs ? finishRuns(derived, data.runs) : derived);
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
    let pending: TimelineEvent[] = [];
    while (runs.read < runs.total) {
      const started = performance.now();
      const budget = derived.document.events.length ? SLICE_MS : FIRST_SLICE_MS;
      // Each slice's events sorted among themselves (a few milliseconds): the merge's sort then only joins runs.
      const read: TimelineEvent[] = [];
      do for (const event of runs.next(runs.read + SLICE_RECORDS)) read.push(event);
      while (runs.read < runs.total && performance.now() - started < budget);
      for (const event of read.sort(byTime)) pending.push(event);
      this.progress(runs.read);
      // The first events read are drawn at once; later ones as they add up, at most every SHOW_MS.
      const first = !derived.document.events.length;
      if (first || runs.read === runs.total || mergeDue(pending.length, derived)) {
        derived = addRead(derived, pending, runs.total);
        pending = [];
      }
      if (runs.read < runs.total && derived.document.events.length && (first || performance.now() - this.lastShown >= SHOW_MS)) {
        this.lastShown = performance.now();
        this.show(derived);
        await nextFrame();
      } else await nextTask();
      if (this.stopped) return undefined;
    }
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
