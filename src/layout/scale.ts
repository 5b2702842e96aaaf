/**
 * The time scale and axis ticks for a view. Pure: plain numbers in, plain numbers and strings out.
 */
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import type { CalendarFormatter } from '../time/calendar.js';

export interface Tick {
  x: number;
  /** The instant, UTC ms. */
  at: number;
  label: string;
  /** Years, months, days or times: a label for a year boundary reads stronger than one for a day. */
  level: 'year' | 'month' | 'day' | 'time';
}

const DAY = 86_400_000;

/** The span to show for these events: all of them, with a margin so that no mark sits on the edge. */
export function dataExtent(spans: readonly { from: number; to: number }[], marginRatio = 0.04): [number, number] {
  if (spans.length === 0) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  let from = Infinity;
  let to = -Infinity;
  for (const span of spans) {
    if (span.from < from) from = span.from;
    if (span.to > to) to = span.to;
  }
  const margin = Math.max((to - from) * marginRatio, DAY);
  return [from - margin, to + margin];
}

/**
 * A linear map from UTC time to px, with the ticks of d3-time. (d3-scale's scaleUtc does the same, but
 * brings d3-time-format, 9 KB, for a tick format that Intl replaces here.)
 */
export interface TimeScale {
  (at: number | Date): number;
  domain(): [number, number];
  range(): [number, number];
  /** A copy of the scale onto another range. */
  range(range: readonly [number, number]): TimeScale;
  /** The instant at a position, UTC ms. */
  invert(px: number): number;
  /** Round instants (years, months, days, hours...) about `count` of them, as d3's time scale gives. */
  ticks(count: number): Date[];
}

export function timeScale(domain: readonly [number, number], width: number): TimeScale {
  return linearTime(domain, [0, width]);
}

function linearTime(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const width = r1 - r0 || 1;
  // Interpolated as d3 does, so that the ends of the domain land exactly on the ends of the range.
  const scale = ((at: number | Date) => {
    const t = (+at - d0) / span;
    return r0 * (1 - t) + r1 * t;
  }) as TimeScale;
  scale.domain = () => [d0, d1];
  scale.range = ((next?: readonly [number, number]) => (next ? linearTime(domain, next) : [r0, r1])) as TimeScale['range'];
  scale.invert = (px: number) => {
    const t = (px - r0) / width;
    return d0 * (1 - t) + d1 * t;
  };
  scale.ticks = (count: number) => utcTicks(new Date(d0), new Date(d1), count);
  return scale;
}

function levelOf(date: Date): Tick['level'] {
  if (+utcYear.floor(date) === +date) return 'year';
  if (+utcMonth.floor(date) === +date) return 'month';
  if (+utcDay.floor(date) === +date) return 'day';
  return 'time';
}

/**
 * Ticks that fit the width, labelled in the reader's language: a year where a year begins, a short month
 * where a month begins, and so on, as d3's multi-scale time format does, but through Intl.
 */
export function axisTicks(scale: TimeScale, calendar: CalendarFormatter, minSpacing = 80): Tick[] {
  const [x0, x1] = scale.range();
  const room = Math.max(2, Math.floor(Math.abs(x1 - x0) / minSpacing));
  // d3 treats the count as a hint and may return up to about twice as many; ask for fewer until they fit.
  let count = room;
  let dates = scale.ticks(count);
  while (dates.length > room + 1 && count > 1) dates = scale.ticks(--count);
  // Where no tick falls on a new year, the first one carries the year, so the axis always says which.
  const yearShown = dates.some((date) => levelOf(date) === 'year');
  return dates.map((date, i) => {
    const level = levelOf(date);
    const at = +date;
    const withYear = i === 0 && !yearShown;
    const label =
      level === 'year'
        ? calendar.format(at, 'year')
        : level === 'month'
          ? calendar.format(at, withYear ? 'month-year' : 'month', 'short')
          : level === 'day'
            ? calendar.format(at, withYear ? 'day-month-year' : 'day-month', 'short')
            : withYear
              ? calendar.format(at, 'day-month-year-time', 'short')
              : calendar.format(at, 'time');
    return { x: scale(date), at, label, level };
  });
}
