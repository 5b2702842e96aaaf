/**
 * Which events are shown: those of no hidden category and no hidden group that a page's filter keeps.
 * Pure. The shown events are derived again (positions, index, links) so that layout, keys and lists follow
 * them unchanged; the colours stay those of the whole data, so that hiding a category changes no other colour.
 */
import { derive, type DerivedData } from './derive.js';
import type { Group, TimelineEvent } from './types.js';

/** A page's filter: true keeps the event. */
export type EventFilter = (event: TimelineEvent) => boolean;

export interface FilterState {
  /** Categories hidden from the legend; `undefined` stands for the events with no category. */
  hidden: ReadonlySet<string | undefined>;
  /** Groups hidden from the legend (a parent with its children); `undefined` stands for the events with no group. */
  hiddenGroups?: ReadonlySet<string | undefined>;
  filter?: EventFilter | null;
}

/** True when the state hides nothing at all, whatever the data. */
export function showsAll(state: FilterState): boolean {
  return state.hidden.size === 0 && !state.hiddenGroups?.size && !state.filter;
}

/** The events the state shows, in their order. `parents` maps a child group to its parent (`parentsOf`). */
export function shownEvents(events: readonly TimelineEvent[], state: FilterState, parents: ReadonlyMap<string, string> = new Map()): TimelineEvent[] {
  const { hidden, filter } = state;
  const groups = state.hiddenGroups ?? new Set();
  // A parent's undefined is no group: only the events with no group stand for undefined.
  const groupShown = (group: string | undefined) => {
    const parent = group === undefined ? undefined : parents.get(group);
    return !groups.has(group) && !(parent !== undefined && groups.has(parent));
  };
  return events.filter((event) => !hidden.has(event.category) && (!groups.size || groupShown(event.group)) && (!filter || filter(event)));
}

/**
 * The derived data of the shown events, with `all` the whole data's. The whole data comes back as it is
 * when nothing is hidden: no copy, and no change a controller would take for new data. A hidden group
 * leaves the document's groups too, so that it has no row.
 */
export function deriveShown(all: DerivedData, state: FilterState): DerivedData {
  if (showsAll(state)) return all;
  const { document } = all;
  const parents = parentsOf(document.groups);
  const events = shownEvents(document.events, state, parents);
  const hiddenGroups = state.hiddenGroups ?? new Set();
  const groups = document.groups?.filter((group) => !hiddenGroups.has(group.id) && !(group.parent !== undefined && hiddenGroups.has(group.parent)));
  if (events.length === document.events.length && groups?.length === document.groups?.length) return all;
  // The whole data's colours, precision and zone: hiding events changes no colour, tick or date; and its
  // lineage: what is shown is still the same data set.
  const { colors, finest, zone, lineage, nextIndex } = all;
  return { ...derive({ ...document, events, ...(groups ? { groups } : {}) }), colors, finest, zone, lineage, nextIndex, all };
}

/** The group each child group is nested in: hiding a parent hides its children's events too. */
export function parentsOf(groups: readonly Group[] | undefined): ReadonlyMap<string, string> {
  const parents = new Map<string, string>();
  for (const group of groups ?? []) if (group.parent !== undefined) parents.set(group.id, group.parent);
  return parents;
}
