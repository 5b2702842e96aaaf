/**
 * Changes to the events shown, without reading them all again: `addEvents`, `updateEvents` (by id) and
 * `removeEvents`. The next DerivedData is made from the last: each change is found or placed by binary
 * search (O(k log n)); the sorted list and its index are then copied once with the changes merged in
 * (a copy of n pointers and numbers, which is memory speed, not a new sort, parse or map of every event).
 * No DOM; the map of events by id is changed in place (see apply). Loaded on demand with the first change.
 */
import { aggregateProblems } from './aggregate.js';
import { categoryStyles } from './colors.js';
import { byTime, insertionPoint, positionsIn, type DerivedData } from './derive.js';
import { indexEvents } from './event-index.js';
import { dataZone, finestPrecision, precisionUnit } from './precision.js';
import { parseEventsDocument, type ParseOptions } from './parse.js';
import { indexRelated } from './related.js';
import type { Lines } from './ndjson.js';
import type { Problem, TimelineEvent } from './types.js';

export interface ChangeResult {
  derived: DerivedData;
  added: string[];
  updated: string[];
  removed: string[];
  /** What was wrong with the events given; those events are left out, the rest applied. */
  problems: Problem[];
}

/** Reads `items` as events placed after the data read so far: their indexes (and their problems') count on from it. */
export function readMore(derived: DerivedData, items: readonly unknown[], options: ParseOptions = {}, base = derived.nextIndex): { events: TimelineEvent[]; problems: Problem[] } {
  const { events, problems } = parseEventsDocument(items as unknown[], { ...options, existing: options.existing ?? derived.byId });
  for (const event of events) event.index += base;
  for (const problem of problems) {
    if (problem.index !== undefined) problem.index += base;
    if (problem.indexes) problem.indexes = problem.indexes.map((index) => index + base);
  }
  return { events, problems };
}

export function addEvents(derived: DerivedData, items: readonly unknown[]): ChangeResult {
  const { events, problems } = readMore(derived, items);
  return { ...apply(derived, events, [], problems, derived.nextIndex + items.length), added: events.map((event) => event.id), updated: [], removed: [], problems };
}

/**
 * Lines of JSON Lines as they arrive (see ndjson.ts): each line read as the event at its line number, the
 * lines left out skipped, and the problems of both kinds kept with the data.
 */
export function addLines(derived: DerivedData, lines: Lines): DerivedData {
  const { first, values, skip } = lines;
  const added = new Set<string>();
  const existing = { has: (id: string) => derived.byId.has(id) || added.has(id) };
  const events: TimelineEvent[] = [];
  // Many bad lines are said once, with a count (per batch).
  const problems = aggregateProblems([...lines.problems], []);
  for (let from = 0; from < values.length; ) {
    if (skip.has(from)) {
      from++;
      continue;
    }
    let to = from;
    while (to < values.length && !skip.has(to)) to++;
    const read = readMore(derived, values.slice(from, to), { existing }, first + from);
    for (const event of read.events) added.add(event.id);
    events.push(...read.events);
    problems.push(...read.problems);
    from = to;
  }
  return apply(derived, events, [], problems, first + values.length).derived;
}

/**
 * Each item replaces the event with its id (keeping that event's place among equal spans); an unknown id
 * is a problem. The problems count the items of this list, not of the data.
 */
export function updateEvents(derived: DerivedData, items: readonly unknown[]): ChangeResult {
  // The ids given are those of the events replaced: not renamed as duplicates of them.
  const { events, problems } = readMore(derived, items, { replacing: true }, 0);
  const replaced: TimelineEvent[] = [];
  const updates: TimelineEvent[] = [];
  for (const event of events) {
    const old = derived.byId.get(event.id);
    if (!old) {
      problems.push({ code: 'update-unknown', severity: 'error', index: event.index, id: event.id, field: 'id' });
      continue;
    }
    event.index = old.index;
    replaced.push(old);
    updates.push(event);
  }
  return { ...apply(derived, updates, replaced, problems, derived.nextIndex), added: [], updated: updates.map((event) => event.id), removed: [], problems };
}

