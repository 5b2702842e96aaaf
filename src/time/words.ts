/**
 * Dates, spans and problems in words for a reader's language: "approximately December 2016",
 * "disputed: 14 or 15 December 2016", "2017 – 2027".
 */
import { messagesFor, type Messages } from '../i18n/messages.js';
import { isTimed, precisionUnit, writtenOffset, zoneName } from '../model/precision.js';
import type { EventDate, Precision, Problem, TimeSpan, TimelineEvent } from '../model/types.js';
import { calendarFormatter, carriedCompactFormat, formatNumber, joinParts, type CalendarFormatter, type CalendarStyle, type Width } from './calendar.js';

/** A date at its own precision, without qualifiers. */
function plainDate(date: EventDate, calendar: CalendarFormatter, m: Messages): string {
  switch (date.precision) {
    case 'century':
    case 'decade':
      return m.yearsFrom(String(date.year));
    case 'year':
      return calendar.format(date.start, 'year');
    case 'season':
      return m.seasonYear(m.seasons[(date.month ?? 21) - 21], calendar.format(date.start, 'year'));
    case 'month':
      return calendar.format(date.start, 'month-year');
    case 'day':
      return calendar.format(date.start, 'day-month-year');
    case 'minute':
      return calendar.format(date.start, 'day-month-year-time');
    case 'second':
    case 'millisecond':
      return calendar.format(date.start, 'day-month-year-second');
  }
}

/** A date as its text wrote it: a time in the zone it was written in, saying which ("10:30 AM UTC+4"). */
function dateAsWritten(date: EventDate, calendar: CalendarFormatter, m: Messages): string {
  if (!isTimed(date)) return plainDate(date, calendar, m);
  const offset = writtenOffset(date);
  return `${plainDate({ ...date, start: date.start + offset * 60_000 }, calendar, m)} ${zoneName(offset)}`;
}

