/**
 * A span whose two ends read the same at the precision shown is said once, at the data's precision: the
 * tester's cases from vega-datasets (disasters by year, USGS earthquakes in ms, monarchs' one-year reigns),
 * in en, hy and ru.
 */
import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import type { Cluster } from '../../src/layout/detail.js';
import { armenian } from '../../src/time/armenian.js';
import { hasIntlLocale } from '../../src/time/calendar.js';
import { carriedFormatter } from '../../src/time/carried-format.js';
import { clusterInWords, dateInWords, eventDateInWords, viewInWords } from '../../src/time/words.js';
import { events, parsedDate } from '../helpers/model.js';

const DAY = 86_400_000;
/** Intl's spaces vary by ICU version (thin spaces round a range's dash, a narrow one before "AM"). */
const norm = (text: string) => text.replace(/[\s\u2009\u202f]+/g, ' ');
/** Where the engine has no Armenian (Chromium), the carried words are what it says. */
const carriedHy = !hasIntlLocale('hy');

function cluster(count: number, firstStart: number, lastStart: number): Cluster {
  return { id: 'cluster-0-9', first: 0, end: count, count, from: firstStart, to: lastStart + DAY, firstStart, lastStart };
}

const YEAR_1900 = Date.UTC(1900, 0, 1);
const QUAKE_FROM = Date.UTC(2018, 0, 31, 2, 10);
const QUAKE_TO = Date.UTC(2018, 0, 31, 7, 45);

describe('a cluster of data dated by year (disasters)', () => {
  it('clusterInWords() names a cluster within one year by the year, once', () => {
    const oneYear = cluster(6, YEAR_1900, YEAR_1900);
    expect(clusterInWords(oneYear, 'en', 'year')).to.equal('6 events, 1900. Enter or a click zooms in.');
    expect(clusterInWords(oneYear, 'hy', 'year')).to.equal('6 իրադարձություն, 1900։ Enter-ը կամ սեղմումը մեծացնում է։');
    expect(clusterInWords(oneYear, 'ru', 'year')).to.equal('6 событий, 1900. Enter или щелчок приближает.');
  });

  it('clusterInWords() names a cluster over a few years by years, never by days', () => {
    const twoYears = cluster(6, YEAR_1900, Date.UTC(1901, 0, 1));
    expect(clusterInWords(twoYears, 'en', 'year')).to.equal('6 events, 1900 – 1901. Enter or a click zooms in.');
    expect(clusterInWords(twoYears, 'hy', 'year')).to.equal('6 իրադարձություն, 1900 – 1901։ Enter-ը կամ սեղմումը մեծացնում է։');
    expect(clusterInWords(twoYears, 'ru', 'year')).to.equal('6 событий, 1900 – 1901. Enter или щелчок приближает.');
    expect(clusterInWords(cluster(6, YEAR_1900, Date.UTC(1903, 0, 1)), 'en', 'year')).to.equal('6 events, 1900 – 1903. Enter or a click zooms in.');
  });

  it('viewInWords() says a view within one year of data in years once', () => {
    const view = { start: YEAR_1900, end: Date.UTC(1900, 7, 1) };
    expect(viewInWords(view, 6, 'en', 'year')).to.equal('Showing 1900: 6 events.');
    expect(viewInWords(view, 6, 'hy', 'year')).to.equal('Ցուցադրվում է 1900՝ 6 իրադարձություն։');
    expect(viewInWords(view, 6, 'ru', 'year')).to.equal('Показано: 1900, 6 событий.');
  });
});

