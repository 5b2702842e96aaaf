/**
 * Finding events by their words: title, description, place and group, in every language the data gives them.
 * Pure. The index folds each event's words once per data set (O(n)); a query folds itself once and scans
 * the folded strings (O(n) `includes`), which stays a few milliseconds at 100,000 events.
 */
import type { Group, LocalizedText, TimelineEvent } from './types.js';

export interface SearchIndex {
  /** Each event's words, folded, by the event's place in the source (`event.index`): an array is read faster than a map. */
  readonly folded: readonly (string | undefined)[];
  /** The same words in the order of the events the index was made from (`of`): what a search of all of them scans, in order. */
  readonly inOrder?: readonly string[];
  readonly of?: readonly TimelineEvent[];
}

/**
 * Text as it is compared: compatibility decomposition (which also splits ligatures such as Armenian "և"
 * into "եւ"), combining marks dropped ("é" → "e", "ё" → "е"), and a lower case that does not depend on
 * the reader's locale (no Turkish dotless i). Armenian "եւ" (the ligature "և" split, or the classical
 * spelling) is compared as "եվ": capitals have no "և" ("ԵՐԵՎԱՆ"), and keyboards without it type "Երեվան".
 * In today's spelling "ւ" appears only in "ու", so no other word changes.
 */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose, no marks and no Armenian: a lower case is all (most data is).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/եւ/g, 'եվ');
}

const ASCII = /^[\x00-\x7f]*$/;

// A character no folded word holds: terms never match across two fields or two languages.
const SEPARATOR = '\u0000';

function allLanguages(text: LocalizedText | undefined): string[] {
  return text ? Object.values(text) : [];
}

/**
 * Folds every event's words once: what each query scans. An event's group (and the group it is nested in)
 * is among its words, by its label in every language, or its id when it has none: "army" finds the
 * events of the Army row.
 */
export function indexForSearch(events: readonly TimelineEvent[], groups: readonly Group[] = []): SearchIndex {
  const indexing = indexInSlices(events, groups);
  indexing.fold(Infinity);
  return indexing.index;
}

/** An index made a slice at a time (`fold`), so that a large data set's is made in idle moments, not in a keystroke. */
export interface SearchIndexing {
  readonly index: SearchIndex;
  readonly done: boolean;
  /** Folds the words of up to `count` more events. */
  fold(count: number): void;
}

export function indexInSlices(events: readonly TimelineEvent[], groups: readonly Group[] = []): SearchIndexing {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const groupWords = (id: string | undefined): string[] => {
    if (id === undefined) return [];
    const group = byId.get(id);
    return group ? [...allLanguages(group.label), ...groupWords(group.parent)] : [id];
  };
  // A group's words are joined once, not once an event.
  const joinedGroups = new Map<string | undefined, string[]>();
  // Indexed by `event.index`, which is not in time order: filled with undefined first, the array stays
  // packed (set out of order from empty, V8 makes it a dictionary, and each keystroke's scan twice as slow).
  const folded: (string | undefined)[] = [];
  const inOrder: string[] = [];
  let last = -1;
  for (const event of events) last = Math.max(last, event.index);
  for (let i = 0; i <= last; i++) folded.push(undefined);
  let next = 0;
  return {
    index: { folded, inOrder, of: events },
    get done() {
      return next >= events.length;
    },
    fold(count) {
      const end = Math.min(events.length, next + count);
      for (; next < end; next++) {
        const event = events[next];
        let group = joinedGroups.get(event.group);
        if (group === undefined) joinedGroups.set(event.group, (group = groupWords(event.group)));
        // Folded whole, so that the string is flat: one joined after folding would be a rope that each
        // keystroke's first scan flattens again.
        inOrder.push((folded[event.index] = foldText([...allLanguages(event.title), ...allLanguages(event.description), ...allLanguages(event.place), ...group].join(SEPARATOR))));
      }
    },
  };
}

/** The words of a query, folded; empty when it has none (only spaces). */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/u).filter(Boolean);
}

/**
 * The events among `events` (in their order) whose words hold every term of `query`, wherever in a word
 * ("arm" finds "Armenia"). An empty query finds nothing. Events the index does not know are skipped.
 */
export function findEvents(index: SearchIndex, events: readonly TimelineEvent[], query: string): TimelineEvent[] {
  return findPlaces(index, events, query).map((i) => events[i]);
}

/**
 * The places in `events` of those `findEvents` finds, ascending; only among `within` (places, ascending)
 * when given: the matches of a query this one narrows (see `narrows`), so that a keystroke that adds a
 * letter scans what matched before rather than every event.
 */
export function findPlaces(index: SearchIndex, events: readonly TimelineEvent[], query: string, within?: ArrayLike<number>): number[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const { folded } = index;
  // All of the data the index was made from (no filter): its words in order, read straight through.
  const inOrder = index.of === events && index.inOrder?.length === events.length ? index.inOrder : undefined;
  const wordsAt = inOrder ? (i: number) => inOrder[i] : (i: number) => folded[events[i].index];
  const found: number[] = [];
  const count = within ? within.length : events.length;
  if (terms.length === 1) {
    // One word, the usual query while typing: a loop with nothing else in it (100,000 events in a few ms).
    const [term] = terms;
    for (let k = 0; k < count; k++) {
      const i = within ? within[k] : k;
      if (wordsAt(i)?.includes(term)) found.push(i);
    }
    return found;
  }
  next: for (let k = 0; k < count; k++) {
    const i = within ? within[k] : k;
    const words = wordsAt(i);
    if (words === undefined) continue;
    for (const term of terms) if (!words.includes(term)) continue next;
    found.push(i);
  }
  return found;
}

/** True when whatever `query` finds, `before` found too: each of the terms before is within one of the terms now. */
export function narrows(before: string, query: string): boolean {
  const was = queryTerms(before);
  const now = queryTerms(query);
  return was.length > 0 && was.every((term) => now.some((word) => word.includes(term)));
}
