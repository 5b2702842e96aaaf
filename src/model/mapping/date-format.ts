/**
 * The `date-format` attribute: dates written another way (`%b %d %Y` for "Jun 12 1998", `%d.%m.%Y`, `%Q`
 * for milliseconds since 1970, `%s` for seconds), read in UTC by d3-time-format, a library made for this.
 * The pattern also gives the precision: a date read with `%b %Y` is the whole month.
 */
import { utcParse } from 'd3-time-format';
import { parseInstant, type DateResult } from '../dates.js';
import type { Precision } from '../types.js';

export type FormatDateResult = DateResult | { ok: false; code: 'date-format-mismatch'; detail: string };

/** From the finest to the coarsest: the first directive the pattern has sets the precision. */
const PRECISION_OF: [RegExp, Precision][] = [
  [/%-?[LfQ]/, 'millisecond'],
  [/%-?[Ss]/, 'second'],
  [/%-?[MHIp]/, 'minute'],
  [/%-?[deajuwUWVgGcx]/, 'day'],
  [/%-?[mbBq]/, 'month'],
];

export function precisionOf(pattern: string): Precision {
  return PRECISION_OF.find(([directive]) => directive.test(pattern))?.[1] ?? 'year';
}

/**
 * A date reader for the parser. A value the pattern does not match, but that is written in the element's
 * own syntax (`2016-12-15`, `2016`), is still read: a column may mix both. Anything else is named with the pattern.
 */
export function dateReader(pattern: string): (value: unknown) => FormatDateResult | undefined {
  const parse = utcParse(pattern);
  const precision = precisionOf(pattern);
  return (value) => {
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    const date = parse(String(value).trim());
    if (date) return parseInstant(date.getTime(), precision);
    return typeof value === 'string' && /^\s*(-?\d{4}|Y-?\d{5,}|\[)/.test(value) ? undefined : { ok: false, code: 'date-format-mismatch', detail: pattern };
  };
}
