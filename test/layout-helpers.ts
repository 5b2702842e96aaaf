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

const WORDS = ['Arrest', 'visit', 'of', 'the', 'defence', 'minister', 'gas', 'deal', 'pardon', 'trial', 'Baku', 'Minsk'];

/**
 * 1 to `most` raw events over 2016-2017 for the seeded property tests: days, months, open ranges and
 * ranges, with titles of 1 to 8 words.
 */
export function randomRawEvents(random: () => number, most: number): Record<string, unknown>[] {
  return Array.from({ length: 1 + Math.floor(random() * most) }, () => {
    const start = Date.UTC(2016, 0, 1) + Math.floor(random() * 730) * 86_400_000;
    const day = new Date(start).toISOString().slice(0, 10);
    const kind = random();
    const title = Array.from({ length: 1 + Math.floor(random() * 8) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    if (kind < 0.5) return { start: day, title };
    if (kind < 0.7) return { start: day.slice(0, 7), title };
    if (kind < 0.8) return { start: day, end: '..', title };
    const end = new Date(start + Math.floor(random() * 200) * 86_400_000).toISOString().slice(0, 10);
    return { start: day, end, title };
  });
}
