/** Shared by the tests: model values from short raw input (bad test data fails loudly), and date text. */
import { parseDate } from '../../src/model/dates.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import type { EventDate, TimelineEvent } from '../../src/model/types.js';

/** A date field written with leading zeros, as EDTF wants it: pad(7) is "07", pad(7, 4) is "0007". */
export const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Valid events from raw objects (a title "Event N" is added where missing). */
export function events(raw: Record<string, unknown>[]): TimelineEvent[] {
  const doc = parseEventsDocument(raw.map((item, i) => ({ title: `Event ${i + 1}`, ...item })));
  if (doc.problems.length) throw new Error(`bad test events: ${JSON.stringify(doc.problems)}`);
  return doc.events;
}

/** One valid date from its EDTF text. */
export function parsedDate(text: string): EventDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`parseDate(${JSON.stringify(text)}) failed with ${result.code}`);
  return result.date;
}
