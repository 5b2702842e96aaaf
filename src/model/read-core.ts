/**
 * The first step of reading any events text, synchronous and small enough for the main bundle: strip a
 * byte order mark, choose the format, and read this element's own JSON at once. TimelineJS3, CSV and TSV
 * are handed on to the readers in `read.ts`, which the element loads only when a page gives such data.
 */
import { chooseFormat, isGeoJson, isTimelineJs, needsMapping, type ReadHints } from './choose-format.js';
import { withoutBom } from './guards.js';
import { parseEventsDocument } from './parse.js';
import type { TimelineDocument } from './types.js';

export type FirstRead =
  /** This element's JSON, read. */
  | { kind: 'read'; document: TimelineDocument }
  /** Text meant as JSON that is not: the readers place the error (a scan of its own). */
  | { kind: 'broken-json'; body: string }
  /** A table for the delimited reader. */
  | { kind: 'table'; body: string; format: 'csv' | 'tsv'; hints: ReadHints }
  /** A TimelineJS3 value, parsed, for its reader. */
  | { kind: 'timelinejs'; value: unknown }
  /** Records for the field-mapping reader: JSON read with `fields`, `date-format` or `mapEvent`, or GeoJSON. */
  | { kind: 'records'; value: unknown; hints: ReadHints };

export function readFirst(text: string, hints: ReadHints = {}): FirstRead {
  const body = withoutBom(text);
  const format = chooseFormat(body, hints);
  if (format === 'csv' || format === 'tsv') return { kind: 'table', body, format, hints };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { kind: 'broken-json', body };
  }
  return readFirstValue(value, hints, format === 'timelinejs');
}

/**
 * For the `events` property too: a TimelineJS3 object (or any object when `timelineJs` is forced), GeoJSON,
 * and data read with field mapping go on to their readers; this element's own JSON is read at once.
 */
export function readFirstValue(value: unknown, hints: ReadHints = {}, timelineJs = false): FirstRead {
  if (timelineJs || isTimelineJs(value)) return { kind: 'timelinejs', value };
  if (isGeoJson(value) || needsMapping(hints)) return { kind: 'records', value, hints };
  return { kind: 'read', document: parseEventsDocument(value) };
}
