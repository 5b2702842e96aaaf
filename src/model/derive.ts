/**
 * What the element works from, made once per data set: where each event is in time order, the index that
 * answers "what is in view?", and the categories in use with their colours. Pure; O(n).
 */
import { categoryStyles, type CategoryStyle } from './colors.js';
import { indexEvents, type EventIndex } from './event-index.js';
import { dataZone, finestPrecision } from './precision.js';
import { indexRelated, type RelatedEvent } from './related.js';
import type { Precision, TimelineDocument, TimelineEvent } from './types.js';

export interface DerivedData {
  document: TimelineDocument;
  /** Position of each event in time order, from 0, by id. */
  positions: ReadonlyMap<string, number>;
  index: EventIndex;
  /** The categories events use (undefined for events with none), for the legend. */
  usedCategories: ReadonlySet<string | undefined>;
  colors: ReadonlyMap<string, CategoryStyle>;
  /** Each event's links, both ways, in time order, by id (see related.ts). */
  related: ReadonlyMap<string, RelatedEvent[]>;
  /** The finest precision of the data's dates: the axis ticks no finer, and the view zooms in no further. */
  finest: Precision;
  /** The zone the data's times are shown in, minutes east of UTC (see `dataZone`). */
  zone: number;
  /** For the events a filter shows (filter.ts): the whole data's, whose view and legend stay. */
  all?: DerivedData;
}

export function derive(document: TimelineDocument): DerivedData {
  const { events, categories } = document;
  return {
    document,
    positions: new Map(events.map((event, i) => [event.id, i])),
    index: indexEvents(events),
    usedCategories: new Set(events.map((event) => event.category)),
    colors: categoryStyles(categories, events),
    related: indexRelated(events),
    finest: finestPrecision(events),
    zone: dataZone(events),
  };
}

/** The event with this id, in O(1); undefined for none. */
export function eventById(derived: DerivedData | undefined, id: string | undefined): TimelineEvent | undefined {
  const at = id === undefined ? undefined : derived?.positions.get(id);
  return at === undefined ? undefined : derived!.document.events[at];
}
