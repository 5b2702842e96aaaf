/**
 * Finding events by their words: title, description and place, in every language the data gives them.
 * Pure. The index folds each event's words once per data set (O(n)); a query folds itself once and scans
 * the folded strings (O(n) `includes`), which stays a few milliseconds at 100,000 events.
 */
import type { LocalizedText, TimelineEvent } from './types.js';

export interface SearchIndex {
  /** Each event's words, folded, by event: the same objects the data holds. */
  readonly folded: ReadonlyMap<TimelineEvent, string>;
}

/**
 * Text as it is compared: compatibility decomposition (which also splits ligatures such as Armenian "և"
 * into "եւ"), combining marks dropped ("é" → "e", "ё" → "е"), and a lower case that does not depend on
 * the reader's locale (no Turkish dotless i).
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// A character no folded word holds: terms never match across two fields or two languages.
const SEPARATOR = '\u0000';

function allLanguages(text: LocalizedText | undefined): string[] {
  return text ? Object.values(text) : [];
}

/** Folds every event's words once: what each query scans. */
export function indexForSearch(events: readonly TimelineEvent[]): SearchIndex {
  const folded = new Map<TimelineEvent, string>();
  for (const event of events) {
    const words = [...allLanguages(event.title), ...allLanguages(event.description), ...allLanguages(event.place)];
    folded.set(event, foldText(words.join(SEPARATOR)));
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
  for (const event of events) {
    const words = index.folded.get(event);
    if (words !== undefined && terms.every((term) => words.includes(term))) found.push(event);
  }
  return found;
}