function orList(items: readonly string[], m: Messages): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${m.or} ${items[items.length - 1]}`;
}

/** "14 or 15 December 2016" when the alternatives differ only in the day; each in full otherwise. */
function alternativesInWords(alternatives: readonly EventDate[], calendar: CalendarFormatter, m: Messages): string {
  const [first] = alternatives;
  const sameMonth = alternatives.every(
    (date) => date.precision === 'day' && date.year === first.year && date.month === first.month,
  );
  if (sameMonth) {
    const days = orList(alternatives.map((date) => String(date.day)), m);
    const parts = calendar.formatToParts(first.start, 'day-month-year');
    return joinParts(parts.map((part) => (part.type === 'day' ? { ...part, value: days } : part)));
  }
  return orList(alternatives.map((date) => dateAsWritten(date, calendar, m)), m);
}

export function dateInWords(date: EventDate, lang: string): string {
  const m = messagesFor(lang);
  const calendar = calendarFormatter(lang);
  if (date.alternatives) return m.disputed(alternativesInWords(date.alternatives, calendar, m));
  const words = dateAsWritten(date, calendar, m);
  if (date.approximate && date.uncertain) return m.approximatelyUncertain(words);
  if (date.approximate) return m.approximately(words);
  if (date.uncertain) return m.uncertain(words);
  return words;
}

/**
 * The event's whole date: a point, a range, or a range with no known end. A range whose ends read the same
 * (`start: 1820, end: 1820`, a year's span) is said once, "1820".
 */
export function eventDateInWords(event: TimelineEvent, lang: string): string {
  const m = messagesFor(lang);
  const start = dateInWords(event.start, lang);
  if (event.end) {
    const end = dateInWords(event.end, lang);
    return start === end ? start : m.range(start, end);
  }
  if (event.openEnd) return m.openRange(start);
  return start;
}

/** The styles that write a time of day. */
const TIMED: Partial<Record<CalendarStyle, true>> = { 'day-month-year-time': true, 'day-month-year-second': true };

/**
 * The ends of a span in words at one style: one text when they read as one, since "1900 – 1900" or
 * "January 31, 2018 – January 31, 2018" says nothing twice: the same words at this style say it once,
 * and times of one day say the day once ("January 31, 2018, 2:10 – 7:45 AM", the language's own interval
 * format). Both ends otherwise, for the message to put its own words between.
 */
function spanEnds(from: number, to: number, style: CalendarStyle, calendar: CalendarFormatter, width?: Width): [string] | [string, string] {
  const [first, last] = [calendar.format(from, style, width), calendar.format(to, style, width)];
  if (first === last) return [first];
  if (style in TIMED && Math.floor(from / DAY) === Math.floor(to / DAY)) return [calendar.formatRange(from, to, style, width)];
  return [first, last];
}

/**
 * The style for a span `length` ms long: years past `years`, months past `months`, else days; and never
 * finer than the data's dates (`finest`): data in years is named by years, whatever the span ("1900", not
 * "January 1, 1900"), and data with times, over a day or less, by its times.
 */
function spanStyle(length: number, finest: Precision, years: number, months: number): CalendarStyle {
  const unit = precisionUnit(finest);
  if (length > years || unit >= YEAR) return 'year';
  if (length > months || unit > DAY) return 'month-year';
  return unit < DAY && length <= DAY ? 'day-month-year-time' : 'day-month-year';
}

export function formatCount(count: number, lang: string): string {
  return formatNumber(count, lang);
}

/** A problem as a sentence that says where, what, and how to fix it, once `loadProblemWords()` has loaded the words. */
export function describeProblem(problem: Problem, lang: string): string {
  const m = messagesFor(lang);
  const first = problem.index === undefined ? '' : formatCount(problem.index + 1, lang);
  const count = problem.count && problem.count > 1 ? formatCount(problem.count, lang) : '';
  // A table's id column often just counts its rows: "event 1 ("1")" would say the number twice.
  const id = problem.index !== undefined && problem.id?.trim() === String(problem.index + 1) ? undefined : problem.id;
  const where = !first ? '' : count ? m.eventsAt(count, first, id) : m.eventAt(first, id);
  // The words load on demand (loadProblemWords); a language a page added may lack some: English then.
  const words = m.problem?.[problem.code] ?? messagesFor('en').problem?.[problem.code] ?? (() => problem.code);
  return words({
    where,
    field: problem.field ?? '',
    value: problem.value ?? '',
    detail: problem.detail ?? '',
    id: problem.id ?? '',
    count: problem.count === undefined ? '' : formatCount(problem.count, lang),
    suggestion: problem.suggestion,
  });
}

const DAY = 86_400_000;
const YEAR = 365 * DAY;

/** Counts short enough for a cluster bar: "1.2K", "1,2 հզր". */
const compactFormats = new Map<string, (count: number) => string>();

export function compactCount(lang: string): (count: number) => string {
  let format = compactFormats.get(lang);
  if (!format) {
    try {
      const intl = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
      const write = carriedCompactFormat(lang) ?? ((count: number) => intl.format(count));
      const counts = new Map<number, string>();
      format = (count) => kept(counts, count, write);
    } catch {
      format = String;
    }
    compactFormats.set(lang, format);
  }
  return format;
}

/**
 * Makes the formatters a first drawing in `lang` asks for (dates in the usual styles and widths, counts,
 * compact counts): each Intl formatter costs a millisecond or more to make, and a first drawing made some
 * twenty of them. Called in idle time once the element speaks a language, before any data arrives.
 */
export function readyWords(lang: string): void {
  const calendar = calendarFormatter(lang);
  const instant = Date.UTC(2000, 0, 1);
  for (const style of ['year', 'month-year', 'day-month-year', 'month', 'day-month', 'day'] as const) {
    for (const width of ['long', 'short'] as const) calendar.format(instant, style, width);
  }
  calendar.formatRange(instant, instant + 40 * DAY, 'day-month-year', 'short');
  compactCount(lang)(1234);
  formatCount(1234, lang);
}

/** What words need of a cluster of events: how many, and the starts of its first and last (UTC ms). */
export interface CountedSpan {
  count: number;
  firstStart: number;
  lastStart: number;
}

/**
 * Words written again and again, kept: a zoom frame names a few hundred clusters, mostly with counts and
 * spans it named a frame before, and Intl's compact notation alone cost a grouped zoom frame ~1 ms (more
 * in a frame that recuts every cluster). Emptied when full, so it stays small whatever the data.
 */
function kept<K>(words: Map<K, string>, key: K, write: (key: K) => string): string {
  let said = words.get(key);
  if (said === undefined) {
    if (words.size >= 4096) words.clear();
    words.set(key, (said = write(key)));
  }
  return said;
}

/**
 * The words of clusters, per language, made again when the language's words or calendar change (both can
 * load later). Words, not a function that writes them: a function kept here would keep the scope it was
 * made in, and the minifier puts this code inside the chart's look, whose scope holds the data drawn (a
 * large read's first data set, with buffers of tens of megabytes, was kept so for as long as the page lived).
 */
const clusterNames = new Map<string, [Messages, CalendarFormatter, Map<string, string>]>();

/**
 * "1,234 events, 1990 – 1995. Enter or a click zooms in.", at the precision of the data's dates (`finest`;
 * days by default): "6 events, 1900" for data in years, "22 events, January 31, 2018, 2:10 – 7:45 AM" for
 * one day of data in minutes.
 */
export function clusterInWords(cluster: CountedSpan, lang: string, finest: Precision = 'day'): string {
  const messages = messagesFor(lang);
  const calendar = calendarFormatter(lang);
  let names = clusterNames.get(lang);
  if (names?.[0] !== messages || names[1] !== calendar) clusterNames.set(lang, (names = [messages, calendar, new Map()]));
  const { count, firstStart, lastStart } = cluster;
  const key = `${count} ${firstStart} ${lastStart} ${finest}`;
  // Found before the function that writes them is made: a zoom frame names a few hundred clusters.
  return names[2].get(key) ?? kept(names[2], key, () => {
    const ends = spanEnds(firstStart, lastStart, spanStyle(lastStart - firstStart, finest, 2 * YEAR, Infinity), calendar);
    const words = formatCount(count, lang);
    return ends.length === 1 ? messages.clusterNameSpan(words, ends[0]) : messages.clusterName(words, ...ends);
  });
}

/**
 * The summary under the title: how many events, over what span, at the precision that tells something
 * and no finer than the data's dates: "12 events, from 2009 to 2027", "63 events, Apr 1992 – Nov 1993",
 * "1,707 events, Jan 31 – Feb 7, 2018". `to` is the last instant covered. `shown`, when a filter hides
 * some of the `count` events, says how many are left: "5 of 12 events, from 2009 to 2027".
 */
export function summaryInWords(count: number, from: number, to: number, finest: Precision, lang: string, shown?: number): string {
  const m = messagesFor(lang);
  const calendar = calendarFormatter(lang);
  const span = to - from;
  const unit = precisionUnit(finest);
  const style: CalendarStyle = span > 3 * YEAR || unit >= YEAR ? 'year' : span > 62 * DAY || unit > DAY ? 'month-year' : 'day-month-year';
  const words = formatCount(count, lang);
  // While a filter hides some events: "5 of 12 events, …", over the whole data's span.
  const part = shown === undefined ? undefined : formatCount(shown, lang);
  const [first, last] = [calendar.format(from, style, 'short'), calendar.format(to, style, 'short')];
  if (style === 'year' && first !== last) return part ? m.summaryFiltered(part, words, first, last) : m.summary(words, first, last);
  const range = first === last ? first : calendar.formatRange(from, to, style, 'short');
  return part ? m.summaryFilteredSpan(part, words, range) : m.summarySpan(words, range);
}

/**
 * "Showing 1980 to 1990: 1,234 events.", at a precision that suits the span shown and no finer than the
 * data's dates (`finest`; days by default): "Showing January 31, 2018, 2:10 – 7:45 AM: 22 events." for a
 * few hours of data in minutes, "Showing January 31, 2018: 3 events." for the same hours of data in days.
 */
export function viewInWords(view: TimeSpan, count: number, lang: string, finest: Precision = 'day'): string {
  const m = messagesFor(lang);
  const ends = spanEnds(view.start, view.end, spanStyle(view.end - view.start, finest, 3 * YEAR, YEAR / 4), calendarFormatter(lang));
  const words = formatCount(count, lang);
  return ends.length === 1 ? m.viewAnnouncementSpan(ends[0], words) : m.viewAnnouncement(ends[0], ends[1], words);
}
