/**
 * Every word the element itself shows or announces, by language. Dates are not here: they come from
 * Intl (or the carried calendar words); these are the phrases around them.
 */
import type { ProblemCode } from '../model/types.js';
import { en } from './en.js';
import { primaryLanguage } from '../model/guards.js';

export type ProblemText = (p: ProblemWords) => string;
export type ProblemTexts = Partial<Record<ProblemCode, ProblemText>>;

export type LoadErrorCode = 'load-network' | 'load-http' | 'load-empty' | 'load-timeout' | 'load-too-large' | 'load-not-json';

export interface Messages {
  timeline: string;
  loading: string;
  /** A load's progress: kilobytes read, and events read (a stream, large data); no kilobytes for events given as a list. */
  progress(kilobytes: string | undefined, events?: string): string;
  empty: string;
  legend: string;
  eventList: string;
  /** "12 events from 2009 to 2027". */
  summary(count: string, from: string, to: string): string;
  /** "1,707 events, Jan 31 – Feb 7, 2018": the span already in words, a range or one date. */
  summarySpan(count: string, span: string): string;
  approximately(date: string): string;
  uncertain(date: string): string;
  approximatelyUncertain(date: string): string;
  disputed(alternatives: string): string;
  or: string;
  range(from: string, to: string): string;
  openRange(from: string): string;
  /** A decade or century written as its first year: "the 2010s". */
  yearsFrom(year: string): string;
  seasons: readonly [string, string, string, string];
  seasonYear(season: string, year: string): string;
  /** "Event 3 ("arrest")": where a problem is. */
  eventAt(position: string, id?: string): string;
  /** "3,201 events (the first is event 1)": where a problem that many events share is. */
  eventsAt(count: string, first: string, id?: string): string;
  problemsTitle(count: string): string;
  moreProblems(count: string): string;
  /**
   * What each problem with the data is, where, and how to fix it. Loaded on demand with `loadProblemWords()`
   * (`problems/*.ts`); a page that defines a language may give its own.
   */
  problem?: ProblemTexts;
  /** `detail`: the HTTP status, the content type, or the size limit, as the code needs. */
  load: Record<LoadErrorCode, (url: string, detail?: string) => string>;
  retry: string;
  /** Over the chart when a newer load failed and the data shown is the last that loaded. */
  stale: string;
  source: string;
  quote: string;
  /** The article's own words for the date. */
  dateInSource: string;
  place: string;
  otherCategory: string;
  /** Names the legend's list of groups (the rows of a swimlane timeline). */
  legendGroups: string;
  /** The row, and the legend entry, of the events with no group when others have one. */
  ungrouped: string;
  /** How many events a group's band holds, beside its label: "12 events". */
  groupCount(count: string): string;
  /** Said after an event's name in a grouped timeline: "Group: Navy." */
  inGroup(group: string): string;
  /** Added to the keyboard hint of a grouped horizontal timeline. */
  groupKeys: string;
  legendPoint: string;
  legendSpan: string;
  legendApproximate: string;
  legendUncertain: string;
  /** The legend's entry that opens the categories it does not name: "9,988 more". */
  legendMore(count: string): string;
  /** What the legend of mark shapes is called. */
  legendShapes: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  zoomControls: string;
  exportSvg: string;
  exportPng: string;
  close: string;
  category: string;
  links: string;
  /** The quote in the source's own language, shown beside a translation. */
  original: string;
  /** Before who made a picture, under it. */
  credit: string;
  /** The details' list of the events linked to this one. */
  related: string;
  /** A link's words, from the earlier event, when the data gives none: "led to". */
  ledTo: string;
  /** A link seen from the event it leads to: "follows from". */
  followsFrom: string;
  /** Added to an event's accessible name: "Leads to: Lapshin handed over to Baku." */
  leadsTo(titles: string): string;
  /** Said when `]` or `[` finds no link that way. */
  noLink: string;
  /** Names the story card's region (`mode="story"`). */
  story: string;
  previous: string;
  next: string;
  /** Where the card is in the story: "3 of 13". */
  storyPosition(position: string, total: string): string;
  /** Names the overview strip's window (the `overview` attribute). */
  overview: string;
  /** How to use the chart from the keyboard, read as the event list's description. */
  keyboardHint: string;
  selectedAnnouncement(title: string, date: string): string;
  viewAnnouncement(from: string, to: string, count: string): string;
  /**
   * "Showing January 31, 2018, 2:10 – 7:45 AM: 22 events.": a view whose ends read as one, already in
   * words, said once (one date, or one day's times), where `viewAnnouncement` would say it twice.
   */
  viewAnnouncementSpan(span: string, count: string): string;
  closedAnnouncement: string;
  /** A cluster's accessible name: "1,234 events, 1990 – 1995. Enter zooms in." */
  clusterName(count: string, from: string, to: string): string;
  /** "6 events, 1900. Enter zooms in.": a cluster whose ends read as one, already in words (see viewAnnouncementSpan). */
  clusterNameSpan(count: string, span: string): string;
  /** A break in the time axis, squeezed because nothing happens there: "2013 – 2015: no events". */
  emptyStretch(span: string): string;
  /** Over the screen-reader list when it holds only part of the events. */
  listPart(shown: string, total: string): string;
  /** "5 of 12 events, from 2009 to 2027": the summary while a filter hides some events. */
  summaryFiltered(shown: string, total: string, from: string, to: string): string;
  /** "5 of 63 events, Apr 1992 – Nov 1993": as `summarySpan`, while a filter hides some events. */
  summaryFilteredSpan(shown: string, total: string, span: string): string;
  /** Names the search field (the `search` attribute). */
  search: string;
  /**
   * How the search field is used, read as its description. This and the two below are English in the search
   * chunk (`search-en.ts`), so that pages with no search field never load them.
   */
  searchHint?: string;
  /** Added to the keyboard hint when there is a search field. */
  searchKey: string;
  /** Said as a query is typed: "3 events match". */
  searchMatches?(count: number, formatted: string): string;
  /** Said on moving to a match: "2 of 3: Yerevan founded, 782 BC." */
  searchAt?(position: string, total: string, name: string): string;
}

