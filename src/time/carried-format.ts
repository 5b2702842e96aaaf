/**
 * Dates written in the words a language's carried calendar gives (Armenian, which Chromium's Intl lacks),
 * as ICU would write them. In a file of its own, loaded with those words (calendar.ts): most pages never
 * need it. Pure: no DOM.
 */
import type { CarriedCalendar } from './calendar-types.js';
import { joinParts, keepCalendarWords, type CalendarFormatter, type CalendarPart, type CalendarStyle, type Width } from './calendar.js';

/** Makes a language's carried calendar words available at once (Node, tests, and pages that carry them). */
export function registerCalendarWords(lang: string, words: CarriedCalendar): void {
  keepCalendarWords(lang, words, carriedFormatter);
}

const FIELD = /\{(\w+)\}/g;

/**
 * Dates in the carried words of `calendar`, the same as ICU would write them. Exported for the tests too, so
 * that the carried words are checked in engines whose Intl has the language.
 */
export function carriedFormatter(lang: string, calendar: CarriedCalendar): CalendarFormatter {
  const formatToParts = (instant: number, style: CalendarStyle, width: Width = 'long'): CalendarPart[] => {
    const date = new Date(instant);
    const year = date.getUTCFullYear();
    const bce = year < 1 ? '-bce' : '';
    const pattern =
      calendar.patterns[`${style}-${width}${bce}`] ??
      calendar.patterns[`${style}${bce}`] ??
      calendar.patterns[`${style}-${width}`] ??
      calendar.patterns[style];
    const month = date.getUTCMonth();
    const fields: Record<string, CalendarPart> = {
      y: { type: 'year', value: String(year < 1 ? 1 - year : year) },
      e: { type: 'era', value: calendar.eraBce },
      MMMM: { type: 'month', value: calendar.monthsLong[month] },
      MMMMg: { type: 'month', value: calendar.monthsLongGenitive[month] },
      MMM: { type: 'month', value: calendar.monthsShort[month] },
      d: { type: 'day', value: String(date.getUTCDate()) },
      H: { type: 'hour', value: String(date.getUTCHours()) },
      mm: { type: 'minute', value: String(date.getUTCMinutes()).padStart(2, '0') },
      ss: { type: 'second', value: String(date.getUTCSeconds()).padStart(2, '0') },
    };
    const parts: CalendarPart[] = [];
    let last = 0;
    for (const match of pattern.matchAll(FIELD)) {
      if (match.index > last) parts.push({ type: 'literal', value: pattern.slice(last, match.index) });
      parts.push(fields[match[1]]);
      last = match.index + match[0].length;
    }
    if (last < pattern.length) parts.push({ type: 'literal', value: pattern.slice(last) });
    return parts;
  };
  return {
    lang,
    carried: true,
    formatToParts,
    format: (instant, style, width) => joinParts(formatToParts(instant, style, width)),
    formatRange: (from, to, style, width) => collapsedRange(formatToParts(from, style, width), formatToParts(to, style, width)),
  };
}

/** The parts of a time of day: a range within one day says the day once and these twice. */
const TIME_PARTS: Partial<Record<Intl.DateTimeFormatPartTypes, true>> = { hour: true, minute: true, second: true };
/** The parts said for each end of a range within one year; the rest (the year, its era, "թ.") once. */
const DATE_PARTS: Partial<Record<Intl.DateTimeFormatPartTypes, true>> = { month: true, day: true };

/**
 * A range from carried words, as CLDR's interval formats for hy say them: "7–12 փտվ, 2018 թ." when only
 * the day differs; "31 հնվ, 2018 թ., 2:10–7:45" when only the time of day does; the year once when only
 * the months (and days) differ, where the pattern puts it: "2015 թ. հնվ – մյս" (yMMM "y թ. MMM – MMM") and
 * "31 հնվ – 7 փտվ, 2018 թ." (yMMMd "dd MMM – dd MMM, y թ."). Both dates in full otherwise (other years,
 * other days with times: "3 փտվ, 2018 թ., 2:10 – 5 մրտ, 2018 թ., 7:45"), which is long but never wrong.
 * (Node's ICU 78 writes the year twice for yMMM; CLDR's hy intervalFormats say it once, and are followed.)
 */
function collapsedRange(from: CalendarPart[], to: CalendarPart[]): string {
  if (joinParts(from) === joinParts(to)) return joinParts(from);
  const alike = from.length === to.length && from.every((part, i) => part.type === to[i].type);
  const differ = (only: (part: CalendarPart) => boolean) => alike && from.every((part, i) => only(part) || part.value === to[i].value);
  if (differ((part) => part.type === 'day')) {
    return joinParts(from.map((part, i) => (part.type === 'day' ? { ...part, value: `${part.value}–${to[i].value}` } : part)));
  }
  // The run of parts said for each end, the rest once: one day's times, or one year's months and days.
  const twice = (run: (part: CalendarPart) => boolean, dash: string) => {
    const first = from.findIndex(run);
    const last = from.findLastIndex(run);
    const said = (parts: CalendarPart[]) => joinParts(parts.slice(first, last + 1));
    return `${joinParts(from.slice(0, first))}${said(from)}${dash}${said(to)}${joinParts(from.slice(last + 1))}`;
  };
  const timed = from.some((part) => part.type in TIME_PARTS);
  if (timed && differ((part) => part.type in TIME_PARTS)) return twice((part) => part.type in TIME_PARTS, '–');
  // Not for a date with a time ("31 հնվ – 1 փտվ, 2018 թ., 2:10" would give both ends one time), nor where
  // the year lies between the month and the day (no hy pattern does so): both ends in full then.
  const between = from.slice(from.findIndex((part) => part.type in DATE_PARTS), from.findLastIndex((part) => part.type in DATE_PARTS));
  if (!timed && differ((part) => part.type in DATE_PARTS) && !between.some((part) => part.type === 'year' || part.type === 'era')) {
    return twice((part) => part.type in DATE_PARTS, ' – ');
  }
  return `${joinParts(from)} – ${joinParts(to)}`;
}
