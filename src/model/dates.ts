/**
 * Reads ISO 8601 / EDTF date strings into the UTC span they cover.
 *
 * Supported: `2016`, `2016-12`, `2016-12-15`, `2016-12-15T10:30[:15[.840]][Z|+04:00]` (a fraction of a second makes the precision the millisecond), negative (astronomical)
 * years `-0499` (500 BCE), long years `Y-200000` (EDTF level 1; a JavaScript Date holds ±271,821 years,
 * so deep time such as `Y-13000000` is reported as out of range),
 * unspecified digits `201X` (a decade) and `19XX` (a century), seasons `2017-21`..`2017-24`, the
 * qualifiers `?` (uncertain), `~` (approximate) and `%` (both) on the whole date, and the EDTF level 2
 * one-of set `[2016-12-14,2016-12-15]` for dates the sources dispute.
 */
import { parseCommonDate } from './date-fast.js';
import type { EventDate, Precision } from './types.js';

export { isImprecise } from './date-kind.js';

export type DateProblem = 'date-syntax' | 'date-impossible' | 'date-out-of-range';
export type DateResult = { ok: true; date: EventDate } | { ok: false; code: DateProblem };

const DATE_PATTERN =
  /^(?:Y(-?\d{5,})|(-?\d{4})|(\d{3}X|\d{2}XX))(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?([?~%])?$/;

/** First instant of a calendar day in UTC. Unlike Date.UTC, years 0-99 stay themselves. */
export function utcDay(year: number, monthIndex = 0, day = 1): number {
  // Date.UTC is several times faster than a Date object, and right for every year but 0-99.
  if (year >= 100 || year < 0) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The furthest instant from 1970 a JavaScript Date holds, either way, ms (ECMA-262 §21.4.1.1). */
const MAX_INSTANT = 8.64e15;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

const PRECISION_MS = { minute: 60_000, second: 1000, millisecond: 1 } as const;

/** Seasons as the northern hemisphere's meteorological ones: spring is March to May. */
const SEASON_FIRST_MONTH: Record<number, number> = { 21: 2, 22: 5, 23: 8, 24: 11 };

export function parseDate(input: string): DateResult {
  // The shapes most data uses first, without the pattern (date-fast.ts); the same result.
  return parseCommonDate(input) ?? parseEdtfDate(input);
}

/** Any date of the syntax above, by its pattern: the general reader (parseDate tries the common shapes first). */
export function parseEdtfDate(input: string): DateResult {
  const text = input.trim();
  if (text.startsWith('[') && text.endsWith(']')) return parseOneOf(text);
  const match = DATE_PATTERN.exec(text);
  if (!match) return { ok: false, code: 'date-syntax' };
  const [, longYear, plainYear, maskedYear, monthText, dayText, hourText, minuteText, secondText, fraction, zone, qualifier] =
    match;

  let year: number;
  let precision: Precision = 'year';
  let yearSpan = 1;
  if (maskedYear) {
    if (monthText) return { ok: false, code: 'date-syntax' };
    const digits = maskedYear.replace(/X/g, '');
    yearSpan = 10 ** (4 - digits.length);
    year = Number(digits) * yearSpan;
    precision = yearSpan === 10 ? 'decade' : 'century';
  } else {
    year = Number(longYear ?? plainYear);
  }

  let start: number;
  let end: number;
  let month: number | undefined;
  let day: number | undefined;
  if (monthText === undefined) {
    start = utcDay(year);
    end = utcDay(year + yearSpan);
  } else {
    month = Number(monthText);
    const seasonStart = SEASON_FIRST_MONTH[month];
    if (seasonStart !== undefined) {
      if (dayText) return { ok: false, code: 'date-syntax' };
      precision = 'season';
      start = utcDay(year, seasonStart);
      end = utcDay(year, seasonStart + 3);
    } else if (month < 1 || month > 12) {
      return { ok: false, code: 'date-impossible' };
    } else if (dayText === undefined) {
      precision = 'month';
      start = utcDay(year, month - 1);
      end = utcDay(year, month);
    } else {
      day = Number(dayText);
      if (day < 1 || day > daysInMonth(year, month)) return { ok: false, code: 'date-impossible' };
      precision = 'day';
      start = utcDay(year, month - 1, day);
      end = utcDay(year, month - 1, day + 1);
      if (hourText !== undefined) {
        const time = timeOfDay(hourText, minuteText, secondText, zone);
        if (time === undefined) return { ok: false, code: 'date-impossible' };
        // `Date.prototype.toISOString()` writes milliseconds: a fraction makes the precision the millisecond
        // (finer digits are cut), so that an instant given that finely is drawn and said that finely.
        precision = secondText === undefined ? 'minute' : fraction === undefined ? 'second' : 'millisecond';
        start += time + (fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0')));
        end = start + PRECISION_MS[precision as 'minute' | 'second' | 'millisecond'];
      }
    }
  }
  // Finite is not enough: a time zone offset can carry the first or last day a Date holds past its limit
  // (Y275760-09-12T23:00-14:00), and such an instant is an Invalid Date that Intl refuses to format.
  if (!(Math.abs(start) <= MAX_INSTANT && Math.abs(end) <= MAX_INSTANT)) return { ok: false, code: 'date-out-of-range' };

  return {
    ok: true,
    date: {
      start,
      end,
      precision,
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
      year,
      month,
      day,
      text,
    },
  };
}

/** Milliseconds from midnight UTC, or undefined for an impossible time. */
function timeOfDay(hour: string, minute: string | undefined, second: string | undefined, zone: string | undefined) {
  const h = Number(hour);
  const m = Number(minute);
  const s = Number(second ?? 0);
  if (h > 23 || m > 59 || s > 59) return undefined;
  let offset = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [zh, zm] = zone.slice(1).split(':').map(Number);
    if (zh > 14 || zm > 59) return undefined;
    offset = sign * (zh * 60 + zm) * 60_000;
  }
  return ((h * 60 + m) * 60 + s) * 1000 - offset;
}

/** `[a,b]`: one of these dates, the sources do not agree which. Drawn as the span from the first to the last. */
function parseOneOf(text: string): DateResult {
  const parts = text.slice(1, -1).split(',');
  if (parts.length < 2) return { ok: false, code: 'date-syntax' };
  const alternatives: EventDate[] = [];
  for (const part of parts) {
    if (part.includes('[')) return { ok: false, code: 'date-syntax' };
    const result = parseDate(part);
    if (!result.ok) return result;
    alternatives.push(result.date);
  }
  alternatives.sort((a, b) => a.start - b.start);
  const first = alternatives[0];
  return {
    ok: true,
    date: {
      ...first,
      end: Math.max(...alternatives.map((date) => date.end)),
      approximate: alternatives.some((date) => date.approximate),
      uncertain: true,
      alternatives,
      text,
    },
  };
}


/**
 * A whole number as a year: `1565`, `-499` (500 BCE), `12000`. Files with years as numbers (a column of
 * reigns, say) are read without a conversion; anything but a whole number is not a year.
 */
export function parseYearNumber(year: number): DateResult {
  if (!Number.isInteger(year)) return { ok: false, code: 'date-syntax' };
  if (Math.abs(year) > 275_000) return { ok: false, code: 'date-out-of-range' };
  const digits = String(Math.abs(year)).padStart(4, '0');
  return parseDate(digits.length > 4 ? `Y${year}` : `${year < 0 ? '-' : ''}${digits}`);
}

/**
 * An instant (a `Date` given through `events`, or a date read with a `date-format`) at a precision: the
 * span of that day, second... that holds it, in UTC. Written as ISO text and read back, so that every
 * date, however it arrived, is the same kind of value.
 */
export function parseInstant(ms: number, precision: Precision): DateResult {
  if (!(Math.abs(ms) <= MAX_INSTANT)) return { ok: false, code: Number.isNaN(ms) ? 'date-syntax' : 'date-out-of-range' };
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const yearText = year > 9999 || year < -9999 ? `Y${year}` : `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  const two = (n: number) => String(n).padStart(2, '0');
  const parts = [yearText, `-${two(date.getUTCMonth() + 1)}`, `-${two(date.getUTCDate())}`, `T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`,
    `:${two(date.getUTCSeconds())}`, `.${String(date.getUTCMilliseconds()).padStart(3, '0')}`];
  const kept = { century: 1, decade: 1, year: 1, season: 2, month: 2, day: 3, minute: 4, second: 5, millisecond: 6 }[precision];
  return parseDate(parts.slice(0, kept).join('') + (kept > 3 ? 'Z' : ''));
}

/**
 * A `Date` object set through `events`: a whole UTC day when it is midnight UTC (as `new Date('2016-12-15')`
 * is), else the second it names, or its millisecond when it has one.
 */
export function parseDateObject(date: Date): DateResult {
  const ms = date.getTime();
  const precision = ms % 86_400_000 === 0 ? 'day' : ms % 1000 === 0 ? 'second' : 'millisecond';
  return parseInstant(ms, precision);
}