/** The parts of a problem, already in words, for its message. */
export interface ProblemWords {
  where: string;
  field: string;
  value: string;
  detail: string;
  id: string;
  /** How many events share the problem, in digits for the language; '' when it is one event's. */
  count: string;
  /** A `fields` attribute value that would read the data, when one could be guessed. */
  suggestion?: string;
}

/**
 * The languages the element carries besides English, each a file of its own in the bundle, loaded the
 * first time a timeline on the page speaks it: an English page never pays for Armenian and Russian words.
 */
const CARRIED: Record<string, () => Promise<Messages>> = {
  hy: () => import('./hy.js').then((module) => module.hy),
  ru: () => import('./ru.js').then((module) => module.ru),
};

/** The words at hand, by primary language: English, and each carried language once loaded. */
const loaded: Record<string, Messages> = { en };
/** Words a page gave with defineMessages(), laid over the carried ones whenever those arrive. */
const given: Record<string, Partial<Messages>> = {};
const merged = new Map<string, Messages>();
const loading = new Map<string, Promise<void>>();

/**
 * Messages for a language tag, by its primary language; English where the element has none, and for a
 * carried language until its words have loaded (see `loadMessages`).
 */
export function messagesFor(lang: string): Messages {
  const tag = primaryLanguage(lang);
  // A language with no words of its own shares English's, the very same object.
  const key = tag in loaded || tag in given ? tag : 'en';
  let words = merged.get(key);
  if (!words) {
    const base = loaded[key] ?? en;
    const own = given[key];
    // Problem words (loaded on demand) under the language's own, under any a page defined.
    const problem = { ...problemWords[key], ...base.problem, ...own?.problem };
    words = { ...base, ...own, problem, load: { ...base.load, ...own?.load } };
    merged.set(key, words);
  }
  return words;
}

/** True when `messagesFor(lang)` gives the language's own words: English, a loaded or given one, or one not carried. */
export function hasMessages(lang: string): boolean {
  const key = primaryLanguage(lang);
  return key in loaded || !(key in CARRIED);
}

/** Loads the words of a carried language (once for the page); resolves at once when they are at hand. */
export function loadMessages(lang: string): Promise<void> {
  const key = primaryLanguage(lang);
  if (hasMessages(key)) return Promise.resolve();
  let promise = loading.get(key);
  if (!promise) {
    promise = CARRIED[key]().then((words) => registerMessages(key, words));
    loading.set(key, promise);
  }
  return promise;
}

/** Makes a whole language's words available at once: for Node (the command line, tests) and bundlers. */
export function registerMessages(lang: string, words: Messages): void {
  const key = primaryLanguage(lang);
  loaded[key] = words;
  merged.delete(key);
}

/** The words for problems with the data, by primary language: a chunk of their own (see loadProblemWords). */
const problemWords: Record<string, ProblemTexts> = {};
let loadingProblemWords: Promise<void> | undefined;

/** Adds the words for problems, under any a page defined itself. */
export function addProblemWords(byLanguage: Record<string, ProblemTexts>): void {
  Object.assign(problemWords, byLanguage);
  merged.clear();
}

/** Whether the words for problems are here; until they are, a timeline waits to show its problems. */
export function hasProblemWords(): boolean {
  return Object.keys(problemWords).length > 0;
}

/** Loads the words for problems, once for the page. */
export function loadProblemWords(): Promise<void> {
  loadingProblemWords ??= import('./problems/index.js').then(() => undefined);
  return loadingProblemWords;
}

/**
 * Adds a language, or changes words of one: `defineMessages('de', {...})` for a whole new language (any
 * word left out falls back to English), `defineMessages('en', {zoomFit: 'Everything'})` to change some.
 * Affects every timeline on the page; each re-renders when its language next changes or on requestUpdate().
 */
export function defineMessages(lang: string, words: Partial<Messages>): void {
  const key = primaryLanguage(lang);
  const before = given[key];
  given[key] = before ? { ...before, ...words, problem: { ...before.problem, ...words.problem }, load: { ...before.load, ...words.load } } as Partial<Messages> : words;
  merged.delete(key);
}

export function supportedLanguages(): string[] {
  return [...new Set(['en', ...Object.keys(CARRIED), ...Object.keys(given)])];
}
