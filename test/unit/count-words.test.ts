import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import type { Cluster } from '../../src/layout/detail.js';
import type { TimeView } from '../../src/layout/view.js';
import { defineMessages, messagesFor } from '../../src/i18n/messages.js';
import { hasIntlLocale } from '../../src/time/calendar.js';
import { clusterInWords, compactCount, formatCount, viewInWords } from '../../src/time/words.js';

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const NBSP = '\u00a0';
/** 1234 in Armenian: the carried CLDR grouping where the engine has no Armenian (Chromium), else its own Intl's. */
const ARMENIAN_1234 = hasIntlLocale('hy') ? new Intl.NumberFormat('hy').format(1234) : '1234';

const view = (start: string, end: string): TimeView => ({ start: Date.parse(`${start}T00:00Z`), end: Date.parse(`${end}T00:00Z`) });

/** The count and its noun at the end of a sentence: "1 234 события." */
const countOf = (sentence: string) => sentence.match(/[\d\u00a0]+ \S+$/)?.[0];

function cluster(count: number, firstStart: number, lastStart: number): Cluster {
  return { id: 'cluster-0-9', first: 0, end: count, count, from: firstStart, to: lastStart + DAY, firstStart, lastStart };
}

describe('formatCount()', () => {
  it('formatCount() groups thousands the English way: 1,234 and 1,234,567', () => {
    expect([0, 1, 999, 1234, 1_234_567].map((n) => formatCount(n, 'en'))).to.deep.equal(['0', '1', '999', '1,234', '1,234,567']);
  });

  it('formatCount() groups thousands the Russian way, with a no-break space', () => {
    expect([999, 1234, 1_234_567].map((n) => formatCount(n, 'ru'))).to.deep.equal(['999', `1${NBSP}234`, `1${NBSP}234${NBSP}567`]);
  });

  it('formatCount() groups Armenian numbers of five digits or more, with a no-break space, as CLDR does (1234 but 12 345)', () => {
    // CLDR's minimumGroupingDigits for hy is 2 (Node's ICU writes 1234). The carried words follow it; an
    // engine with Armenian in its Intl (Firefox, WebKit) is followed as it is, whatever its CLDR version.
    expect([999, 1234, 12_345, 1_234_567].map((n) => formatCount(n, 'hy'))).to.deep.equal([
      '999',
      ARMENIAN_1234,
      `12${NBSP}345`,
      `1${NBSP}234${NBSP}567`,
    ]);
  });
});

describe('compactCount()', () => {
  it('compactCount() shortens in English: 999, 1.2K, 12.3K, 1.2M, and rounds 999,999 up to 1M', () => {
    const compact = compactCount('en');
    expect([999, 1000, 1234, 12_345, 999_999, 1_234_567].map(compact)).to.deep.equal(['999', '1K', '1.2K', '12.3K', '1M', '1.2M']);
  });

  it('compactCount() shortens in Russian: 1,2 тыс., 1,2 млн', () => {
    const compact = compactCount('ru');
    expect([999, 1234, 1_234_567].map(compact)).to.deep.equal(['999', `1,2${NBSP}тыс.`, `1,2${NBSP}млн`]);
  });

  it('compactCount() shortens in Armenian with Armenian words, also where the browser has no Armenian data: 1,2 հզր, 1,2 մլն', () => {
    const compact = compactCount('hy');
    expect([999, 1000, 1234, 12_345, 999_999, 1_234_567, 2_500_000_000].map(compact)).to.deep.equal([
      '999',
      `1${NBSP}հզր`,
      `1,2${NBSP}հզր`,
      `12,3${NBSP}հզր`,
      `1${NBSP}մլն`,
      `1,2${NBSP}մլն`,
      `2,5${NBSP}մլրդ`,
    ]);
  });

  it('compactCount() writes the whole number for a malformed language tag', () => {
    expect(compactCount('en_US')(1234)).to.equal('1234');
  });
});

