/**
 * How finely a data set is dated, and in which time zone its times were written: what the time axis may
 * show (no clock ticks for dates known to the day) and what zone a time is said in. Pure; made once per
 * data set.
 */
import type { EventDate, Precision, TimelineEvent } from './types.js';

const DAY = 86_400_000;

/**
 * The length of the unit of each precision, ms, for the axis: nothing finer than it is worth a tick. As
 * d3-time's tick intervals measure them (a month is 30 days), so that a cap of one unit never lets d3
 * choose a finer interval. A season starts on a month, so months are its unit.
 */
const UNIT_MS: Partial<Record<string, number>> = {
  century: 100 * 365 * DAY,
  decade: 10 * 365 * DAY,
  year: 365 * DAY,
  season: 30 * DAY,
  month: 30 * DAY,
  day: DAY,
  minute: 60_000,
  second: 1000,
};

/** The unit of a precision, ms; 1 for any finer precision than the second. */
export function precisionUnit(precision: Precision): number {
  return UNIT_MS[precision] ?? 1;
}

/** True for a date that names a time of day (a minute, a second or finer), not only a calendar date. */
export function isTimed(date: EventDate): boolean {
  return precisionUnit(date.precision) < DAY;
}

/**
 * The finest precision of any date in the events (their starts, ends and disputed alternatives), and at
 * most `year`: data dated by centuries may still be read by years, and for none, years do.
 */
export function finestPrecision(events: readonly TimelineEvent[]): Precision {
  // One pass over up to a million events: compare units kept in locals, and stop at the finest there is.
  let finest: Precision = 'year';
  let finestUnit = precisionUnit(finest);
  const look = (date: EventDate | undefined): void => {
    if (!date) return;
    const unit = UNIT_MS[date.precision] ?? 1;
    if (unit < finestUnit) [finest, finestUnit] = [date.precision, unit];
    if (date.alternatives) for (const alternative of date.alternatives) look(alternative);
  };
  for (let i = 0; i < events.length && finestUnit > 1; i++) {
    look(events[i].start);
    look(events[i].end);
  }
  return finest;
}

// The zone at the end of a time as written (before an EDTF qualifier): `Z`, `+04:00`, `-05:30`.
const ZONE = /T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}:\d{2})?[?~%]?$/;

/**
 * The offset from UTC the date's time was written in, minutes east: 240 for `+04:00`; 0 for `Z`, for a
 * time written with no zone (read as UTC), and for a date with no time.
 */
export function writtenOffset(date: EventDate): number {
  if (date.text.endsWith('Z')) return 0; // the common case, without the pattern
  const zone = isTimed(date) ? ZONE.exec(date.text)?.[1] : undefined;
  if (!zone || zone === 'Z') return 0;
  const [hours, minutes] = zone.slice(1).split(':').map(Number);
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * The zone the data's times are shown in, minutes east of UTC: the one every time in the data was written
 * in, or UTC when they differ (or there are none), since one axis can only be in one zone.
 */
export function dataZone(events: readonly TimelineEvent[]): number {
  return timedZone(events) ?? 0;
}

/**
 * The zone every time in the events was written in (as dataZone), or null when they differ, or undefined
 * when none has a time: what a part of the data says, so that the parts' answers can be joined (joinZones).
 */
export function timedZone(events: readonly TimelineEvent[]): number | null | undefined {
  let zone: number | undefined;
  // No array made per event: this runs over up to a million of them.
  const look = (date: EventDate | undefined): boolean => {
    if (!date || (UNIT_MS[date.precision] ?? 1) >= DAY) return true;
    const offset = writtenOffset(date);
    zone ??= offset;
    return zone === offset;
  };
  for (const event of events) if (!look(event.start) || !look(event.end)) return null;
  return zone;
}

/** A zone's name as written the world over: `UTC`, `UTC+4`, `UTC+5:30`, `UTC−3` (with a minus sign). */
export function zoneName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const size = Math.abs(offsetMinutes);
  const minutes = size % 60;
  return `UTC${offsetMinutes < 0 ? '\u2212' : '+'}${Math.floor(size / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}
