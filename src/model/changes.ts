/**
 * Changes to the events shown, without reading them all again: `addEvents`, `updateEvents` (by id) and
 * `removeEvents`. The next DerivedData is made from the last: each change is found by binary search
 * (O(k log n)) and merged into the sorted list and its index in place (merge-in-place.ts: moves from the
 * first position changed on, at memory speed, with no new sort, parse, map or array of every event).
 * No DOM. The events, their index and the map by id are changed in place: the DerivedData given is spent.
 */
import { aggregateProblems } from './aggregate.js';
import { deleteId } from './id-delete.js';
import { categoryStyles } from './colors.js';
import { byTime, positionsIn, type DerivedData } from './derive.js';
import { insertionPoints, mergeInPlace } from './merge-in-place.js';
import { dataZone, precisionUnit } from './precision.js';
import { orKinds, summarize, type BatchSummary } from './batch-summary.js';
import { parseEventsDocument, type ParseOptions } from './parse.js';
import { indexRelated } from './related.js';
import type { Lines } from './ndjson.js';
import type { RunsEnd } from './read-runs.js';
import type { EventIndex } from './event-index.js';
import type { IdMap } from './id-map.js';
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
 * Events read elsewhere (a large input, read-large.ts, read-runs.ts), in any order, none of them shown yet:
 * merged into those shown in O(k log k + n), with no check of ids (their reader made them unique).
 * `expected`: how many the whole read will have, when known: the index gets room for them all at once.
 */
export function addRead(derived: DerivedData, events: TimelineEvent[], expected = 0): DerivedData {
  let nextIndex = derived.nextIndex;
  for (const event of events) if (event.index >= nextIndex) nextIndex = event.index + 1;
  return apply(derived, events, [], [], nextIndex, expected).derived;
}

/**
 * The end of a reading in runs (read-runs.ts): the document's own fields, its problems and notices, and the
 * links to no event left out, as reading at once leaves them.
 */
export function finishRuns(derived: DerivedData, end: RunsEnd): DerivedData {
  for (const [id, related] of end.relatedKept) {
    const event = derived.byId.get(id);
    if (event) event.related = related;
  }
  const events = derived.document.events;
  const document = { ...end.document, events };
  return { ...derived, document, grouped: derived.grouped || !!document.groups?.length, related: end.relatedKept.length ? indexRelated(events) : derived.related };
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
function apply(derived: DerivedData, inserted: TimelineEvent[], removed: TimelineEvent[], problems: Problem[], nextIndex: number, expected = 0): { derived: DerivedData } {
  const events = derived.document.events;
  inserted.sort(byTime);
  // Where the removed events are, found as insertions are (in the index's starts and ends): each is the first
  // event that does not sort before itself.
  const gone = [...new Set(insertionPoints(events, derived.index.froms, derived.index.tos, events.length, [...removed].sort(byTime)))];
  const index = mergeInPlace(events, derived.index, gone, inserted, expected);
  // The map of every event is changed in place, not copied (a copy of a million entries takes longer than
  // the whole change): the DerivedData given is spent, and only the one returned is to be used.
  const byId = derived.byId as IdMap;
  const counts = new Map(derived.categoryCounts);
  for (const event of removed) {
    deleteId(byId, event.id);
    const left = (counts.get(event.category) ?? 0) - 1;
    if (left > 0) counts.set(event.category, left);
    else counts.delete(event.category);
  }
  for (const event of inserted) {
    byId.set(event);
    counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  }
  return { derived: afterChange(derived, events, index, byId, counts, inserted, problems, nextIndex) };
}

/**
 * The next DerivedData, once `inserted` are placed in `events` and `index` (here, or a step at a time by
 * merge-steps.ts) and `byId` and `counts` say what is in it: the rest follows from the events changed.
 */
export function afterChange(
  derived: DerivedData,
  events: TimelineEvent[],
  index: EventIndex,
  byId: IdMap,
  counts: Map<string | undefined, number>,
  inserted: TimelineEvent[],
  problems: Problem[],
  nextIndex: number,
  summary: BatchSummary = summarize(inserted),
): DerivedData {
  const document = { ...derived.document, events, problems: problems.length ? [...derived.document.problems, ...problems] : derived.document.problems };
  const newCategories = [...counts.keys()].some((id) => id !== undefined && !derived.colors.has(id));
  const linked = derived.related.size > 0 || summary.linked;
  const insertedZone = summary.zone ?? 0;
  return {
    ...derived,
    document,
    positions: positionsIn(events, byId),
    byId,
    index,
    usedCategories: new Set(counts.keys()),
    categoryCounts: counts,
    // The colours stay with their categories; they are dealt again only when a category is new.
    colors: newCategories ? categoryStyles(document.categories, events) : withCounts(derived.colors, counts),
    related: linked ? indexRelated(events) : derived.related,
    finest: inserted.length && precisionUnit(summary.finer) < precisionUnit(derived.finest) ? summary.finer : derived.finest,
    zone: inserted.length ? (derived.document.events.length ? (insertedZone === derived.zone ? derived.zone : dataZone(events)) : insertedZone) : derived.zone,
    nextIndex,
    changes: (derived.changes ?? 0) + 1,
    inserted,
    // A kind only stays after its last event is removed: the legend then names one shape too many, never too few.
    dateKinds: derived.dateKinds && orKinds(derived.dateKinds, summary.kinds),
    grouped: derived.grouped || summary.grouped,
  };
}

function withCounts(colors: DerivedData['colors'], counts: ReadonlyMap<string | undefined, number>): DerivedData['colors'] {
  const kept = [...colors].filter(([id, style]) => style.declared || counts.has(id));
  return new Map(kept.map(([id, style]) => [id, { ...style, count: counts.get(id) ?? 0 }]));
}
