/**
 * The date shapes nearly every large data set uses, read without the general EDTF pattern (dates.ts):
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and `YYYY-MM-DDTHH:MM[:SS[.fff…]][Z]`. At 100,000 events the pattern's
 * match array and its destructuring were a good part of reading (and of the garbage collected after).
 * Anything else (a season, an impossible day, a qualifier, an offset, spaces around) returns undefined and
 * is left to the general parser, so the result is always the one it gives (test/unit/date-fast.test.ts
 * checks them against each other).
 */
import type { DateResult } from './dates.js';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ZERO = 48;

/** Two digits at `at` as a number, or -1 when they are not digits. */
function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The first instant of a day, UTC (years 0-99 as themselves, as dates.ts's utcDay). */
function day(year: number, monthIndex: number, date: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, date);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, date);
  return d.getTime();
}

export function parseCommonDate(text: string): DateResult | undefined {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10 && length < 16) return undefined;
  const high = two(text, 0);
  const low = two(text, 2);
  if (high < 0 || low < 0) return undefined;
  const year = high * 100 + low;
  if (length === 4) {
    return { ok: true, date: { start: day(year, 0, 1), end: day(year + 1, 0, 1), precision: 'year', approximate: false, uncertain: false, year, month: undefined, day: undefined, text } };
  }
  if (text.charCodeAt(4) !== 45 /* - */) return undefined;
  const month = two(text, 5);
  if (month < 1 || month > 12) return undefined;
  if (length === 7) {
    return { ok: true, date: { start: day(year, month - 1, 1), end: day(year, month, 1), precision: 'month', approximate: false, uncertain: false, year, month, day: undefined, text } };
  }
  if (text.charCodeAt(7) !== 45) return undefined;
  const date = two(text, 8);
  const leap = month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0);
  if (date < 1 || date > (leap ? 29 : MONTH_DAYS[month - 1])) return undefined;
  const start = day(year, month - 1, date);
  if (length === 10) {
    return { ok: true, date: { start, end: day(year, month - 1, date + 1), precision: 'day', approximate: false, uncertain: false, year, month, day: date, text } };
  }
  return timed(text, year, month, date, start);
}

/** `…THH:MM[:SS[.fff…]][Z]` after a day that starts at `dayStart`. */
function timed(text: string, year: number, month: number, date: number, dayStart: number): DateResult | undefined {
  if (text.charCodeAt(10) !== 84 /* T */ || text.charCodeAt(13) !== 58 /* : */) return undefined;
  const hour = two(text, 11);
  const minute = two(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let at = 16;
  let end = text.length;
  if (text.charCodeAt(end - 1) === 90 /* Z */) end--;
  let second = -1;
  let ms = 0;
  let precision: 'minute' | 'second' | 'millisecond' = 'minute';
  if (at < end) {
    if (text.charCodeAt(at) !== 58) return undefined;
    second = two(text, at + 1);
    if (second < 0 || second > 59) return undefined;
    at += 3;
    precision = 'second';
    if (at < end) {
      const mark = text.charCodeAt(at);
      if ((mark !== 46 && mark !== 44) /* . , */ || at + 1 >= end) return undefined;
      // Milliseconds from the first three digits, finer ones cut (as dates.ts reads a fraction).
      for (let i = at + 1, scale = 100; i < end; i++, scale /= 10) {
        const digit = text.charCodeAt(i) - ZERO;
        if (digit < 0 || digit > 9) return undefined;
        if (scale >= 1) ms += digit * scale;
      }
      precision = 'millisecond';
    }
  }
  const start = dayStart + ((hour * 60 + minute) * 60 + Math.max(second, 0)) * 1000 + ms;
  const unit = precision === 'minute' ? 60_000 : precision === 'second' ? 1000 : 1;
  return { ok: true, date: { start, end: start + unit, precision, approximate: false, uncertain: false, year, month, day: date, text } };
}
