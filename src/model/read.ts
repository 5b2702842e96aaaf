/**
 * The readers of other formats, TimelineJS3 JSON, CSV and TSV, after `read-core.ts` has told them apart.
 * A module of its own, loaded on demand (in the bundle, a file beside it). Never throws; whatever a reader
 * could not carry over is in `problems`, after the parser's own.
 */
import { fromDelimited } from './formats/delimited.js';
import { fromTimelineJs } from './formats/timelinejs.js';
import type { EventsFormat, ReadHints } from './choose-format.js';
import { readFirst, readFirstValue, type FirstRead } from './read-core.js';
import { parseEventsDocument } from './parse.js';
import type { Problem, TimelineDocument } from './types.js';

export { chooseFormat, isTimelineJs, type EventsFormat, type ReadHints } from './choose-format.js';

export interface ReadDocument extends TimelineDocument {
  /** How the text was read. For `csv` and `tsv`, a problem's event index N is row N + 2 of the sheet. */
  format: EventsFormat;
}

/** Finishes what `readFirst` began. */
export function readRest(first: FirstRead): ReadDocument {
  switch (first.kind) {
    case 'read':
      return { ...first.document, format: 'json' };
    case 'table':
      return withProblems(fromDelimited(first.body, first.format === 'csv' ? ',' : '\t'), first.format);
    case 'timelinejs':
      return withProblems(fromTimelineJs(first.value), 'timelinejs');
  }
}

export function readEventsText(text: string, hints: ReadHints = {}): ReadDocument {
  return readRest(readFirst(text, hints));
}

/** For the `events` property: a TimelineJS object is converted, anything else is read as our format. */
export function readEventsValue(value: unknown): ReadDocument {
  return readRest(readFirstValue(value));
}

function withProblems({ document, warnings }: { document: unknown; warnings: Problem[] }, format: EventsFormat): ReadDocument {
  const parsed = parseEventsDocument(document);
  return { ...parsed, problems: [...parsed.problems, ...warnings], format };
}
