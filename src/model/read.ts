/**
 * Chooses the reader for an events file: our JSON, TimelineJS3 JSON, CSV or TSV. Never throws; whatever
 * a reader could not carry over is in `problems`, after the parser's own.
 */
import { fromDelimited } from './formats/delimited.js';
import { fromTimelineJs } from './formats/timelinejs.js';
import { chooseFormat, isTimelineJs, type EventsFormat, type ReadHints } from './choose-format.js';

export { chooseFormat, isTimelineJs, type EventsFormat, type ReadHints } from './choose-format.js';
import { parseEventsDocument, parseEventsJson } from './parse.js';
import type { Problem, TimelineDocument } from './types.js';

export interface ReadDocument extends TimelineDocument {
  /** How the text was read. For `csv` and `tsv`, a problem's event index N is row N + 2 of the sheet. */
  format: EventsFormat;
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
