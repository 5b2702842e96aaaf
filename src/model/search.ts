/**
 * Finding events by their words: title, description, place and group, in every language the data gives them.
 * Pure. The index folds each event's words once per data set (O(n)); a query folds itself once and scans
 * the folded strings (O(n) `includes`), which stays a few milliseconds at 100,000 events.
 */
import type { Group, LocalizedText, TimelineEvent } from './types.js';

export interface SearchIndex {
  /** Each event's words, folded, by the event's place in the source (`event.index`): an array is read faster than a map. */
  readonly folded: readonly (string | undefined)[];
}

/**
 * Text as it is compared: compatibility decomposition (which also splits ligatures such as Armenian "և"
 * into "եւ"), combining marks dropped ("é" → "e", "ё" → "е"), and a lower case that does not depend on
 * the reader's locale (no Turkish dotless i). Armenian "եւ" (the ligature "և" split, or the classical
 * spelling) is compared as "եվ": capitals have no "և" ("ԵՐԵՎԱՆ"), and keyboards without it type "Երեվան".
 * In today's spelling "ւ" appears only in "ու", so no other word changes.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/եւ/g, 'եվ');
}

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
  const byId = new Map(groups.map((group) => [group.id, group]));
  const groupWords = (id: string | undefined): string[] => {
    if (id === undefined) return [];
    const group = byId.get(id);
    return group ? [...allLanguages(group.label), ...groupWords(group.parent)] : [id];
  };
  const folded: string[] = [];
  for (const event of events) {
    const words = [...allLanguages(event.title), ...allLanguages(event.description), ...allLanguages(event.place), ...groupWords(event.group)];
    folded[event.index] = foldText(words.join(SEPARATOR));
  }
  return { folded };
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
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const found: TimelineEvent[] = [];
  const { folded } = index;
  next: for (const event of events) {
    const words = folded[event.index];
    if (words === undefined) continue;
    for (const term of terms) if (!words.includes(term)) continue next;
    found.push(event);
  }
  return found;
}
