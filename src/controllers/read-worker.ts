/**
 * The worker that reads a large input off the main thread (a module Worker; large-read.ts starts it, and
 * the bundle ships it as a file of its own beside the element's). No DOM.
 *
 * This element's own list of events is read a run at a time (model/read-runs.ts): the page announces it
 * (`start`) and sends its records in slices, and each slice is read as it arrives and its events sent back
 * at once, sorted among themselves, so that the page draws the first ones while the rest are on their way;
 * text from `src` is parsed, then read the same way. The end says what needs every event (problems, the
 * story, links to no event). Other formats are read whole, then sent sorted in batches.
 */
import { byTime } from '../model/derive.js';
import { readFirst } from '../model/read-core.js';
import * as readers from '../model/read.js';
import { BATCH, readLargeSteps, withoutEvents, type LargeInput } from '../model/read-large.js';
import { ownRuns, type OwnRuns, type RunsEnd } from '../model/read-runs.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';

/** What the page sends. */
export type ToWorker =
  | { type: 'text'; text: string; hints: LargeInput['hints'] }
  /** This element's own list of `total` events follows in `items` slices; `shell`, the document around it. */
  | { type: 'start'; shell?: Record<string, unknown>; total: number }
  | { type: 'items'; items: unknown[] }
  /** Another format's records have all been sent: read them whole. */
  | { type: 'value'; shell?: Record<string, unknown>; hints: LargeInput['hints'] };

/** What the worker answers. */
export type FromWorker =
  | { type: 'progress'; events: number }
  | { type: 'document'; document: TimelineDocument }
  | { type: 'events'; events: TimelineEvent[] }
  | { type: 'end'; runs?: RunsEnd };

/** How often the worker says how far it has read, in records. */
const REPORT_EVERY = 10_000;

const scope = self as unknown as { onmessage: ((message: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void };
let items: unknown[] = [];
let runs: OwnRuns | undefined;

/** Reads the records that have arrived, sends their events, and the end once all are read. */
function readArrived(): void {
  if (!runs) return;
  const events = runs.next(items.length).sort(byTime);
  scope.postMessage({ type: 'progress', events: runs.read });
  if (events.length) scope.postMessage({ type: 'events', events });
  if (runs.read === runs.total) end(runs);
}

function end(done: OwnRuns): void {
  scope.postMessage({ type: 'end', runs: done.finish() });
  runs = undefined;
  items = [];
}

function readWhole(input: LargeInput): void {
  const steps = readLargeSteps(input, REPORT_EVERY, readers);
  let step = steps.next();
  for (; !step.done; step = steps.next()) scope.postMessage({ type: 'progress', events: step.value });
  const document = step.value;
  scope.postMessage({ type: 'document', document: withoutEvents(document) });
  for (let from = 0; from < document.events.length; from += BATCH) scope.postMessage({ type: 'events', events: document.events.slice(from, from + BATCH) });
  scope.postMessage({ type: 'end' });
}

scope.onmessage = ({ data }) => {
  if (data.type === 'start') {
    runs = ownRuns(data.shell ? { ...data.shell, events: items } : items, items, data.total)!;
    scope.postMessage({ type: 'document', document: runs.shell });
    if (!data.total) end(runs);
  } else if (data.type === 'items') {
    for (const item of data.items) items.push(item);
    readArrived();
  } else if (data.type === 'value') {
    const input = { value: data.shell ? { ...data.shell, events: items } : items, hints: data.hints };
    items = [];
    readWhole(input);
  } else {
    const first = readFirst(data.text, data.hints);
    const own = first.kind === 'own' ? ownRuns(first.value) : undefined;
    if (!own) return readWhole({ text: data.text, hints: data.hints });
    scope.postMessage({ type: 'document', document: own.shell });
    while (own.read < own.total) {
      const events = own.next(own.read + BATCH).sort(byTime);
      scope.postMessage({ type: 'progress', events: own.read });
      if (events.length) scope.postMessage({ type: 'events', events });
    }
    end(own);
  }
};