describe('clusterInWords()', () => {
  it('clusterInWords() names a cluster over more than two years by its years, in en, hy and ru', () => {
    const wide = cluster(1234, Date.UTC(1990, 0, 1), Date.UTC(1995, 5, 1));
    expect(clusterInWords(wide, 'en')).to.equal('1,234 events, 1990 – 1995. Enter or a click zooms in.');
    expect(clusterInWords(wide, 'hy')).to.equal(`${ARMENIAN_1234} իրադարձություն, 1990 – 1995։ Enter-ը կամ սեղմումը մեծացնում է։`);
    expect(clusterInWords(wide, 'ru')).to.equal(`1${NBSP}234 события, 1990 – 1995. Enter или щелчок приближает.`);
  });

  it('clusterInWords() names a cluster over two years or less by its days', () => {
    const winter = cluster(2, Date.UTC(2016, 11, 14), Date.UTC(2017, 1, 7));
    expect(clusterInWords(winter, 'en')).to.equal('2 events, December 14, 2016 – February 7, 2017. Enter or a click zooms in.');
    expect(clusterInWords(winter, 'hy')).to.equal(
      '2 իրադարձություն, 14 դեկտեմբերի, 2016 թ. – 7 փետրվարի, 2017 թ.։ Enter-ը կամ սեղմումը մեծացնում է։',
    );
    expect(clusterInWords(winter, 'ru')).to.equal('2 события, 14 декабря 2016 г. – 7 февраля 2017 г. Enter или щелчок приближает.');
  });

  it('clusterInWords() names a cluster again in the words a page defines later, though it named it before (names are kept)', () => {
    const wide = cluster(7, Date.UTC(1990, 0, 1), Date.UTC(1995, 5, 1));
    expect(clusterInWords(wide, 'x-kept')).to.equal('7 events, 1990 – 1995. Enter or a click zooms in.');
    defineMessages('x-kept', { clusterName: (count, from, to) => `${count} things from ${from} to ${to}` });
    expect(clusterInWords(wide, 'x-kept')).to.equal('7 things from 1990 to 1995');
    expect(clusterInWords(cluster(8, Date.UTC(1990, 0, 1), Date.UTC(1995, 5, 1)), 'x-kept')).to.equal('8 things from 1990 to 1995');
  });

  it('clusterInWords() switches from days to years just past two years of 365 days', () => {
    const start = Date.UTC(2000, 0, 1);
    expect(clusterInWords(cluster(5, start, start + 2 * YEAR), 'en')).to.contain('January 1, 2000 – December 31, 2001');
    expect(clusterInWords(cluster(5, start, start + 2 * YEAR + 1), 'en')).to.contain('2000 – 2001');
  });
});

