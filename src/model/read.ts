/**
 * Chooses the reader for an events file: our JSON, TimelineJS3 JSON, CSV or TSV. Never throws; whatever
 * a reader could not carry over is in `problems`, after the parser's own.
 */
import { fromDelimited } from './formats/delimited.js';
import { fromTimelineJs, isTimelineJs } from './formats/timelinejs.js';
import { parseEventsDocument, parseEventsJson } from './parse.js';
import type { Problem, TimelineDocument } from './types.js';

export type EventsFormat = 'json' | 'csv' | 'tsv' | 'timelinejs';

export interface ReadHints {
  /** The element's `format` attribute: `json`, `csv`, `tsv` or `timelinejs`. Anything else is not a hint. */
  format?: string;
  /** The answer's Content-Type header. */
  contentType?: string | null;
  /** Where the text came from: its extension is the last hint. */
  url?: string;
}

export interface ReadDocument extends TimelineDocument {
  /** How the text was read. For `csv` and `tsv`, a problem's event index N is row N + 2 of the sheet. */
  format: EventsFormat;
}

const FORMATS = new Set<string>(['json', 'csv', 'tsv', 'timelinejs']);
const TYPES: Record<string, EventsFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/tsv': 'tsv',
  'application/json': 'json',
};
const EXTENSIONS: Record<string, EventsFormat> = { csv: 'csv', tsv: 'tsv', tab: 'tsv', json: 'json' };

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

/** JSON, unless the first line is a table header that names a `start` column. */
function sniff(text: string): EventsFormat {
  if (/^\s*[[{]/.test(text.slice(0, 1000))) return 'json';
  const end = text.indexOf('\n');
  const line = (end < 0 ? text : text.slice(0, end)).toLowerCase();
  const names = (delimiter: string) => line.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').trim());
  if (names('\t').includes('start')) return 'tsv';
  return names(',').includes('start') ? 'csv' : 'json';
}

export function readEventsText(text: string, hints: ReadHints = {}): ReadDocument {
  const body = text.replace(/^\uFEFF/, '');
  const format = chooseFormat(body, hints);
  if (format === 'csv' || format === 'tsv') {
    return withProblems(fromDelimited(body, format === 'csv' ? ',' : '\t'), format);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ...parseEventsJson(body), format };
  }
  return format === 'timelinejs' ? withProblems(fromTimelineJs(value), format) : readEventsValue(value);
}

/** For the `events` property: a TimelineJS object is converted, anything else is read as our format. */
export function readEventsValue(value: unknown): ReadDocument {
  return isTimelineJs(value) ? withProblems(fromTimelineJs(value), 'timelinejs') : { ...parseEventsDocument(value), format: 'json' };
}

function withProblems({ document, warnings }: { document: unknown; warnings: Problem[] }, format: EventsFormat): ReadDocument {
  const parsed = parseEventsDocument(document);
  return { ...parsed, problems: [...parsed.problems, ...warnings], format };
}
