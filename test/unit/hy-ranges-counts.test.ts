/**
 * Armenian as the tester saw it with real data (lang="hy"): github.csv's summary said
 * "955 իրադարձություն, 2015 թ. հնվ – 2015 թ. մյս", the year twice where English says "Jan – May 2015", and
 * movies.json's counts read "3200 իրադարձություն" and "Իրադարձություն 3054" where English groups 3,200.
 * A range of one year's months says the year once, as CLDR's hy interval formats do ("y թ. MMM – MMM");
 * counts follow CLDR's hy number symbols (a no-break space between groups, minimumGroupingDigits 2: 3200 but
 * 12 345), the same in every place a count is said. English and Russian are checked to be as they were.
 */
import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import type { Cluster } from '../../src/layout/detail.js';
import type { Problem } from '../../src/model/types.js';
import { armenian } from '../../src/time/armenian.js';
import { hasIntlLocale } from '../../src/time/calendar.js';
import { carriedFormatter } from '../../src/time/carried-format.js';
import { spanInWords } from '../../src/time/span-words.js';
import { clusterInWords, compactCount, describeProblem, formatCount, summaryInWords, viewInWords } from '../../src/time/words.js';

const NBSP = '\u00a0';
/** Intl's spaces vary by ICU version (thin spaces round a range's dash). */
const norm = (text: string) => text.replace(/[\s\u2009\u202f]+/g, ' ');
/** Where the engine has no Armenian dates (Chromium), the carried words are what a reader sees. */
const carriedDates = !hasIntlLocale('hy');
/** The same for numbers: Intl where the engine has Armenian numbers, CLDR's grouping carried where not. */
const carriedNumbers = Intl.NumberFormat.supportedLocalesOf(['hy']).length === 0;
const hyNumber = (n: number) => (carriedNumbers ? String(n).replace(/\B(?=(\d{3})+$)/g, n >= 10_000 ? NBSP : '') : new Intl.NumberFormat('hy').format(n));

const JAN_2015 = Date.UTC(2015, 0, 1);
const MAY_2015 = Date.UTC(2015, 4, 31, 23, 59, 59, 999);
const hy = carriedFormatter('hy', armenian);

function cluster(count: number, firstStart: number, lastStart: number): Cluster {
  return { id: 'cluster-0-9', first: 0, end: count, count, from: firstStart, to: lastStart + 86_400_000, firstStart, lastStart };
}

