/**
 * Calendar dates in words for a language: through Intl.DateTimeFormat where the browser has the locale,
 * through carried words where it does not (Armenian in Chromium). Always in UTC: the model's dates are
 * calendar values, not instants in the reader's time zone.
 */
import type { CarriedCalendar } from './calendar-types.js';
import { primaryLanguage } from '../model/guards.js';

export type CalendarStyle =
  | 'year'
  | 'month-year'
  | 'day-month-year'
  | 'month'
  | 'day-month'
  | 'day'
  | 'time'
  | 'day-month-year-time'
  | 'day-month-year-second';
export type Width = 'long' | 'short';
export type CalendarPart = { type: Intl.DateTimeFormatPartTypes; value: string };

export interface CalendarFormatter {
  /** The language asked for. */
  readonly lang: string;
  /** True when the words come from the element's own tables because the browser lacks the locale. */
  readonly carried: boolean;
  formatToParts(instant: number, style: CalendarStyle, width?: Width): CalendarPart[];
  format(instant: number, style: CalendarStyle, width?: Width): string;
  /** From one instant to another, the parts they share said once where the language does so: "Feb 7 – 12, 2018". */
  formatRange(from: number, to: number, style: CalendarStyle, width?: Width): string;
}

/**
 * Calendar words the element carries for a language some browsers' Intl lacks (Armenian: Chromium has
 * none), each in a file of its own, loaded the first time a timeline speaks the language in such a browser.
 */
const CARRIED_FILES: Readonly<Record<string, () => Promise<[CarriedCalendar, WriteCarried]>>> = {
  hy: () => Promise.all([import('./armenian.js'), import('./carried-format.js')]).then(([words, writer]) => [words.armenian, writer.carriedFormatter]),
};
/** The carried calendars at hand: loaded, or registered at once (Node, tests). */
const CARRIED: Record<string, CarriedCalendar> = {};
/**
 * How carried words are written as dates (time/carried-format.ts): set with the first carried words, so
 * that its code is in their files, not in the bundle of every page.
 */
let writeCarried: WriteCarried | undefined;
type WriteCarried = (lang: string, calendar: CarriedCalendar) => CalendarFormatter;

/** True unless the language needs carried calendar words (the browser lacks it) that have not loaded yet. */
export function hasCalendarWords(lang: string): boolean {
  const key = primaryLanguage(wellFormed(lang));
  return !(key in CARRIED_FILES) || key in CARRIED || (hasIntlLocale(wellFormed(lang)) && Intl.NumberFormat.supportedLocalesOf([wellFormed(lang)]).length > 0);
}

/** Loads the carried calendar words a language needs here, if any; resolves at once when none are. */
export function loadCalendarWords(lang: string): Promise<void> {
  const key = primaryLanguage(wellFormed(lang));
  return hasCalendarWords(lang) ? Promise.resolve() : CARRIED_FILES[key]().then(([words, write]) => keepCalendarWords(key, words, write));
}

/**
 * Makes a language's carried calendar words available at once, written by `write` (time/carried-format.ts,
 * whose registerCalendarWords is the one to call: it passes its writer).
 */
export function keepCalendarWords(lang: string, words: CarriedCalendar, write: WriteCarried): void {
  writeCarried = write;
  CARRIED[primaryLanguage(lang)] = words;
  // Formatters made before the words were here wrote the language with Intl's fallback: make them again.
  for (const key of [...cache.keys()]) if (primaryLanguage(wellFormed(key)) === primaryLanguage(lang)) cache.delete(key);
  for (const key of [...numberFormats.keys()]) if (primaryLanguage(wellFormed(key)) === primaryLanguage(lang)) numberFormats.delete(key);
}