describe('a cluster and a view of a few hours (earthquakes in ms)', () => {
  it('clusterInWords() says the day once and the times, for data with times', () => {
    const hours = cluster(22, QUAKE_FROM, QUAKE_TO);
    expect(norm(clusterInWords(hours, 'en', 'millisecond'))).to.equal('22 events, January 31, 2018, 2:10 – 7:45 AM. Enter or a click zooms in.');
    expect(norm(clusterInWords(hours, 'ru', 'millisecond'))).to.equal('22 события, 31 января 2018 г., 02:10–07:45. Enter или щелчок приближает.');
    const hy = clusterInWords(hours, 'hy', 'millisecond');
    if (carriedHy) expect(hy).to.equal('22 իրադարձություն, 31 հունվարի, 2018 թ., 2:10–7:45։ Enter-ը կամ սեղմումը մեծացնում է։');
    else expect(hy).to.match(/^22 իրադարձություն, 31 հունվարի, 2018 թ\., 0?2:10\s?–\s?0?7:45։/);
  });

  it('clusterInWords() says just the day, once, for data in days', () => {
    const hours = cluster(22, QUAKE_FROM, QUAKE_TO);
    expect(clusterInWords(hours, 'en', 'day')).to.equal('22 events, January 31, 2018. Enter or a click zooms in.');
    expect(clusterInWords(hours, 'hy', 'day')).to.equal('22 իրադարձություն, 31 հունվարի, 2018 թ.։ Enter-ը կամ սեղմումը մեծացնում է։');
    expect(clusterInWords(hours, 'ru', 'day')).to.equal('22 события, 31 января 2018 г. Enter или щелчок приближает.');
  });

  it('viewInWords() says a view of a few hours as the day once and the times', () => {
    const view = { start: QUAKE_FROM, end: QUAKE_TO };
    expect(norm(viewInWords(view, 22, 'en', 'millisecond'))).to.equal('Showing January 31, 2018, 2:10 – 7:45 AM: 22 events.');
    expect(norm(viewInWords(view, 22, 'ru', 'millisecond'))).to.equal('Показано: 31 января 2018 г., 02:10–07:45, 22 события.');
    const hy = viewInWords(view, 22, 'hy', 'millisecond');
    if (carriedHy) expect(hy).to.equal('Ցուցադրվում է 31 հունվարի, 2018 թ., 2:10–7:45՝ 22 իրադարձություն։');
    else expect(hy).to.match(/^Ցուցադրվում է 31 հունվարի, 2018 թ\., 0?2:10\s?–\s?0?7:45՝ 22 իրադարձություն։$/);
  });

  it('viewInWords() says a view of a few hours of data in days as the day, once', () => {
    const view = { start: QUAKE_FROM, end: QUAKE_TO };
    expect(viewInWords(view, 22, 'en', 'day')).to.equal('Showing January 31, 2018: 22 events.');
    expect(viewInWords(view, 22, 'en')).to.equal('Showing January 31, 2018: 22 events.');
    expect(viewInWords(view, 22, 'hy', 'day')).to.equal('Ցուցադրվում է 31 հունվարի, 2018 թ.՝ 22 իրադարձություն։');
    expect(viewInWords(view, 22, 'ru', 'day')).to.equal('Показано: 31 января 2018 г., 22 события.');
  });

  it('viewInWords() still says both ends of hours across midnight, with their times', () => {
    const view = { start: Date.UTC(2018, 0, 30, 22, 0), end: Date.UTC(2018, 0, 31, 3, 0) };
    expect(norm(viewInWords(view, 2, 'en', 'millisecond'))).to.equal('Showing January 30, 2018 at 10:00 PM to January 31, 2018 at 3:00 AM: 2 events.');
  });
});

describe('an event whose range is one year (monarchs)', () => {
  it('eventDateInWords() says a range whose ends read the same once', () => {
    for (const [start, end] of [['1820', '1820'], [1820, 1820]]) {
      const reign = events([{ start, end }])[0];
      expect(eventDateInWords(reign, 'en')).to.equal('1820');
      expect(eventDateInWords(reign, 'hy')).to.equal('1820');
      expect(eventDateInWords(reign, 'ru')).to.equal(dateInWords(parsedDate('1820'), 'ru'));
      expect(eventDateInWords(reign, 'ru')).to.not.include('–');
    }
  });

  it('eventDateInWords() says both ends when they differ, or when only their qualifiers make them differ', () => {
    expect(eventDateInWords(events([{ start: '1820', end: '1821' }])[0], 'en')).to.equal('1820 – 1821');
    expect(eventDateInWords(events([{ start: '1820~', end: '1820' }])[0], 'en')).to.equal('approximately 1820 – 1820');
  });

});

describe('carried range words', () => {
  it('carriedFormatter().formatRange() says one day once and its times twice, as CLDR does', () => {
    const hy = carriedFormatter('hy', armenian);
    expect(hy.formatRange(QUAKE_FROM, QUAKE_TO, 'day-month-year-time', 'long')).to.equal('31 հունվարի, 2018 թ., 2:10–7:45');
    expect(hy.formatRange(QUAKE_FROM, QUAKE_TO + 5000, 'day-month-year-second', 'short')).to.equal('31 հնվ, 2018 թ., 2:10:00–7:45:05');
    // Other days in full, as before.
    expect(hy.formatRange(QUAKE_FROM, QUAKE_TO + DAY, 'day-month-year-time', 'short')).to.equal('31 հնվ, 2018 թ., 2:10 – 1 փտվ, 2018 թ., 7:45');
  });
});
