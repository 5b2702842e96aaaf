/**
 * The time scale and axis ticks for a view. Pure: plain numbers in, plain numbers and strings out.
 */
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import { precisionUnit, zoneName } from '../model/precision.js';
import type { Precision } from '../model/types.js';
import type { CalendarFormatter } from '../time/calendar.js';

export interface Tick {
  x: number;
  /** The instant, UTC ms. */
  at: number;
  label: string;
  /** Years, months, days or times: a label for a year boundary reads stronger than one for a day. */
  level: 'year' | 'month' | 'day' | 'time';
  /** The label in short lines, for a narrow gutter: "Jul" over "1992". */
  lines: string[];
}

const DAY = 86_400_000;

/**
 * The span to show for these events: all of them, with a margin so that no mark sits on the edge, and at
 * least `minMargin` (a day; a year for data dated by years, so that a single reign still has years around it).
 */
export function dataExtent(spans: readonly { from: number; to: number }[], marginRatio = 0.04, minMargin = DAY): [number, number] {
  if (spans.length === 0) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  let from = Infinity;
  let to = -Infinity;
  for (const span of spans) {
    if (span.from < from) from = span.from;
    if (span.to > to) to = span.to;
  }
  const margin = Math.max((to - from) * marginRatio, minMargin);
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
  /**
   * Round instants (years, months, days, hours...) about `count` of them, as d3's time scale gives; no
   * closer than `unit` ms where it is given (a squeezed scale asks each stretch for fewer then).
   */
  ticks(count: number, unit?: number): Date[];
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

const LEVELS: readonly Tick['level'][] = ['time', 'day', 'month', 'year'];

function levelOf(date: Date): Tick['level'] {
  if (+utcYear.floor(date) === +date) return 'year';
  if (+utcMonth.floor(date) === +date) return 'month';
  if (+utcDay.floor(date) === +date) return 'day';
  return 'time';
}

/** The coarsest tick a unit of this length allows: a day's data never gets a tick between two midnights. */
function levelOfUnit(unit: number): Tick['level'] {
  return unit < DAY ? 'time' : unit < 28 * DAY ? 'day' : unit < 365 * DAY ? 'month' : 'year';
}

export interface AxisOptions {
  /** Ticks at least this far apart, px. */
  minSpacing?: number;
  /** The finest precision of the data's dates: no tick falls between two of its units (no clock ticks for days). */
  finest?: Precision;
  /** The zone the axis is in, minutes east of UTC: ticks fall on its midnights and say its times. */
  zone?: number;
  /** False when the labels of two neighbouring ticks would run into each other: fewer ticks are tried then. */
  fits?: (before: Tick, after: Tick) => boolean;
}

/**
 * Ticks that fit the width, labelled in the reader's language: a year where a year begins, a short month
 * where a month begins, and so on, as d3's multi-scale time format does, but through Intl. The first tick
 * of the view and the first of each year name their year ("Jul 1992, Oct, 1993, Apr"); the first tick
 * also names its day when it is a time, and the first time says its zone. Never finer than `finest`.
 */
export function axisTicks(scale: TimeScale, calendar: CalendarFormatter, options: AxisOptions = {}): Tick[] {
  const { minSpacing = 80, finest, zone = 0, fits } = options;
  const [x0, x1] = scale.range();
  const [d0, d1] = scale.domain();
  // Ticks are found and named in the zone's wall time, then put back on the UTC scale.
  const shift = zone * 60_000;
  const [w0, w1] = [d0 + shift, d1 + shift];
  const unit = finest ? precisionUnit(finest) : 1;
  const coarsest = LEVELS.indexOf(levelOfUnit(unit));
  const room = Math.max(2, Math.floor(Math.abs(x1 - x0) / minSpacing));
  // d3 picks the interval nearest to span / count: a count of at most span / unit never picks one finer
  // than the unit; the filter catches a view narrower than one unit.
  // In UTC the scale's own ticks, which a squeezed scale keeps off its breaks; in another zone, wall-time ticks.
  const dates = (count: number) =>
    (shift === 0 ? scale.ticks(count, unit) : utcTicks(new Date(w0), new Date(w1), count)).filter((date) => LEVELS.indexOf(levelOf(date)) >= coarsest);
  const name = (wall: Date[]) => nameTicks(wall, calendar, zone).map((tick) => ({ ...tick, x: scale(tick.at) }));
  const collide = (ticks: Tick[]) => fits !== undefined && ticks.some((tick, i) => i > 0 && !fits(ticks[i - 1], tick));
  // d3 treats the count as a hint and may return up to about twice as many; ask for fewer until they fit.
  let count = Math.max(1, Math.min(room, Math.floor((w1 - w0) / unit)));
  let wall = dates(count);
  let ticks = name(wall);
  while (count > 1 && (wall.length > room + 1 || collide(ticks))) ticks = name((wall = dates(--count)));
  // Labels too long for even the fewest round ticks: each one kept that clears the one kept before it,
  // named again (the first kept of a year names its year), until they fit. Not every other one: a lone
  // day between two breaks keeps its name when only the ticks of a crowded stretch collide.
  while (wall.length > 1 && collide(ticks)) {
    const kept = [0];
    for (let i = 1; i < ticks.length; i++) if (fits!(ticks[kept[kept.length - 1]], ticks[i])) kept.push(i);
    ticks = name((wall = kept.map((i) => wall[i])));
  }
  return ticks;
}

/** Labels for ticks at these instants of wall time (UTC fields read as the zone's), each given its `at` in UTC. */
function nameTicks(wall: readonly Date[], calendar: CalendarFormatter, zone: number): Omit<Tick, 'x'>[] {
  const zoneWord = zoneName(zone);
  let zoneSaid = false;
  // Among ticks a day or a few apart, the first of a month is a day too: "May 1", not "May", which reads as
  // the whole month (la-riots.csv: "Apr 30 | May | May 2"). Ticks of months and years keep their names.
  const days = wall.some((date) => levelOf(date) === 'day');
  return wall.map((date, i) => {
    const level = levelOf(date);
    // Named as a day, but still a month's or a year's tick (its line drawn as such).
    const named = days && level !== 'time' ? 'day' : level;
    const time = +date;
    const at = time - zone * 60_000;
    const newYear = i === 0 || wall[i - 1].getUTCFullYear() !== date.getUTCFullYear();
    const year = calendar.format(time, 'year');
    if (named === 'year') return { at, level, label: year, lines: [year] };
    if (named === 'month' || named === 'day') {
      const short = calendar.format(time, named === 'month' ? 'month' : 'day-month', 'short');
      return newYear
        ? { at, level, label: calendar.format(time, named === 'month' ? 'month-year' : 'day-month-year', 'short'), lines: [short, year] }
        : { at, level, label: short, lines: [short] };
    }
    // A time: the first says the zone, and the first of the view its day and year as well.
    const clock = calendar.format(time, 'time');
    const withZone = (text: string) => (zoneSaid ? text : `${text} ${zoneWord}`);
    const lines = zoneSaid ? [clock] : [clock, zoneWord];
    const label = withZone(i === 0 ? calendar.format(time, 'day-month-year-time', 'short') : clock);
    zoneSaid = true;
    return { at, level, label, lines: i === 0 ? [...lines, calendar.format(time, 'day-month', 'short'), year] : lines };
  });
}