const INTL_OPTIONS: Record<CalendarStyle, (width: Width) => Intl.DateTimeFormatOptions> = {
  year: () => ({ year: 'numeric' }),
  'month-year': (width) => ({ year: 'numeric', month: width }),
  'day-month-year': (width) => ({ year: 'numeric', month: width, day: 'numeric' }),
  month: (width) => ({ month: width }),
  'day-month': (width) => ({ month: width, day: 'numeric' }),
  day: () => ({ day: 'numeric' }),
  time: () => ({ hour: 'numeric', minute: '2-digit' }),
  'day-month-year-time': (width) => ({ year: 'numeric', month: width, day: 'numeric', hour: 'numeric', minute: '2-digit' }),
  'day-month-year-second': (width) => ({
    year: 'numeric',
    month: width,
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  }),
};

const DAY = 86_400_000;
/** The styles that write a date without its time of day: the same words for every instant of a UTC day. */
const TIMELESS: Partial<Record<CalendarStyle, true>> = { 'month-year': true, 'day-month-year': true, month: true, 'day-month': true, day: true };

/** True when this browser's Intl has date data for the language (and the tag is well formed). */
export function hasIntlLocale(lang: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false;
  }
}

function wellFormed(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const cache = new Map<string, CalendarFormatter>();

export function calendarFormatter(lang: string): CalendarFormatter {
  let formatter = cache.get(lang);
  if (!formatter) {
    const tag = wellFormed(lang);
    const carried = CARRIED[primaryLanguage(tag)];
    formatter = !hasIntlLocale(tag) && carried && writeCarried ? writeCarried(lang, carried) : intlFormatter(lang, tag);
    cache.set(lang, formatter);
  }
  return formatter;
}

function yearOf(instant: number): number {
  return new Date(instant).getUTCFullYear();
}

function intlFormatter(lang: string, tag: string): CalendarFormatter {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const formatFor = (style: CalendarStyle, width: Width, bce: boolean) => {
    const key = `${style}|${width}|${bce}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(tag, { ...INTL_OPTIONS[style](width), ...(bce ? { era: 'short' } : {}), timeZone: 'UTC' });
      formats.set(key, format);
    }
    return format;
  };
  // A year before 1 always carries its era, or 500 BCE would read as the year 500.
  const formatToParts = (instant: number, style: CalendarStyle, width: Width = 'long') =>
    formatFor(style, width, yearOf(instant) < 1 && 'year' in INTL_OPTIONS[style](width)).formatToParts(instant);
  const formatRange = (from: number, to: number, style: CalendarStyle, width: Width = 'long') => {
    const bce = (yearOf(from) < 1 || yearOf(to) < 1) && 'year' in INTL_OPTIONS[style](width);
    const format = new Intl.DateTimeFormat(tag, { ...INTL_OPTIONS[style](width), ...(bce ? { era: 'short' } : {}), timeZone: 'UTC' });
    return format.formatRange(from, to);
  };
  // A date without a time, in years 1000-9999, written from the parts Intl gave for the 15th of its month in
  // 2000, with its own day and year put in: the order, the words between and the month's name (in the form
  // this pattern takes) are the sample's. ~30 times cheaper than formatToParts. Only for the Gregorian
  // calendar in plain digits (otherwise, as for Arabic digits or the Persian calendar, Intl writes each date).
  const patterns = new Map<string, readonly Intl.DateTimeFormatPart[] | null>();
  const fromPattern = (instant: number, style: CalendarStyle, width: Width): string | undefined => {
    if (!(style in TIMELESS)) return undefined;
    const date = new Date(instant);
    const year = date.getUTCFullYear();
    if (year < 1000 || year > 9999) return undefined;
    const month = date.getUTCMonth();
    const key = `${style}|${width}|${month}`;
    let pattern = patterns.get(key);
    if (pattern === undefined) {
      const parts = formatToParts(Date.UTC(2000, month, 15), style, width);
      // The Gregorian calendar in Latin digits (a Persian or Buddhist calendar's months are not these).
      const { calendar, numberingSystem } = formatFor(style, width, false).resolvedOptions();
      const plain = calendar === 'gregory' && numberingSystem === 'latn' && parts.every((part) => (part.type === 'year' ? part.value === '2000' : part.type === 'day' ? part.value === '15' : !/\d/.test(part.value)));
      patterns.set(key, (pattern = plain ? parts : null));
    }
    if (!pattern) return undefined;
    const day = String(date.getUTCDate());
    let text = '';
    for (const part of pattern) text += part.type === 'year' ? year : part.type === 'day' ? day : part.value;
    return text;
  };
  // Dates written once: a pan redraws the same ticks, cluster names and list entries frame after frame, and
  // formatToParts is the costliest part of naming them (a zoom that recuts the clusters names ~200 of them in
  // one frame: 9 ms). Kept by what the style shows (the year, the day), so that every instant of one day, or
  // of one year, is one entry. Bounded: cleared past a few thousand.
  const written = new Map<string, string>();
  const format = (instant: number, style: CalendarStyle, width: Width = 'long') => {
    const shown = style === 'year' ? `y${yearOf(instant)}` : style in TIMELESS ? `d${Math.floor(instant / DAY)}` : instant;
    const key = `${shown}|${style}|${width}`;
    let text = written.get(key);
    if (text === undefined) {
      if (written.size >= 20_000) written.clear();
      written.set(key, (text = fromPattern(instant, style, width) ?? joinParts(formatToParts(instant, style, width))));
    }
    return text;
  };
  return { lang, carried: false, formatToParts, format, formatRange };
}

const numberFormats = new Map<string, (value: number) => string>();

/** The carried words for numbers, where the browser's Intl has none for the language. */
function carriedNumbers(tag: string): CarriedCalendar | undefined {
  const carried = CARRIED[primaryLanguage(tag)];
  return carried && Intl.NumberFormat.supportedLocalesOf([tag]).length === 0 ? carried : undefined;
}

function groupDigits(digits: string, carried: CarriedCalendar): string {
  return digits.length < 3 + carried.minimumGroupingDigits ? digits : digits.replace(/\B(?=(\d{3})+$)/g, carried.groupSeparator);
}

/** A whole number in the reader's language: Intl where the browser has it, the carried grouping otherwise. */
export function formatNumber(value: number, lang: string): string {
  let format = numberFormats.get(lang);
  if (!format) {
    const tag = wellFormed(lang);
    const carried = carriedNumbers(tag);
    const intl = new Intl.NumberFormat(tag);
    format = carried
      ? (n) => (Number.isInteger(n) ? (n < 0 ? '-' : '') + groupDigits(String(Math.abs(n)), carried) : intl.format(n))
      : (n) => intl.format(n);
    numberFormats.set(lang, format);
  }
  return format(value);
}

/**
 * A count shortened with the carried words ("1,2 հզր"), as Intl's compact notation with at most one
 * decimal would write it; undefined where the browser has the language's own data.
 */
export function carriedCompactFormat(lang: string): ((count: number) => string) | undefined {
  const carried = carriedNumbers(wellFormed(lang));
  if (!carried) return undefined;
  const patterns = carried.compactPatterns;
  return (count) => {
    const size = Math.abs(count);
    // Tenths of the unit, rounded half up as Intl rounds; 999,999 is 1 million, not 1,000 thousand.
    const tenths = (power: number) => Math.round(size / 10 ** (3 * power - 1));
    let power = 0;
    while (power < patterns.length && (power === 0 ? size : tenths(power) / 10) >= 1000) power++;
    if (power === 0) return formatNumber(count, lang);
    const shown = String(tenths(power) / 10).replace('.', carried.decimalSeparator);
    return (count < 0 ? '-' : '') + patterns[power - 1].replace('{n}', shown);
  };
}

export function joinParts(parts: readonly CalendarPart[]): string {
  return parts.map((part) => part.value).join('');
}