describe('viewInWords()', () => {
  it('viewInWords() says a view of more than three years in years', () => {
    const years = view('2016-01-01', '2019-06-01');
    expect(viewInWords(years, 5, 'en')).to.equal('Showing 2016 to 2019: 5 events.');
    expect(viewInWords(years, 5, 'hy')).to.equal('Ցուցադրվում է 2016 – 2019՝ 5 իրադարձություն։');
    expect(viewInWords(years, 5, 'ru')).to.equal('Показано: 2016 – 2019, 5 событий.');
  });

  it('viewInWords() says a view of a quarter to three years in months', () => {
    const months = view('2016-03-01', '2016-09-01');
    expect(viewInWords(months, 12, 'en')).to.equal('Showing March 2016 to September 2016: 12 events.');
    expect(viewInWords(months, 12, 'hy')).to.equal('Ցուցադրվում է 2016 թ․ մարտ – 2016 թ․ սեպտեմբեր՝ 12 իրադարձություն։');
    // Not "с март 2016 г.": after "с" Russian wants "марта", which the month-and-year format does not give.
    expect(viewInWords(months, 12, 'ru')).to.equal('Показано: март 2016 г. – сентябрь 2016 г., 12 событий.');
  });

  it('viewInWords() says a view of a quarter or less in days', () => {
    const days = view('2016-03-01', '2016-03-15');
    expect(viewInWords(days, 2, 'en')).to.equal('Showing March 1, 2016 to March 15, 2016: 2 events.');
    expect(viewInWords(days, 2, 'hy')).to.equal('Ցուցադրվում է 1 մարտի, 2016 թ. – 15 մարտի, 2016 թ.՝ 2 իրադարձություն։');
    expect(viewInWords(days, 2, 'ru')).to.equal('Показано: 1 марта 2016 г. – 15 марта 2016 г., 2 события.');
  });

  it('viewInWords() changes precision exactly past three years and past a quarter of a year', () => {
    const start = Date.UTC(2000, 0, 1);
    expect(viewInWords({ start, end: start + 3 * YEAR }, 1, 'en')).to.equal('Showing January 2000 to December 2002: 1 event.');
    expect(viewInWords({ start, end: start + 3 * YEAR + 1 }, 1, 'en')).to.equal('Showing 2000 to 2002: 1 event.');
    expect(viewInWords({ start, end: start + YEAR / 4 }, 1, 'en')).to.match(/^Showing January 1, 2000 to April 1, 2000/);
    expect(viewInWords({ start, end: start + YEAR / 4 + 1 }, 1, 'en')).to.match(/^Showing January 2000 to April 2000/);
  });

  it('viewInWords() says "1 event" but "0 events" and "2 events" in English', () => {
    const years = view('2016-01-01', '2020-01-01');
    expect([0, 1, 2].map((n) => countOf(viewInWords(years, n, 'en')))).to.deep.equal(['0 events.', '1 event.', '2 events.']);
  });

  it('viewInWords() makes the Russian noun agree with the number: 1 событие, 2 события, 5 событий', () => {
    const years = view('2016-01-01', '2020-01-01');
    const noun = (n: number) => countOf(viewInWords(years, n, 'ru'));
    const expected: [number, string][] = [
      [0, '0 событий.'],
      [1, '1 событие.'],
      [2, '2 события.'],
      [4, '4 события.'],
      [5, '5 событий.'],
      [11, '11 событий.'],
      [12, '12 событий.'],
      [14, '14 событий.'],
      [21, '21 событие.'],
      [22, '22 события.'],
      [25, '25 событий.'],
      [101, '101 событие.'],
      [111, '111 событий.'],
      [1234, `1${NBSP}234 события.`],
      [12_345, `12${NBSP}345 событий.`],
      [1_000_001, `1${NBSP}000${NBSP}001 событие.`],
    ];
    for (const [n, words] of expected) expect(noun(n), String(n)).to.equal(words);
  });

  it('viewInWords() keeps the Armenian noun singular after any number, as Armenian does', () => {
    const years = view('2016-01-01', '2020-01-01');
    for (const n of [1, 2, 21, 12_345]) expect(viewInWords(years, n, 'hy'), String(n)).to.match(/\d իրադարձություն։$/);
  });

  it('viewInWords() uses English words for a language without messages, with its own dates', () => {
    expect(viewInWords(view('2016-03-01', '2016-09-01'), 3, 'fr')).to.equal('Showing mars 2016 to septembre 2016: 3 events.');
  });
});

describe('count wordings of the messages', () => {
  it('summary() counts the events and names the years, in en, hy and ru', () => {
    expect(messagesFor('en').summary('1', '2016', '2016')).to.equal('1 event, from 2016 to 2016');
    expect(messagesFor('en').summary('12', '2009', '2027')).to.equal('12 events, from 2009 to 2027');
    expect(messagesFor('hy').summary('12', '2009', '2027')).to.equal('12 իրադարձություն, 2009 – 2027');
    expect(messagesFor('ru').summary('12', '2009', '2027')).to.equal('12 событий, 2009 – 2027');
    expect(messagesFor('ru').summary('21', '2009', '2027')).to.equal('21 событие, 2009 – 2027');
  });

  it('problemsTitle() agrees with one problem or more in English', () => {
    expect(messagesFor('en').problemsTitle('1')).to.equal('There is 1 problem with the data');
    expect(messagesFor('en').problemsTitle('3')).to.equal('There are 3 problems with the data');
    expect(messagesFor('hy').problemsTitle('3')).to.equal('Տվյալներում կա 3 խնդիր');
    expect(messagesFor('ru').problemsTitle('3')).to.equal('Проблем в данных: 3');
  });

  it('messagesFor() finds the language of a regional or capitalised tag, and English for others', () => {
    expect(messagesFor('hy-AM')).to.equal(messagesFor('hy'));
    expect(messagesFor('RU')).to.equal(messagesFor('ru'));
    expect(messagesFor('de')).to.equal(messagesFor('en'));
  });
});
