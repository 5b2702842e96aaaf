/**
 * Every word the element itself shows or announces, by language. Dates are not here: they come from
 * Intl (or the carried calendar words); these are the phrases around them.
 */
import type { ProblemCode } from '../model/types.js';
import { en } from './en.js';
import { hy } from './hy.js';
import { ru } from './ru.js';
import { primaryLanguage } from '../model/guards.js';

export type ProblemText = (p: ProblemWords) => string;
export type ProblemTexts = Partial<Record<ProblemCode, ProblemText>>;

export type LoadErrorCode = 'load-network' | 'load-http' | 'load-empty' | 'load-timeout' | 'load-too-large' | 'load-not-json';

export interface Messages {
  timeline: string;
  loading: string;
  empty: string;
  legend: string;
  eventList: string;
  /** "12 events from 2009 to 2027". */
  summary(count: string, from: string, to: string): string;
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
  legendPoint: string;
  legendSpan: string;
  legendApproximate: string;
  legendUncertain: string;
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
  /** How to use the chart from the keyboard, read as the event list's description. */
  keyboardHint: string;
  selectedAnnouncement(title: string, date: string): string;
  viewAnnouncement(from: string, to: string, count: string): string;
  closedAnnouncement: string;
  /** A cluster's accessible name: "1,234 events, 1990 – 1995. Enter zooms in." */
  clusterName(count: string, from: string, to: string): string;
  /** Over the screen-reader list when it holds only part of the events. */
  listPart(shown: string, total: string): string;
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

const MESSAGES: Record<string, Messages> = { en, hy, ru };

/** Messages for a language tag, by its primary language; English where the element has none. */
export function messagesFor(lang: string): Messages {
  return MESSAGES[primaryLanguage(lang)] ?? MESSAGES.en;
}

let problemWordsLoaded = false;
let loadingProblemWords: Promise<void> | undefined;

/** Adds the words for problems, under any a page defined itself. */
export function addProblemWords(byLanguage: Record<string, ProblemTexts>): void {
  for (const [lang, words] of Object.entries(byLanguage)) {
    const messages = MESSAGES[lang];
    if (messages) MESSAGES[lang] = { ...messages, problem: { ...words, ...messages.problem } };
  }
  problemWordsLoaded = true;
}

/** Whether the words for problems are here; until they are, a timeline waits to show its problems. */
export function hasProblemWords(): boolean {
  return problemWordsLoaded;
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
  const base = MESSAGES[key] ?? MESSAGES.en;
  MESSAGES[key] = { ...base, ...words, problem: { ...base.problem, ...words.problem }, load: { ...base.load, ...words.load } };
}

export function supportedLanguages(): string[] {
  return Object.keys(MESSAGES);
}
