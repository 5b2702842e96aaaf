/**
 * The rows of a swimlane timeline, in the order they are drawn: the document's groups (ordered by `order`,
 * then as given), each parent followed by its children, then groups that events name but the document does
 * not declare (in order of first appearance), then a row for events with no group. Pure; O(n) in events.
 * Without declared groups and with no event in one, there are no rows: the timeline is drawn as one.
 */
import type { Group, LocalizedText, TimelineEvent } from './types.js';

export interface GroupRow {
  /** The group's id; undefined for the row of the events with no group. */
  id?: string;
  /** The declared label; undefined for a group the document does not declare (its id is its name) and for no group. */
  label?: LocalizedText;
  /** 1 for a child of another group. */
  depth: 0 | 1;
  parent?: string;
  /** How many child groups it has (drawn below it, or folded into it while it is collapsed). */
  children: number;
  /** Drawn as one thin row of its marks, counted; a collapsed parent holds its children's events too. */
  collapsed: boolean;
  /** How many events are drawn in the row. */
  count: number;
}

export interface GroupRows {
  rows: GroupRow[];
  /** The row an event is drawn in: its group's, or its parent's while that is collapsed. */
  rowOf(event: TimelineEvent): number;
}

/** Declared groups first by `order` (those without one after), each kept in the order given among equals. */
function ordered(groups: readonly Group[]): Group[] {
  return groups
    .map((group, i) => ({ group, i }))
    .sort((a, b) => (a.group.order ?? Infinity) - (b.group.order ?? Infinity) || a.i - b.i)
    .map(({ group }) => group);
}

/** A group as drawn when none is collapsed: its place, and how many events are its own. */
interface Slot {
  group?: Group;
  /** Undefined for a group the document does not declare, and for the events with no group. */
  label?: LocalizedText;
  depth: 0 | 1;
  /** The slot of its parent, for a child. */
  parent?: number;
  children: number;
  own: number;
}

/**
 * The groups of a data set, each a slot in the order drawn, and the slot of each event: made once per data
 * set, in O(n), so that collapsing a group (`rowsFromSlots`) costs O(groups), not a walk over the events.
 */
export interface GroupSlots {
  slots: readonly Slot[];
  /** The slot of each of `events`, by its place in the list given. */
  slotAt: Int32Array;
  slotOf(event: TimelineEvent): number;
}

/** `groups` are expected as `readGroups` leaves them: ids unique, parents known and themselves top-level. */
export function groupSlots(groups: readonly Group[] | undefined, events: readonly TimelineEvent[]): GroupSlots | undefined {
  const declared = groups ?? [];
  // Groups events name that the document does not declare, by first appearance in the source.
  const known = new Set(declared.map((group) => group.id));
  const firstSeen = new Map<string, number>();
  let ungrouped = false;
  for (const { group, index } of events) {
    if (group === undefined) ungrouped = true;
    else if (!known.has(group) && index < (firstSeen.get(group) ?? Infinity)) firstSeen.set(group, index);
  }
  if (!declared.length && !firstSeen.size) return undefined;
  const undeclared = [...firstSeen].sort((a, b) => a[1] - b[1]).map(([id]): Group => ({ id, label: { '*': id } }));

  const sorted = ordered(declared);
  const childrenOf = new Map<string, Group[]>();
  for (const group of sorted) {
    if (group.parent !== undefined) childrenOf.set(group.parent, [...(childrenOf.get(group.parent) ?? []), group]);
  }
  const slots: Slot[] = [];
  const slotById = new Map<string, number>();
  const add = (group: Group, label: LocalizedText | undefined, parent?: number) => {
    const children = childrenOf.get(group.id) ?? [];
    const at = slots.push({ group, label, depth: parent === undefined ? 0 : 1, parent, children: children.length, own: 0 }) - 1;
    slotById.set(group.id, at);
    for (const child of children) add(child, child.label, at);
  };
  for (const group of sorted) if (group.parent === undefined) add(group, group.label);
  for (const group of undeclared) add(group, undefined);
  const none = ungrouped ? slots.push({ depth: 0, children: 0, own: 0 }) - 1 : -1;
  const slotOf = (event: TimelineEvent) => (event.group === undefined ? none : slotById.get(event.group)!);
  const slotAt = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) slots[(slotAt[i] = slotOf(events[i]))].own++;
  return { slots, slotAt, slotOf };
}

/**
 * The rows drawn, from the slots and the groups collapsed: a collapsed parent's children fold into its row.
 * `collapsed` overrides the document's `collapsed` for the groups a reader expanded or collapsed. O(groups).
 */
