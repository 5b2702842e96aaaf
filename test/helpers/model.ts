/** Shared by the unit tests: model values from short raw input, where bad test data fails loudly. */
import { parseDate } from '../../src/model/dates.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import type { EventDate, TimelineEvent } from '../../src/model/types.js';

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
