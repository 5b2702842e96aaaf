/**
 * Armenian calendar words and patterns, for browsers whose Intl has no Armenian data (Chrome and
 * Chromium trim it: `Intl.DateTimeFormat.supportedLocalesOf(['hy'])` is `[]` there, and formatting
 * silently falls back to English). Copied from CLDR as ICU formats them, so a reader sees the same words
 * whether the browser has the data or not.
 */
import type { CarriedCalendar } from './calendar-types.js';

export const armenian: CarriedCalendar = {
  monthsLong: ['հունվար', 'փետրվար', 'մարտ', 'ապրիլ', 'մայիս', 'հունիս', 'հուլիս', 'օգոստոս', 'սեպտեմբեր', 'հոկտեմբեր', 'նոյեմբեր', 'դեկտեմբեր'],
  // The genitive, as a day of a month is said: "15 դեկտեմբերի".
  monthsLongGenitive: ['հունվարի', 'փետրվարի', 'մարտի', 'ապրիլի', 'մայիսի', 'հունիսի', 'հուլիսի', 'օգոստոսի', 'սեպտեմբերի', 'հոկտեմբերի', 'նոյեմբերի', 'դեկտեմբերի'],
  monthsShort: ['հնվ', 'փտվ', 'մրտ', 'ապր', 'մյս', 'հնս', 'հլս', 'օգս', 'սեպ', 'հոկ', 'նոյ', 'դեկ'],
  eraBce: 'մ.թ.ա.',
  groupSeparator: '\u00a0',
  minimumGroupingDigits: 2,
  decimalSeparator: ',',
  compactPatterns: ['{n}\u00a0հզր', '{n}\u00a0մլն', '{n}\u00a0մլրդ', '{n}\u00a0տրլն'],
  // CLDR's own patterns for hy. Note CLDR's mix of "թ." and "թ․" (U+2024): kept as ICU prints them.
  patterns: {
    year: '{y}',
    'year-bce': '{e} {y} թ.',
    'month-year-long': '{y} թ․ {MMMM}',
    'month-year-short': '{y} թ. {MMM}',
    'month-year-long-bce': '{e} {y} թ. {MMMMg}',
    'month-year-short-bce': '{e} {y} թ. {MMM}',
    'day-month-year-long': '{d} {MMMMg}, {y} թ.',
    'day-month-year-short': '{d} {MMM}, {y} թ.',
    'day-month-year-long-bce': '{e} {y} թ․ {MMMMg} {d}',
    'day-month-year-short-bce': '{e} {y} թ․ {MMM} {d}',
    day: '{d}',
    'month-long': '{MMMM}',
    'month-short': '{MMM}',
    'day-month-long': '{MMMMg} {d}',
    'day-month-short': '{d} {MMM}',
    time: '{H}:{mm}',
    'day-month-year-time-long': '{d} {MMMMg}, {y} թ., {H}:{mm}',
    'day-month-year-time-short': '{d} {MMM}, {y} թ., {H}:{mm}',
    'day-month-year-time-long-bce': '{e} {y} թ․ {MMMMg} {d}, {H}:{mm}',
    'day-month-year-time-short-bce': '{e} {y} թ․ {MMM} {d}, {H}:{mm}',
    'day-month-year-second-long': '{d} {MMMMg}, {y} թ., {H}:{mm}:{ss}',
    'day-month-year-second-short': '{d} {MMM}, {y} թ., {H}:{mm}:{ss}',
    'day-month-year-second-long-bce': '{e} {y} թ․ {MMMMg} {d}, {H}:{mm}:{ss}',
    'day-month-year-second-short-bce': '{e} {y} թ․ {MMM} {d}, {H}:{mm}:{ss}',
  },
};
