/**
 * Which reader an events text needs: this element's JSON, TimelineJS3 JSON, vis-timeline's, CSV or TSV. Small and
 * synchronous, so that the element can tell at once, and load the other readers only when they are needed.
 */
import { isObject } from './guards.js';
import type { MapEvent } from './types.js';

export type EventsFormat = 'json' | 'csv' | 'tsv' | 'timelinejs' | 'vis' | 'ndjson';

export interface ReadHints {
  /** The element's `format` attribute: `json`, `csv`, `tsv`, `timelinejs`, `vis` or `ndjson`. Anything else is not a hint. */
  format?: string;
  /** The answer's Content-Type header. */
  contentType?: string | null;
  /** Where the text came from: its extension is the last hint. */
  url?: string;
  /** The `fields` attribute: `title:name, start:properties.time`, event field from data field. */
  fields?: string;
  /** The `date-format` attribute: a d3-time-format pattern for the dates, such as `%b %d %Y`. */
  dateFormat?: string;
  /** The `mapEvent` property: a record to an event, or null to leave it out. */
  mapEvent?: MapEvent;
}

/** Whether reading needs the field-mapping reader (a chunk loaded on demand) rather than the core's own. */
export function needsMapping(hints: ReadHints): boolean {
  return !!(hints.fields?.trim() || hints.dateFormat?.trim() || typeof hints.mapEvent === 'function');
}

const FORMATS = new Set<string>(['json', 'csv', 'tsv', 'timelinejs', 'vis', 'ndjson']);
const TYPES: Record<string, EventsFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/tsv': 'tsv',
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
};
const EXTENSIONS: Record<string, EventsFormat> = { csv: 'csv', tsv: 'tsv', tab: 'tsv', json: 'json', ndjson: 'ndjson', jsonl: 'ndjson' };

/**
 * The order of precedence: the `format` hint, then a content type that names a format (text/plain and
 * application/octet-stream, as raw file hosts send, do not), then the URL's extension, then the text itself.
 */
export function chooseFormat(text: string, hints: ReadHints = {}): EventsFormat {
  const forced = hints.format?.trim().toLowerCase();
  if (forced && FORMATS.has(forced)) return forced as EventsFormat;
  const type = hints.contentType?.split(';')[0].trim().toLowerCase() ?? '';
  const byType = TYPES[type] ?? (/^application\/[\w.-]+\+json$/.test(type) ? 'json' : undefined);
  if (byType) return byType;
  const path = hints.url?.split(/[?#]/, 1)[0] ?? '';
  const extension = /\.([a-z]+)$/i.exec(path)?.[1].toLowerCase() ?? '';
  return EXTENSIONS[extension] ?? sniff(text);
}

/** JSON, unless the first line is a table header that names a `start` column (or TimelineJS's `Year` and `Headline`). */
function sniff(text: string): EventsFormat {
  if (/^\s*[[{]/.test(text.slice(0, 1000))) return 'json';
  const end = text.indexOf('\n');
  const line = (end < 0 ? text : text.slice(0, end)).toLowerCase();
  const names = (delimiter: string) => line.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').trim());
  const isHeader = (cells: string[]) => cells.includes('start') || (cells.includes('year') && cells.includes('headline'));
  if (isHeader(names('\t'))) return 'tsv';
  return isHeader(names(',')) ? 'csv' : 'json';
}

/** A GeoJSON FeatureCollection (RFC 7946): its features' properties are the records. */
export function isGeoJson(value: unknown): value is { type: 'FeatureCollection'; features: unknown[] } {
  return isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features);
}

/** The shape of TimelineJS3 data: events with `start_date` objects, eras, or a title slide. */
export function isTimelineJs(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (Array.isArray(value.events) && value.events.some((event) => isObject(event) && isObject(event.start_date))) return true;
  return Array.isArray(value.eras) || (isObject(value.title) && isObject(value.title.text) && 'headline' in value.title.text);
}

/** The shape of vis-timeline data: `{items: [...]}`, or a list whose items all have `content` and `start`. */
export function isVisTimeline(value: unknown): boolean {
  if (isObject(value)) return Array.isArray(value.items) && !('events' in value);
  if (!Array.isArray(value) || value.length === 0) return false;
  // A sample is enough: this element's own events have a `title` and no `content`.
  return value.slice(0, 20).every((item) => isObject(item) && 'content' in item && 'start' in item);
}