export function removeEvents(derived: DerivedData, ids: readonly unknown[]): ChangeResult {
  const gone = [...new Set(ids)].flatMap((id) => derived.byId.get(String(id)) ?? []);
  return { ...apply(derived, [], gone, [], derived.nextIndex), added: [], updated: [], removed: gone.map((event) => event.id), problems: [] };
}

/** The next DerivedData: `removed` taken out, `inserted` placed in time order, the problems added to the data's. */
function apply(derived: DerivedData, inserted: TimelineEvent[], removed: TimelineEvent[], problems: Problem[], nextIndex: number): { derived: DerivedData } {
  const old = derived.document.events;
  inserted.sort(byTime);
  const events = merge(old, removed.map((event) => insertionPoint(old, event)).sort((a, b) => a - b), inserted);
  // The map of every event is changed in place, not copied (a copy of a million entries takes longer than
  // the whole change): the DerivedData given is spent, and only the one returned is to be used.
  const byId = derived.byId as Map<string, TimelineEvent>;
  const counts = new Map(derived.categoryCounts);
  for (const event of removed) {
    byId.delete(event.id);
    const left = (counts.get(event.category) ?? 0) - 1;
    if (left > 0) counts.set(event.category, left);
    else counts.delete(event.category);
  }
  for (const event of inserted) {
    byId.set(event.id, event);
    counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  }
  const document = { ...derived.document, events, problems: problems.length ? [...derived.document.problems, ...problems] : derived.document.problems };
  const newCategories = [...counts.keys()].some((id) => id !== undefined && !derived.colors.has(id));
  const linked = derived.related.size > 0 || inserted.some((event) => event.related?.length);
  const finer = finestPrecision(inserted);
  return {
    derived: {
      ...derived,
      document,
      positions: positionsIn(events, byId),
      byId,
      index: indexEvents(events),
      usedCategories: new Set(counts.keys()),
      categoryCounts: counts,
      // The colours stay with their categories; they are dealt again only when a category is new.
      colors: newCategories ? categoryStyles(document.categories, events) : withCounts(derived.colors, counts),
      related: linked ? indexRelated(events) : derived.related,
      finest: inserted.length && precisionUnit(finer) < precisionUnit(derived.finest) ? finer : derived.finest,
      zone: inserted.length ? (derived.document.events.length ? (dataZone(inserted) === derived.zone ? derived.zone : dataZone(events)) : dataZone(inserted)) : derived.zone,
      nextIndex,
    },
  };
}

function withCounts(colors: DerivedData['colors'], counts: ReadonlyMap<string | undefined, number>): DerivedData['colors'] {
  const kept = [...colors].filter(([id, style]) => style.declared || counts.has(id));
  return new Map(kept.map(([id, style]) => [id, { ...style, count: counts.get(id) ?? 0 }]));
}

/**
 * `events` less the positions in `gone` (ascending), with `inserted` (in time order) merged in. Few
 * changes are spliced into a copy (a native copy of the pointers); many are merged in one pass.
 */
function merge(events: readonly TimelineEvent[], gone: number[], inserted: readonly TimelineEvent[]): TimelineEvent[] {
  if (gone.length + inserted.length <= 64) {
    const result = events.slice();
    for (let i = gone.length - 1; i >= 0; i--) result.splice(gone[i], 1);
    for (const event of inserted) result.splice(insertionPoint(result, event), 0, event);
    return result;
  }
  const result: TimelineEvent[] = new Array(events.length - gone.length + inserted.length);
  let out = 0;
  let g = 0;
  let j = 0;
  for (let i = 0; i < events.length; i++) {
    if (g < gone.length && gone[g] === i) {
      g++;
      continue;
    }
    const event = events[i];
    while (j < inserted.length && byTime(inserted[j], event) < 0) result[out++] = inserted[j++];
    result[out++] = event;
  }
  while (j < inserted.length) result[out++] = inserted[j++];
  return result;
}
