/**
 * The worker that reads a large input off the main thread (a module Worker; large-read.ts starts it, and
 * the bundle ships it as a file of its own beside the element's). It is sent the text, or the events in
 * slices then the rest of the document; it reads them with the element's own readers (model/read-large.ts),
 * saying how many records it has read as it goes, then sends the document without its events, and the
 * events, sorted, in batches. No DOM.
 */
import { BATCH, readLargeSteps, withoutEvents, type LargeInput } from '../model/read-large.js';

/** What the page sends. */
export type ToWorker =
  | { type: 'text'; text: string; hints: LargeInput['hints'] }
  | { type: 'items'; items: unknown[] }
  | { type: 'value'; shell?: Record<string, unknown>; hints: LargeInput['hints'] };

/** What the worker answers. */
export type FromWorker =
  | { type: 'progress'; events: number }
  | { type: 'document'; document: import('../model/types.js').TimelineDocument; total: number }
  | { type: 'events'; events: import('../model/types.js').TimelineEvent[] }
  | { type: 'end' };

/** How often the worker says how far it has read, in records. */
const REPORT_EVERY = 10_000;

const scope = self as unknown as { onmessage: ((message: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void };
let items: unknown[] = [];

scope.onmessage = ({ data }) => {
  if (data.type === 'items') {
    for (const item of data.items) items.push(item);
    scope.postMessage({ type: 'progress', events: items.length });
    return;
  }
  const input: LargeInput = data.type === 'text' ? { text: data.text, hints: data.hints } : { value: data.shell ? { ...data.shell, events: items } : items, hints: data.hints };
  items = [];
  const steps = readLargeSteps(input, REPORT_EVERY);
  let step = steps.next();
  for (; !step.done; step = steps.next()) scope.postMessage({ type: 'progress', events: step.value });
  const document = step.value;
  scope.postMessage({ type: 'document', document: withoutEvents(document), total: document.events.length });
  for (let from = 0; from < document.events.length; from += BATCH) scope.postMessage({ type: 'events', events: document.events.slice(from, from + BATCH) });
  scope.postMessage({ type: 'end' });
};