export function rowsFromSlots(made: GroupSlots, collapsed: ReadonlyMap<string, boolean> = new Map()): GroupRows & { rowOfSlot: Int32Array } {
  const rows: GroupRow[] = [];
  const rowOfSlot = new Int32Array(made.slots.length);
  made.slots.forEach((slot, i) => {
    const { group } = slot;
    if (slot.parent !== undefined && rows[rowOfSlot[slot.parent]].collapsed) {
      rowOfSlot[i] = rowOfSlot[slot.parent];
      rows[rowOfSlot[i]].count += slot.own;
      return;
    }
    rowOfSlot[i] = rows.length;
    rows.push(group
      ? { id: group.id, label: slot.label, depth: slot.depth, ...(slot.depth ? { parent: group.parent } : {}), children: slot.children, collapsed: collapsed.get(group.id) ?? group.collapsed ?? false, count: slot.own }
      : { depth: 0, children: 0, collapsed: false, count: slot.own });
  });
  return { rows, rowOfSlot, rowOf: (event) => rowOfSlot[made.slotOf(event)] };
}

/**
 * The rows of a swimlane timeline (see above); `collapsed` overrides the document's `collapsed` for the
 * groups a reader expanded or collapsed.
 */
export function groupRows(
  groups: readonly Group[] | undefined,
  events: readonly TimelineEvent[],
  collapsed: ReadonlyMap<string, boolean> = new Map(),
): GroupRows | undefined {
  const made = groupSlots(groups, events);
  if (!made) return undefined;
  const { rows, rowOf } = rowsFromSlots(made, collapsed);
  return { rows, rowOf };
}

/**
 * Where each row's events are among all of them: the row of each place, and each row's places, ascending.
 * With the places in time order, a row's events in a run of them are found by binary search, not by a
 * visit to each (layout/swimlanes.ts, every frame). Made per choice of collapsed groups, in O(n) over
 * typed arrays: a few milliseconds at 100,000 events.
 */
export interface RowIndex {
  rowAt: Int32Array;
  places: Int32Array[];
}

export function indexRows(rowAt: Int32Array, rowCount: number): RowIndex {
  const counts = new Int32Array(rowCount);
  for (let i = 0; i < rowAt.length; i++) counts[rowAt[i]]++;
  const places = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(rowCount);
  for (let i = 0; i < rowAt.length; i++) places[rowAt[i]][filled[rowAt[i]]++] = i;
  return { rowAt, places };
}

/** The row of each of `events` (by its place in the list): a collapsed parent's children are in its row. */
export function rowsAt(made: GroupSlots, rowOfSlot: Int32Array): Int32Array {
  const rowAt = new Int32Array(made.slotAt.length);
  for (let i = 0; i < rowAt.length; i++) rowAt[i] = rowOfSlot[made.slotAt[i]];
  return rowAt;
}

/**
 * A search's look for a grouped chart: a band's cluster matches when one of its own row's events in its
 * slice does, not another group's that shares the slice (found among the row's places, not the slice's).
 */
export function matchInRows<S extends { clusterHasMatch(cluster: { first: number; end: number; row?: number }): boolean; matchAt(position: number): boolean }>(search: S, index: RowIndex): S {
  return {
    ...search,
    clusterHasMatch: (cluster) => {
      const places = cluster.row === undefined ? undefined : index.places[cluster.row];
      if (!places) return search.clusterHasMatch(cluster);
      let lo = 0;
      let hi = places.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (places[mid] < cluster.first) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < places.length && places[j] < cluster.end; j++) if (search.matchAt(places[j])) return true;
      return false;
    },
  };
}

/** Each row's events, in time order (as `events` are). */
export function eventsByRow(rows: GroupRows, events: readonly TimelineEvent[]): TimelineEvent[][] {
  const byRow: TimelineEvent[][] = rows.rows.map(() => []);
  for (const event of events) byRow[rows.rowOf(event)].push(event);
  return byRow;
}

/** The event before (-1) or after (1) this one in its own row, if any: ← and → in a grouped timeline. */
export function stepInRow(rows: GroupRows, byRow: readonly TimelineEvent[][], event: TimelineEvent, by: -1 | 1): TimelineEvent | undefined {
  const list = byRow[rows.rowOf(event)];
  return list[list.indexOf(event) + by];
}

/**
 * The event nearest in time to this one in the next row up (-1) or down (1) that has any, if any:
 * ↑ and ↓ in a grouped timeline. Nearest by start; the earlier of two as near.
 */
export function stepRow(rows: GroupRows, byRow: readonly TimelineEvent[][], event: TimelineEvent, by: -1 | 1): TimelineEvent | undefined {
  for (let row = rows.rowOf(event) + by; row >= 0 && row < byRow.length; row += by) {
    const list = byRow[row];
    if (!list.length) continue;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].from < event.from) lo = mid + 1;
      else hi = mid;
    }
    const before = list[lo - 1];
    const after = list[lo];
    if (!after) return before;
    if (!before) return after;
    return event.from - before.from <= after.from - event.from ? before : after;
  }
  return undefined;
}
