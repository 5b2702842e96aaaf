/**
 * This element's own data, when large, read a run of records at a time in the order given, so that each run
 * can be drawn as soon as it is read (controllers/large-read.ts, on the main thread or in the worker): the
 * reader sees the first events after a few milliseconds, not after all are read and sorted. What comes out
 * in the end is what reading at once gives (parse.ts), event for event and problem for problem: the runs
 * share the ids seen, and the checks that need every event (links, the story) run once all are read.
 * Pure: no DOM.
 */
import { isObject, type RawObject } from './guards.js';
import { EventListReader } from './parse.js';
import { documentAround } from './read-document.js';
import type { EventRelation, TimelineDocument, TimelineEvent } from './types.js';

/** What the reading ends with, besides the events: the document's own fields, the problems and notices, the links dropped. */
export interface RunsEnd {
  document: Omit<TimelineDocument, 'events'>;
  /** The events whose links to events that do not exist were left out, by id, with the links kept. */
  relatedKept: [string, EventRelation[]][];
}

export class OwnRuns {
  /** The document without its events (and without its story, which needs them): drawn before the first run. */
  readonly shell: TimelineDocument;
  readonly total: number;
  private readonly reader: EventListReader;
  /** The events read that link to others: what the check of links at the end needs (not a walk over all). */
  private readonly linking: TimelineEvent[] = [];

  /** `items`: the records, which may still be arriving (the worker is sent them in slices) while runs are read. */
  constructor(
    private readonly value: RawObject | undefined,
    items: readonly unknown[],
    total = items.length,
  ) {
    this.total = total;
    this.reader = new EventListReader(items, {});
    const { story: _, ...around } = value ? documentAround(value, new Set(), []) : { categories: [] };
    this.shell = { ...around, events: [], problems: [] };
  }

  /** How many records have been read. */
  get read(): number {
    return this.reader.read;
  }

  /** Reads the records up to `to` (not included); the events read, in the order given. */
  next(to: number): TimelineEvent[] {
    const events: TimelineEvent[] = [];
    this.reader.readTo(Math.min(to, this.total), events);
    for (const event of events) if (event.related) this.linking.push(event);
    return events;
  }

  /** Once all are read: the checks that need every event, and the problems as reading at once says them. */
  finish(): RunsEnd {
    const { linking } = this;
    const before = linking.map((event) => event.related!.length);
    const { problems, notices } = this.reader.finish(linking);
    const around = this.value ? documentAround(this.value, this.reader.ids, problems) : { categories: [] };
    const relatedKept = linking.flatMap((event, i): [string, EventRelation[]][] => (event.related!.length < before[i] ? [[event.id, event.related!]] : []));
    return { document: { ...around, problems, notices }, relatedKept };
  }
}

/**
 * Runs for a value this element reads as its own (a list of events, or a document whose `events` is one);
 * undefined for anything else, which is read at once.
 */
export function ownRuns(value: unknown, items?: readonly unknown[], total?: number): OwnRuns | undefined {
  if (Array.isArray(value)) return new OwnRuns(undefined, items ?? value, total);
  if (isObject(value) && Array.isArray(value.events)) return new OwnRuns(value, items ?? value.events, total);
  return undefined;
}
