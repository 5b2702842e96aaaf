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

/**
 * `collapsed` overrides the document's `collapsed` for the groups a reader expanded or collapsed.
 * `groups` are expected as `readGroups` leaves them: ids unique, parents known and themselves top-level.
 */
export function groupRows(
  groups: readonly Group[] | undefined,
  events: readonly TimelineEvent[],
  collapsed: ReadonlyMap<string, boolean> = new Map(),
): GroupRows | undefined {
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
  const isCollapsed = (group: Group) => collapsed.get(group.id) ?? group.collapsed ?? false;
  const rows: GroupRow[] = [];
  const rowById = new Map<string, number>();
  const add = (group: Group, depth: 0 | 1, label: LocalizedText | undefined) => {
    const children = childrenOf.get(group.id) ?? [];
    const folded = isCollapsed(group);
    rowById.set(group.id, rows.length);
    rows.push({ id: group.id, label, depth, ...(depth ? { parent: group.parent } : {}), children: children.length, collapsed: folded, count: 0 });
    for (const child of children) {
      if (folded) rowById.set(child.id, rowById.get(group.id)!);
      else add(child, 1, child.label);
    }
  };
  for (const group of sorted) if (group.parent === undefined) add(group, 0, group.label);
  for (const group of undeclared) add(group, 0, undefined);
  const none = ungrouped ? rows.push({ depth: 0, children: 0, collapsed: false, count: 0 }) - 1 : -1;
  const rowOf = (event: TimelineEvent) => (event.group === undefined ? none : rowById.get(event.group)!);
  for (const event of events) rows[rowOf(event)].count++;
  return { rows, rowOf };
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