describe('a range within one year says its year once in Armenian (github.csv)', () => {
  it('carriedFormatter().formatRange() says one year\'s months with the year once, first, as CLDR\'s yMMM interval', () => {
    expect(hy.formatRange(JAN_2015, MAY_2015, 'month-year', 'short')).to.equal('2015 թ. հնվ – մյս');
    // CLDR's yMMMM interval, "y թ․ LLLL – LLLL", with its U+2024 after թ as the month-year-long pattern has it.
    expect(hy.formatRange(JAN_2015, MAY_2015, 'month-year', 'long')).to.equal('2015 թ․ հունվար – մայիս');
  });

  it('carriedFormatter().formatRange() says days of two months of one year with the year once, last, as CLDR\'s yMMMd', () => {
    expect(hy.formatRange(Date.UTC(2018, 0, 31), Date.UTC(2018, 1, 7), 'day-month-year', 'short')).to.equal('31 հնվ – 7 փտվ, 2018 թ.');
    expect(hy.formatRange(Date.UTC(2018, 0, 31), Date.UTC(2018, 1, 7), 'day-month-year', 'long')).to.equal('31 հունվարի – 7 փետրվարի, 2018 թ.');
    // The same day of two months keeps both days.
    expect(hy.formatRange(Date.UTC(2018, 1, 3), Date.UTC(2018, 2, 3), 'day-month-year', 'short')).to.equal('3 փտվ – 3 մրտ, 2018 թ.');
  });

  it('carriedFormatter().formatRange() keeps what it said before: other years in full, one month\'s days, one day\'s times', () => {
    expect(hy.formatRange(Date.UTC(2014, 11, 1), MAY_2015, 'month-year', 'short')).to.equal('2014 թ. դեկ – 2015 թ. մյս');
    expect(hy.formatRange(Date.UTC(2017, 11, 30), Date.UTC(2018, 1, 7), 'day-month-year', 'short')).to.equal('30 դեկ, 2017 թ. – 7 փտվ, 2018 թ.');
    expect(hy.formatRange(Date.UTC(2018, 1, 7), Date.UTC(2018, 1, 12), 'day-month-year', 'short')).to.equal('7–12 փտվ, 2018 թ.');
    expect(hy.formatRange(Date.UTC(2018, 0, 31, 2, 10), Date.UTC(2018, 0, 31, 7, 45), 'day-month-year-time', 'short')).to.equal('31 հնվ, 2018 թ., 2:10–7:45');
    // Days apart with times: both in full, even at the same time of day (one time for both ends would be wrong).
    expect(hy.formatRange(Date.UTC(2018, 0, 31, 2, 10), Date.UTC(2018, 1, 1, 2, 10), 'day-month-year-time', 'short')).to.equal('31 հնվ, 2018 թ., 2:10 – 1 փտվ, 2018 թ., 2:10');
    expect(hy.formatRange(JAN_2015, Date.UTC(2016, 4, 1), 'year', 'short')).to.equal('2015 – 2016');
  });

  it('carriedFormatter().formatRange() says a year before 1 once too, with its era, as CLDR\'s GyMMM interval', () => {
    const at = (month: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(-499, month, day);
      return date.getTime();
    };
    expect(hy.formatRange(at(0, 3), at(4, 5), 'month-year', 'short')).to.equal('մ.թ.ա. 500 թ. հնվ – մյս');
    expect(hy.formatRange(at(0, 3), at(4, 5), 'day-month-year', 'short')).to.equal('մ.թ.ա. 500 թ․ հնվ 3 – մյս 5');
  });

  it('summaryInWords() and spanInWords() say github.csv\'s months of 2015 with the year once in hy; en and ru as before', () => {
    const summary = summaryInWords(955, JAN_2015, MAY_2015, 'day', 'hy');
    const overview = spanInWords({ start: JAN_2015, end: MAY_2015 }, 'hy');
    if (carriedDates) {
      expect(summary).to.equal('955 իրադարձություն, 2015 թ. հնվ – մյս');
      expect(overview).to.equal('2015 թ. հնվ – մյս');
    } else {
      expect(summary).to.match(/^955 իրադարձություն, 2015 թ/);
    }
    expect(norm(summaryInWords(955, JAN_2015, MAY_2015, 'day', 'en'))).to.equal('955 events, Jan – May 2015');
    expect(norm(spanInWords({ start: JAN_2015, end: MAY_2015 }, 'en'))).to.equal('Jan – May 2015');
    // Russian goes through Intl, untouched by the carried words: whatever this engine's CLDR says.
    const ru = new Intl.DateTimeFormat('ru', { year: 'numeric', month: 'short', timeZone: 'UTC' }).formatRange(JAN_2015, MAY_2015);
    expect(summaryInWords(955, JAN_2015, MAY_2015, 'day', 'ru')).to.equal(`955 событий, ${ru}`);
  });

  it('summaryInWords() says a few days over two months of one year with the year once in hy', () => {
    const summary = summaryInWords(5, Date.UTC(2018, 0, 31), Date.UTC(2018, 1, 7), 'day', 'hy');
    if (carriedDates) expect(summary).to.equal('5 իրադարձություն, 31 հնվ – 7 փտվ, 2018 թ.');
    expect(summary).to.match(/^5 իրադարձություն, 31 հնվ – 0?7 փտվ, 2018 թ\.$/);
  });
});

describe('Armenian counts as CLDR groups them, the same everywhere (movies.json)', () => {
  const big = 12_345;

  it('formatCount() writes hy counts with CLDR\'s hy grouping: 3200 and 3054 as they are, 12 345 with a no-break space', () => {
    expect([3200, 3054, big, 1_234_567].map((n) => formatCount(n, 'hy'))).to.deep.equal([3200, 3054, big, 1_234_567].map(hyNumber));
    if (carriedNumbers) expect(formatCount(big, 'hy')).to.equal(`12${NBSP}345`);
    // English and Russian as before: CLDR's minimumGroupingDigits is 1 for both.
    expect(formatCount(3200, 'en')).to.equal('3,200');
    expect(formatCount(3200, 'ru')).to.equal(`3${NBSP}200`);
  });

  it('the summary, cluster and pile names, the live region and problems write a count alike', () => {
    const years = [Date.UTC(1928, 0, 1), Date.UTC(2046, 11, 31)] as const;
    for (const n of [3200, big]) {
      const words = hyNumber(n);
      expect(summaryInWords(n, years[0], years[1], 'day', 'hy')).to.equal(`${words} իրադարձություն, 1928 – 2046`);
      expect(clusterInWords(cluster(n, years[0], years[1]), 'hy')).to.match(new RegExp(`^${words} իրադարձություն, 1928 – 2046։`));
      expect(viewInWords({ start: years[0], end: years[1] }, n, 'hy')).to.equal(`Ցուցադրվում է 1928 – 2046՝ ${words} իրադարձություն։`);
      const problem: Problem = { code: 'title-missing', severity: 'error', index: n - 1 };
      expect(describeProblem(problem, 'hy')).to.match(new RegExp(`^Իրադարձություն ${words}՝`));
      expect(describeProblem(problem, 'en')).to.match(new RegExp(`^Event ${formatCount(n, 'en')} has no title`));
    }
  });

  it('compactCount() in hy has the same decimal comma and no-break space as the counts in full', () => {
    if (carriedNumbers) expect(compactCount('hy')(1800)).to.equal(`1,8${NBSP}հզր`);
    expect(compactCount('en')(1800)).to.equal('1.8K');
  });
});
