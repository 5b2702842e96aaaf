/**
 * A span of time in words, at a precision that suits its length: "2009 – 2018", "Nov 2016 – Oct 2017",
 * "Jan 31 – Feb 7, 2018". For the overview window's value text; only the overview's chunk imports it.
 */
import type { TimeSpan } from '../model/types.js';
import { calendarFormatter, type CalendarStyle } from './calendar.js';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

export function spanInWords(span: TimeSpan, lang: string): string {
  const length = span.end - span.start;
  const style: CalendarStyle = length > 3 * YEAR ? 'year' : length > 62 * DAY ? 'month-year' : length > 3 * DAY ? 'day-month-year' : 'day-month-year-time';
  const calendar = calendarFormatter(lang);
  const [from, to] = [calendar.format(span.start, style, 'short'), calendar.format(span.end, style, 'short')];
  return from === to ? from : calendar.formatRange(span.start, span.end, style, 'short');
}
