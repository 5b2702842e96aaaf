/**
 * The first step of reading any events text, synchronous and small enough for the main bundle: strip a
 * byte order mark, choose the format, and read this element's own JSON at once. TimelineJS3, CSV and TSV
 * are handed on to the readers in `read.ts`, which the element loads only when a page gives such data.
 */
import { chooseFormat, isTimelineJs, type ReadHints } from './choose-format.js';
import { withoutBom } from './guards.js';
import { parseEventsDocument, parseEventsJson } from './parse.js';
import type { TimelineDocument } from './types.js';

export type FirstRead =
  /** This element's JSON (or JSON that could not be parsed), read. */
  | { kind: 'read'; document: TimelineDocument }
  /** A table for the delimited reader. */
  | { kind: 'table'; body: string; format: 'csv' | 'tsv' }
  /** A TimelineJS3 value, parsed, for its reader. */
  | { kind: 'timelinejs'; value: unknown };

export function readFirst(text: string, hints: ReadHints = {}): FirstRead {
  const body = withoutBom(text);
  const format = chooseFormat(body, hints);
  if (format === 'csv' || format === 'tsv') return { kind: 'table', body, format };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { kind: 'read', document: parseEventsJson(body) };
  }
  return readFirstValue(value, format === 'timelinejs');
}

/** For the `events` property: a TimelineJS3 object (or any object when `timelineJs` is forced) goes on. */
export function readFirstValue(value: unknown, timelineJs = false): FirstRead {
  return timelineJs || isTimelineJs(value) ? { kind: 'timelinejs', value } : { kind: 'read', document: parseEventsDocument(value) };
}
