/** Shared by the layout tests: events from short raw objects, and a mark found by its event's id. */
import type { ChartLayout } from '../src/layout/geometry.js';
import { parseEventsDocument } from '../src/model/parse.js';
import type { TimelineEvent } from '../src/model/types.js';

/** Valid events from raw objects (a title is added where missing); bad test data fails loudly. */
export function events(raw: Record<string, unknown>[]): TimelineEvent[] {
  const doc = parseEventsDocument(raw.map((item, i) => ({ title: `Event ${i + 1}`, ...item })));
  if (doc.problems.length) throw new Error(`bad test events: ${JSON.stringify(doc.problems)}`);
  return doc.events;
}

export const markOf = (chart: ChartLayout, id: string) => chart.marks.find((mark) => mark.event.id === id)!;
