/**
 * A stretch of time with no events in words, at the coarsest precision it fills: "2013 – 2015" for whole
 * years, "Jun – Aug 2017" for whole months, else days: "21 – 22 May 1992".
 */
import { messagesFor } from '../i18n/messages.js';
import { calendarFormatter } from './calendar.js';
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';

export interface StretchWords {
  /** The span alone, short, for the axis: "2013 – 2015". */
  span: string;
  /** What a reader is told: "2013 – 2015: no events". */
  sentence: string;
}

/** The whole units of `interval` inside from..to (UTC ms, `to` exclusive): the first, and the last one's start. */
function wholeUnits(interval: CountableTimeInterval, from: number, to: number): [number, number] | undefined {
  const first = +interval.ceil(new Date(from));
  const after = +interval.floor(new Date(to));
  return after > first ? [first, +interval.offset(new Date(after), -1)] : undefined;
}

/** Said again every frame for the same few breaks: kept, per language and stretch. */
const said = new Map<string, StretchWords>();

export function emptyStretchInWords(from: number, to: number, lang: string): StretchWords {
  const key = `${lang} ${from} ${to}`;
  let words = said.get(key);
  if (!words) said.set(key, (words = stretchInWords(from, to, lang)));
  return words;
}

function stretchInWords(from: number, to: number, lang: string): StretchWords {
  const calendar = calendarFormatter(lang);
  const m = messagesFor(lang);
  const years = wholeUnits(utcYear, from, to);
  const months = years ? undefined : wholeUnits(utcMonth, from, to);
  const days = years || months ? undefined : (wholeUnits(utcDay, from, to) ?? [from, to - 1]);
  const [first, last] = years ?? months ?? days!;
  const style = years ? 'year' : months ? 'month-year' : 'day-month-year';
  const a = calendar.format(first, style, 'short');
  const b = calendar.format(last, style, 'short');
  const span = a === b ? a : m.range(a, b);
  return { span, sentence: m.emptyStretch(span) };
}
