/**
 * What the element works from, made once per data set: where each event is in time order, the index that
 * answers "what is in view?", and the categories in use with their colours. Pure; O(n). Changes to the
 * events (`addEvents` and the others) make the next one from this in O(k log n) plus a copy (changes.ts).
 */
import { categoryStyles, type CategoryStyle } from './colors.js';
import { indexEvents, type EventIndex } from './event-index.js';
import { IdMap, type EventsById } from './id-map.js';
import { dataZone, finestPrecision } from './precision.js';
import { indexRelated, type RelatedEvent } from './related.js';
import type { Precision, TimelineDocument, TimelineEvent } from './types.js';
import type { DateKinds } from '../render/legend.js';

/** An event's place in time order, from its id. */
export interface EventPositions {
  get(id: string): number | undefined;
}

export interface DerivedData {
  document: TimelineDocument;
  /** Position of each event in time order, from 0, by id. */
  positions: EventPositions;
  /** Each event by id. */
  byId: EventsById;
  index: EventIndex;
  /** The categories events use (undefined for events with none), for the legend. */
  usedCategories: ReadonlySet<string | undefined>;
  /** How many events each category has (undefined: none). */
  categoryCounts: ReadonlyMap<string | undefined, number>;
  colors: ReadonlyMap<string, CategoryStyle>;
  /** Each event's links, both ways, in time order, by id (see related.ts). */
  related: ReadonlyMap<string, RelatedEvent[]>;
  /** The finest precision of the data's dates: the axis ticks no finer, and the view zooms in no further. */
  finest: Precision;
  /** The zone the data's times are shown in, minutes east of UTC (see `dataZone`). */
  zone: number;
  /** The same object for a data set and every change made to it: the view and the selection stay across changes. */
  lineage: object;
  /** The source index the next added event gets (events are ordered by it among equal spans). */
  nextIndex: number;
  /**
   * How many changes (changes.ts) the data set has had since it was read, and the events the last one
   * placed: the view keeps its squeeze across a change that cannot alter it (layout/whole-view.ts).
   */
  changes?: number;
  inserted?: readonly TimelineEvent[];
  /**
   * The kinds of date the legend shows, once it has looked (a pass over every event); a change adds those
   * of its new events, so that no change makes the legend look at a million events again.
   */
  dateKinds?: DateKinds;
  /** For the events a filter shows (filter.ts): the whole data's, whose view and legend stay. */
  all?: DerivedData;
  /**
   * The document declares groups or an event is in one (a swimlane chart). A change only ever sets it: kept
   * with the data so that no drawing looks at a million events to find out.
   */
  grouped: boolean;
}

export function derive(document: TimelineDocument): DerivedData {
  const { events, categories } = document;
  const byId = new IdMap();
  const categoryCounts = new Map<string | undefined, number>();
  let nextIndex = 0;
  for (const event of events) {
    byId.set(event);
    categoryCounts.set(event.category, (categoryCounts.get(event.category) ?? 0) + 1);
    if (event.index >= nextIndex) nextIndex = event.index + 1;
  }
  return {
    document,
    positions: positionsIn(events, byId),
    byId,
    index: indexEvents(events),
    usedCategories: new Set(categoryCounts.keys()),
    categoryCounts,
    colors: categoryStyles(categories, events, categoryCounts),
    related: indexRelated(events),
    finest: finestPrecision(events),
    zone: dataZone(events),
    lineage: {},
    nextIndex,
    grouped: !!document.groups?.length || events.some((event) => event.group !== undefined),
  };
}

/** The order events are kept in: by start, then end, then where they were in the data. */
export function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return a.from - b.from || a.to - b.to || a.index - b.index;
}

/**
 * Positions found by binary search in O(log n) rather than kept in a map of every event: a map would
 * have to be renumbered after every event added or removed in the middle.
 */
export function positionsIn(events: readonly TimelineEvent[], byId: EventsById): EventPositions {
  return {
    get(id) {
      const event = byId.get(id);
      if (!event) return undefined;
      const at = insertionPoint(events, event);
      return events[at] === event ? at : undefined;
    },
  };
}

/** The first position whose event does not come before `event` in time order. */
export function insertionPoint(events: readonly TimelineEvent[], event: TimelineEvent, lo = 0, hi = events.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byTime(events[mid], event) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The event with this id, in O(1); undefined for none. */
export function eventById(derived: DerivedData | undefined, id: string | undefined): TimelineEvent | undefined {
  return id === undefined ? undefined : derived?.byId.get(id);
}
