/**
 * The first step of reading any events text, synchronous and small enough for the main bundle: strip a
 * byte order mark, choose the format, parse JSON. What comes next is the readers' (`read-own.ts` for this
 * element's own JSON; `read.ts` for TimelineJS3, vis-timeline, CSV, TSV, GeoJSON and field mapping), which the element
 * loads on demand, each a file of its own, unless a page or a server has provided them (`provideReaders`).
 */
import { chooseFormat, isGeoJson, isTimelineJs, isVisTimeline, needsMapping, type ReadHints } from './choose-format.js';
import { isObject, withoutBom } from './guards.js';
import type { TimelineDocument } from './types.js';

export type FirstRead =
  /** This element's own JSON, parsed, for its reader. */
  | { kind: 'own'; value: unknown }
  /** Text meant as JSON that is not: the readers place the error (a scan of its own). */
  | { kind: 'broken-json'; body: string }
  /** JSON Lines read whole (not streamed: a child script, the command line). */
  | { kind: 'lines'; body: string }
  /** A table for the delimited reader. */
  | { kind: 'table'; body: string; format: 'csv' | 'tsv'; hints: ReadHints }
  /** A TimelineJS3 value, parsed, for its reader. */
  | { kind: 'timelinejs'; value: unknown }
  /** vis-timeline's data (`{items, groups}` or a list of items), parsed, for its reader. */
  | { kind: 'vis'; value: unknown }
  /** Records for the field-mapping reader: JSON read with `fields`, `date-format` or `mapEvent`, or GeoJSON. */
  | { kind: 'records'; value: unknown; hints: ReadHints };

export function readFirst(text: string, hints: ReadHints = {}): FirstRead {
  const body = withoutBom(text);
  const format = chooseFormat(body, hints);
  if (format === 'csv' || format === 'tsv') return { kind: 'table', body, format, hints };
  if (format === 'ndjson') return { kind: 'lines', body };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { kind: 'broken-json', body };
  }
  return readFirstValue(value, hints, format === 'timelinejs' || format === 'vis' ? format : undefined);
}

/**
 * For the `events` property too: a TimelineJS3 or vis-timeline value (or any value when `forced` says which,
 * as `format` does), GeoJSON, data read with field mapping, and this element's own JSON, each for its reader.
 */
export function readFirstValue(value: unknown, hints: ReadHints = {}, forced?: 'timelinejs' | 'vis'): FirstRead {
  const hinted = hints.format?.trim().toLowerCase();
  const format = forced ?? (hinted === 'vis' || hinted === 'timelinejs' ? hinted : undefined);
  if (format === 'timelinejs' || (!format && isTimelineJs(value))) return { kind: 'timelinejs', value };
  if (format === 'vis' || isVisTimeline(value)) return { kind: 'vis', value };
  if (isGeoJson(value) || needsMapping(hints)) return { kind: 'records', value, hints };
  return { kind: 'own', value };
}

/** What finishes reading: the readers' modules, or the part of them that a first read needs. */
export interface Readers {
  readRest(first: FirstRead): TimelineDocument;
}

let provided: Readers | undefined;

/** Makes reading synchronous: for a server (which renders in one pass) or a page that bundles the readers. */
export function provideReaders(readers: Readers): void {
  provided = readers;
}

export function readersAtHand(): Readers | undefined {
  return provided;
}

/** More than this many events given as `events`, or characters of text from `src`, are a large input (controllers/large-read.ts). */
export const LARGE_EVENTS = 5_000;
export const LARGE_TEXT = 2_000_000;

/** The events of a value given as `events` (a list, or a document's list), when there are many. */
export function manyEvents(value: unknown): unknown[] | undefined {
  const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.events) ? value.events : undefined;
  return list && list.length > LARGE_EVENTS ? list : undefined;
}
