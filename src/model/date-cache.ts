/**
 * The dates of one reading, each text read once: a million events over a few decades hold a few tens of
 * thousands of distinct dates, and a date object for each event (with its numbers and its text) was a
 * quarter of the heap at a million. The events that share a date's text share its object, frozen so that
 * none can change another's. Pure.
 */
import { parseDate, type DateResult } from './dates.js';
import type { EventDate } from './types.js';

/**
 * Distinct texts kept at most: data of timestamps, each its own, would fill the map for nothing; past this,
 * dates are read as they come (and those kept still serve).
 */
const MOST = 65_536;

/**
 * A date read well, with its span's two numbers held again, as fields that events copy their `from` and `to`
 * from. V8 keeps a field that has only ever held numbers as a number of the object's own: in Chromium, a
 * 12-byte box per field per object, made anew for each object even when the value is another object's. A
 * field that has once held something else (`undefined`, in the first object of the shape: `firstOfShape`
 * below, and its like in parse.ts for events) keeps references instead, and objects given the same number
 * share one box. So a million events over a few tens of thousands of dates hold a few tens of thousands of
 * boxes, not two million (24 MB, measured in the benchmark). Engines that keep numbers in the field itself
 * (Firefox, Safari) are not affected either way.
 */
export interface KeptDate {
  ok: true;
  date: EventDate;
  start: number;
  end: number;
}

function freeze(date: EventDate): EventDate {
  if (date.alternatives) {
    for (const alternative of date.alternatives) freeze(alternative);
    Object.freeze(date.alternatives);
  }
  return Object.freeze(date);
}

export class DateCache {
  private readonly known = new Map<string, DateResult | KeptDate>();
  /**
   * Made before any other of its shape, with no numbers, for the reason above. A field, not a module's
   * constant, so that no bundler drops it as unused; alive with the cache, so its shape is not collected.
   */
  readonly firstOfShape: KeptDate = { ok: true, date: undefined as never, start: undefined as never, end: undefined as never };

  /** What parseDate says of `text`, the same date object (and the same numbers) each time for a text read well. */
  read(text: string): DateResult | KeptDate {
    const known = this.known.get(text);
    if (known) return known;
    const result = parseDate(text);
    // A date that could not be read is rare, and its problem names it: not kept.
    if (result.ok && this.known.size < MOST) {
      const date = freeze(result.date);
      const kept: KeptDate = { ok: true, date, start: date.start, end: date.end };
      this.known.set(text, kept);
      return kept;
    }
    return result;
  }

  /**
   * The object kept for the same date as `date` (read elsewhere: a worker's events arrive as copies, one
   * object per event), else `date` itself, kept from now on. A date is the same when its text is and it reads
   * the same (a date given as a number or a Date object has a text of its own making).
   */
  share(date: EventDate): EventDate {
    const known = this.known.get(date.text);
    if (known?.ok) {
      const kept = known.date;
      const same = kept.start === date.start && kept.end === date.end && kept.precision === date.precision &&
        kept.approximate === date.approximate && kept.uncertain === date.uncertain && !kept.alternatives === !date.alternatives;
      if (same) return kept;
    }
    if (!known && this.known.size < MOST) this.known.set(date.text, { ok: true, date: freeze(date), start: date.start, end: date.end });
    return date;
  }
}
