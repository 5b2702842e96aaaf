/**
 * Which events are shown: those of no hidden category that a page's filter keeps. Pure. The shown events
 * are derived again (positions, index, links) so that layout, keys and lists follow them unchanged; the
 * colours stay those of the whole data, so that hiding a category changes no other colour.
 */
import { derive, type DerivedData } from './derive.js';
import type { TimelineEvent } from './types.js';

/** A page's filter: true keeps the event. */
export type EventFilter = (event: TimelineEvent) => boolean;

export interface FilterState {
  /** Categories hidden from the legend; `undefined` stands for the events with no category. */
  hidden: ReadonlySet<string | undefined>;
  filter?: EventFilter | null;
}

/** True when the state hides nothing at all, whatever the data. */
export function showsAll(state: FilterState): boolean {
  return state.hidden.size === 0 && !state.filter;
}

/** The events the state shows, in their order. */
export function shownEvents(events: readonly TimelineEvent[], state: FilterState): TimelineEvent[] {
  const { hidden, filter } = state;
  return events.filter((event) => !hidden.has(event.category) && (!filter || filter(event)));
}

/**
 * The derived data of the shown events, with `all` the whole data's. The whole data comes back as it is
 * when nothing is hidden: no copy, and no change a controller would take for new data.
 */
export function deriveShown(all: DerivedData, state: FilterState): DerivedData {
  if (showsAll(state)) return all;
  const events = shownEvents(all.document.events, state);
  if (events.length === all.document.events.length) return all;
  // The whole data's colours, precision and zone: hiding events changes no colour, tick or date.
  return { ...derive({ ...all.document, events }), colors: all.colors, finest: all.finest, zone: all.zone, all };
}
