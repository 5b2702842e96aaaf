/**
 * The readers of other shapes, after `read-core.ts` has told them apart: TimelineJS3 JSON (and its Google
 * Sheets template as CSV), vis-timeline's data, CSV and TSV, GeoJSON, and any data read with `fields`, `date-format` or
 * `mapEvent`. A module of its own, loaded on demand (in the bundle, a file beside it). Never throws;
 * whatever a reader could not carry over is in `problems`, after the parser's own, or in `notices`.
 */
import { dsvFormat } from 'd3-dsv';
import { addLines } from './changes.js';
import { derive } from './derive.js';
import { LineSplitter } from './ndjson.js';
import { fromRows } from './formats/delimited.js';
import { geoJsonRecords } from './formats/geojson.js';
import { isSheetTemplate, sheetToTimelineJs } from './formats/sheets.js';
import { fromTimelineJs } from './formats/timelinejs.js';
import { fromVis } from './formats/vis.js';
import { isGeoJson, type EventsFormat, type ReadHints } from './choose-format.js';
import { dateReader } from './mapping/date-format.js';
import { applyFields, parseFields, unfoundFields, type FieldMapping } from './mapping/field-map.js';
import { readFirst, readFirstValue, type FirstRead } from './read-core.js';
import { parseEventsDocument, SKIPPED, type ParseOptions } from './parse.js';
import { parseEventsJson } from './parse-json.js';
import { readOwn } from './read-own.js';
import { isObject } from './guards.js';
import type { Problem, TimelineDocument } from './types.js';

export { chooseFormat, isTimelineJs, isVisTimeline, type EventsFormat, type ReadHints } from './choose-format.js';

export interface ReadDocument extends TimelineDocument {
  /** How the text was read. For `csv` and `tsv`, a problem's event index N is row N + 2 of the sheet. */
  format: EventsFormat | 'geojson';
}

/** Finishes what `readFirst` began. */
export function readRest(first: FirstRead): ReadDocument {
  switch (first.kind) {
    case 'own':
      return { ...readOwn(first), format: 'json' };
    case 'lines':
      return { ...addLines(derive({ categories: [], events: [], problems: [] }), new LineSplitter().push(first.body, true)).document, format: 'ndjson' };
    case 'broken-json':
      return { ...parseEventsJson(first.body), format: 'json' };
    case 'timelinejs':
      return fromConverted(fromTimelineJs(first.value), 'timelinejs');
    case 'vis':
      return fromConverted(fromVis(first.value), 'vis');
    case 'table':
      return readTable(first.body, first.format, first.hints);
    case 'records':
      return readRecords(first.value, first.hints);
  }
}

export function readEventsText(text: string, hints: ReadHints = {}): ReadDocument {
  return readRest(readFirst(text, hints));
}

/** For the `events` property: TimelineJS and GeoJSON are converted, anything else is read as our format. */
export function readEventsValue(value: unknown, hints: ReadHints = {}): ReadDocument {
  return readRest(readFirstValue(value, hints));
}

function readTable(body: string, format: 'csv' | 'tsv', hints: ReadHints): ReadDocument {
  const rows = dsvFormat(format === 'csv' ? ',' : '\t').parseRows(body);
  if (rows.length && isSheetTemplate(rows[0])) return fromConverted(fromTimelineJs(sheetToTimelineJs(rows)), 'timelinejs');
  const { mappings, problems } = parseFields(hints.fields);
  const table = fromRows(rows, { mappings, mapEvent: typeof hints.mapEvent === 'function' });
  // The headers were renamed already: only mapEvent and the date format are left for each row.
  return fromConverted({ ...table, warnings: [...problems, ...table.warnings] }, format, options(hints, []));
}

function readRecords(value: unknown, hints: ReadHints): ReadDocument {
  const fields = parseFields(hints.fields);
  const { problems } = fields;
  let { mappings } = fields;
  let document = value;
  let format: ReadDocument['format'] = 'json';
  if (isGeoJson(value)) {
    format = 'geojson';
    // A feature is read as its properties: `properties.time`, as the file has it, is `time` there.
    mappings = mappings.map(({ target, source }) => ({ target, source: source.replace(/^properties\./i, '') }));
    document = { events: geoJsonRecords(value, mappings, !!hints.dateFormat?.trim()) };
  }
  const records = Array.isArray(document) ? document : isObject(document) && Array.isArray(document.events) ? document.events : [];
  return fromConverted({ document, warnings: [...problems, ...unfoundFields(records, mappings)] }, format, options(hints, mappings));
}

/** What the parser needs from the hints: each record renamed, then given to mapEvent; dates in the date format. */
function options(hints: ReadHints, mappings: readonly FieldMapping[]): ParseOptions {
  const { mapEvent } = hints;
  const pattern = hints.dateFormat?.trim();
  const mapped = typeof mapEvent === 'function';
  return {
    toEvent: mappings.length || mapped
      ? (record, index) => {
          const renamed = applyFields(record, mappings);
          if (!mapped || !isObject(renamed)) return renamed;
          const event = mapEvent(renamed, index);
          return event === null || event === undefined ? SKIPPED : event;
        }
      : undefined,
    readDate: pattern ? dateReader(pattern) : undefined,
  };
}

interface Converted {
  document: unknown;
  /** Problems of the data as a whole, for the reader. */
  warnings: Problem[];
  /** What the element does not show, for the page's author. */
  notices?: Problem[];
}

function fromConverted({ document, warnings, notices = [] }: Converted, format: ReadDocument['format'], parseOptions: ParseOptions = {}): ReadDocument {
  const parsed = parseEventsDocument(document, parseOptions);
  return { ...parsed, problems: [...parsed.problems, ...warnings], notices: [...notices, ...(parsed.notices ?? [])], format };
}
