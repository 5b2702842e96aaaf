import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { armenian } from '../../src/time/armenian.js';
import { calendarFormatter, hasIntlLocale, joinParts } from '../../src/time/calendar.js';
import { carriedFormatter } from '../../src/time/carried-format.js';
import { engine, itWhere } from '../helpers/engine.js';

/** A UTC instant for any year, including 0-99 and negative years, which Date.UTC would shift or refuse. */
function utc(year: number, monthIndex: number, day: number, hours = 0, minutes = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hours, minutes, 0, 0);
  return date.getTime();
}

const DEC_15_2016 = Date.UTC(2016, 11, 15);
/** Chromium's Intl has no Armenian; Firefox's and WebKit's have it. */
const intlHasArmenian = Intl.DateTimeFormat.supportedLocalesOf(['hy']).length > 0;
/**
 * The carried Armenian words under test. In Chromium, calendarFormatter('hy') carries them: what a reader
 * sees. Where Intl has Armenian, calendarFormatter('hy') writes Intl's words, so the carried ones are taken
 * directly: they are the element's own code, and are tested in every engine.
 */
const carriedHy = () => (intlHasArmenian ? carriedFormatter('hy', armenian) : calendarFormatter('hy'));
const DEC_15_500_BCE = utc(-499, 11, 15);

describe('calendarFormatter() for Armenian, which this Chromium lacks', () => {
  const inChromium = itWhere(engine === 'chromium', "this engine's Intl has Armenian, so nothing is carried (checked by the first test of this block)");

  it('calendarFormatter() uses Intl for hy where this engine has Armenian, and carries the words where not', () => {
    const intl = (lang: string) =>
      new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(DEC_15_2016);
    for (const tag of ['hy', 'hy-AM', 'HY']) {
      const calendar = calendarFormatter(tag);
      expect(calendar.carried, tag).to.equal(!intlHasArmenian);
      expect(calendar.format(DEC_15_2016, 'day-month-year'), tag).to.equal(intlHasArmenian ? intl(tag) : '15 դեկտեմբերի, 2016 թ.');
    }
  });

  inChromium('hasIntlLocale() is false for hy in this browser, so the words must be carried', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['hy'])).to.deep.equal([]);
    expect(hasIntlLocale('hy')).to.equal(false);
  });

  inChromium('calendarFormatter() carries the words for hy', () => {
    const calendar = calendarFormatter('hy');
    expect(calendar.carried).to.equal(true);
    expect(calendar.lang).to.equal('hy');
  });

  inChromium('calendarFormatter() carries hy for hy-AM and HY too', () => {
    expect(calendarFormatter('hy-AM').carried).to.equal(true);
    expect(calendarFormatter('hy-AM').format(DEC_15_2016, 'day-month-year')).to.equal('15 դեկտեմբերի, 2016 թ.');
    expect(calendarFormatter('HY').carried).to.equal(true);
  });

  it('calendarFormatter("hy").format() writes a day as ICU does: 15 դեկտեմբերի, 2016 թ.', () => {
    expect(carriedHy().format(DEC_15_2016, 'day-month-year', 'long')).to.equal('15 դեկտեմբերի, 2016 թ.');
  });

  it('calendarFormatter("hy").format() writes a month and year as ICU does, with U+2024 after թ', () => {
    const text = carriedHy().format(DEC_15_2016, 'month-year', 'long');
    expect(text).to.equal('2016 թ\u2024 դեկտեմբեր');
    expect(text).to.equal('2016 թ․ դեկտեմբեր');
    expect(text).to.not.include('թ.');
  });

  it('calendarFormatter("hy").format() writes the short month դեկ and the year 2016', () => {
    const calendar = carriedHy();
    expect(calendar.format(DEC_15_2016, 'month', 'short')).to.equal('դեկ');
    expect(calendar.format(DEC_15_2016, 'month', 'long')).to.equal('դեկտեմբեր');
    expect(calendar.format(DEC_15_2016, 'year')).to.equal('2016');
  });

  it('calendarFormatter("hy").format() writes the short styles as ICU does', () => {
    const calendar = carriedHy();
    expect(calendar.format(DEC_15_2016, 'month-year', 'short')).to.equal('2016 թ. դեկ');
    expect(calendar.format(DEC_15_2016, 'day-month-year', 'short')).to.equal('15 դեկ, 2016 թ.');
    expect(calendar.format(DEC_15_2016, 'day-month', 'short')).to.equal('15 դեկ');
    expect(calendar.format(DEC_15_2016, 'day-month', 'long')).to.equal('դեկտեմբերի 15');
    expect(calendar.format(DEC_15_2016, 'day')).to.equal('15');
  });

  it('calendarFormatter("hy").format() uses each month of the year', () => {
    const calendar = carriedHy();
    const months = Array.from({ length: 12 }, (_, i) => calendar.format(Date.UTC(2016, i, 1), 'month', 'short'));
    expect(months).to.deep.equal(['հնվ', 'փտվ', 'մրտ', 'ապր', 'մյս', 'հնս', 'հլս', 'օգս', 'սեպ', 'հոկ', 'նոյ', 'դեկ']);
    expect(calendar.format(Date.UTC(2016, 4, 3), 'day-month-year')).to.equal('3 մայիսի, 2016 թ.');
  });

  it('calendarFormatter("hy").format() writes a time of day as 23:30', () => {
    const calendar = carriedHy();
    expect(calendar.format(Date.UTC(2016, 11, 15, 23, 30), 'time')).to.equal('23:30');
    expect(calendar.format(Date.UTC(2016, 11, 15, 23, 30), 'day-month-year-time')).to.equal('15 դեկտեմբերի, 2016 թ., 23:30');
  });

  it('calendarFormatter("hy").format() writes 07:05 UTC as ICU does: 7:05', () => {
    const calendar = carriedHy();
    expect(calendar.format(Date.UTC(2016, 4, 3, 7, 5), 'time')).to.equal('7:05');
    expect(calendar.format(Date.UTC(2016, 4, 3, 7, 5), 'day-month-year-time')).to.equal('3 մայիսի, 2016 թ., 7:05');
  });

  it('calendarFormatter("hy").format() writes the short day-month-year-time as ICU does', () => {
    expect(carriedHy().format(Date.UTC(2016, 11, 15, 23, 30), 'day-month-year-time', 'short')).to.equal(
      '15 դեկ, 2016 թ., 23:30',
    );
  });

  it('calendarFormatter("hy").format() writes 500 BCE as ICU does: մ.թ.ա. 500 թ.', () => {
    const calendar = carriedHy();
    expect(calendar.format(DEC_15_500_BCE, 'year')).to.equal('մ.թ.ա. 500 թ.');
    expect(calendar.format(DEC_15_500_BCE, 'month-year', 'long')).to.equal('մ.թ.ա. 500 թ. դեկտեմբերի');
    expect(calendar.format(DEC_15_500_BCE, 'day-month-year', 'long')).to.equal('մ.թ.ա. 500 թ․ դեկտեմբերի 15');
  });

  it('calendarFormatter("hy").format() writes the year 1 BCE (astronomical 0) with its era', () => {
    expect(carriedHy().format(utc(0, 5, 1), 'year')).to.equal('մ.թ.ա. 1 թ.');
  });

  it('calendarFormatter("hy").format() writes the year 50 as 50, not 1950', () => {
    expect(carriedHy().format(utc(50, 0, 1), 'year')).to.equal('50');
    expect(carriedHy().format(utc(50, 0, 1), 'day-month-year')).to.equal('1 հունվարի, 50 թ.');
  });

  it('calendarFormatter("hy").format() writes short BCE months as ICU does', () => {
    const calendar = carriedHy();
    expect(calendar.format(DEC_15_500_BCE, 'month-year', 'short')).to.equal('մ.թ.ա. 500 թ. դեկ');
    expect(calendar.format(DEC_15_500_BCE, 'day-month-year', 'short')).to.equal('մ.թ.ա. 500 թ․ դեկ 15');
  });

  it('calendarFormatter("hy").format() keeps the era of a BCE date with a time', () => {
    expect(carriedHy().format(DEC_15_500_BCE, 'day-month-year-time')).to.include('մ.թ.ա.');
  });

  it('calendarFormatter("hy").formatToParts() types each part', () => {
    const parts = carriedHy().formatToParts(DEC_15_2016, 'day-month-year');
    expect(parts).to.deep.equal([
      { type: 'day', value: '15' },
      { type: 'literal', value: ' ' },
      { type: 'month', value: 'դեկտեմբերի' },
      { type: 'literal', value: ', ' },
      { type: 'year', value: '2016' },
      { type: 'literal', value: ' թ.' },
    ]);
    expect(joinParts(parts)).to.equal('15 դեկտեմբերի, 2016 թ.');
  });

  it('calendarFormatter("hy").formatToParts() types the era of a BCE year', () => {
    const parts = carriedHy().formatToParts(DEC_15_500_BCE, 'year');
    expect(parts.find((part) => part.type === 'era')?.value).to.equal('մ.թ.ա.');
    expect(parts.find((part) => part.type === 'year')?.value).to.equal('500');
  });
});

describe('calendarFormatter() through Intl', () => {
  it('calendarFormatter("en") uses Intl: December 15, 2016', () => {
    const calendar = calendarFormatter('en');
    expect(calendar.carried).to.equal(false);
    expect(calendar.format(DEC_15_2016, 'day-month-year')).to.equal('December 15, 2016');
    expect(calendar.format(DEC_15_2016, 'month-year')).to.equal('December 2016');
    expect(calendar.format(DEC_15_2016, 'month', 'short')).to.equal('Dec');
    expect(calendar.format(DEC_15_2016, 'day-month', 'short')).to.equal('Dec 15');
    expect(calendar.format(DEC_15_2016, 'year')).to.equal('2016');
  });

  it('calendarFormatter("en-GB") uses Intl: 15 December 2016', () => {
    const calendar = calendarFormatter('en-GB');
    expect(calendar.carried).to.equal(false);
    expect(calendar.format(DEC_15_2016, 'day-month-year')).to.equal('15 December 2016');
  });

  it('calendarFormatter("ru") uses Intl, which this Chromium has for Russian', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['ru'])).to.deep.equal(['ru']);
    const calendar = calendarFormatter('ru');
    expect(calendar.carried).to.equal(false);
    expect(calendar.format(DEC_15_2016, 'day-month-year')).to.equal('15 декабря 2016 г.');
    expect(calendar.format(DEC_15_2016, 'month-year')).to.equal('декабрь 2016 г.');
  });

  it('calendarFormatter("en") writes 500 BCE with its era', () => {
    expect(calendarFormatter('en').format(DEC_15_500_BCE, 'year')).to.equal('500 BC');
    expect(calendarFormatter('en').format(DEC_15_500_BCE, 'month-year')).to.equal('December 500 BC');
  });

  it('calendarFormatter("en").format() writes a short month of 500 BCE as Dec', () => {
    expect(calendarFormatter('en').format(DEC_15_500_BCE, 'month', 'short')).to.equal('Dec');
  });

  it('calendarFormatter("en") writes the year 50 as 50, not 1950', () => {
    expect(calendarFormatter('en').format(utc(50, 0, 1), 'year')).to.equal('50');
  });

  it('calendarFormatter() formats in UTC whatever the time zone: 2016-12-31T23:30Z is 31 December', () => {
    // The run pins TZ=America/Los_Angeles; in Tokyo or Yerevan local time this instant is already 1 January.
    const instant = Date.UTC(2016, 11, 31, 23, 30);
    expect(calendarFormatter('en-GB').format(instant, 'day-month-year')).to.equal('31 December 2016');
    expect(calendarFormatter('hy').format(instant, 'day-month-year')).to.equal('31 դեկտեմբերի, 2016 թ.');
  });

  it('calendarFormatter() formats in UTC whatever the time zone: 2017-01-01T03:00Z is 1 January, 3:00', () => {
    // In Los Angeles this instant is still 31 December, 19:00.
    const instant = Date.UTC(2017, 0, 1, 3, 0);
    expect(calendarFormatter('en-GB').format(instant, 'day-month-year')).to.equal('1 January 2017');
    expect(calendarFormatter('en').format(instant, 'time')).to.equal('3:00 AM');
    expect(calendarFormatter('hy').format(instant, 'month-year')).to.equal('2017 թ․ հունվար');
  });

  it('calendarFormatter() falls back without throwing for malformed tags', () => {
    for (const tag of ['en_US', '', 'not a tag!', '123', 'x-']) {
      let calendar;
      expect(() => (calendar = calendarFormatter(tag)), JSON.stringify(tag)).to.not.throw();
      expect(calendar!.carried, JSON.stringify(tag)).to.equal(false);
      expect(calendar!.lang).to.equal(tag);
      expect(calendar!.format(DEC_15_2016, 'day-month-year'), JSON.stringify(tag)).to.equal('December 15, 2016');
    }
  });

  it('calendarFormatter() returns the same formatter for the same tag', () => {
    expect(calendarFormatter('en')).to.equal(calendarFormatter('en'));
  });

  it('hasIntlLocale() is true for en and ru, false for a malformed tag', () => {
    expect(hasIntlLocale('en')).to.equal(true);
    expect(hasIntlLocale('ru')).to.equal(true);
    expect(hasIntlLocale('en_US')).to.equal(false);
  });

  it('joinParts() joins the values of the parts', () => {
    expect(joinParts([{ type: 'month', value: 'Dec' }, { type: 'literal', value: ' ' }, { type: 'day', value: '15' }])).to.equal('Dec 15');
    expect(joinParts([])).to.equal('');
  });
});

describe('calendarFormatter() keeps what it wrote', () => {
  it('writes every instant of a day alike in the date styles, and tells the times apart in the time styles (en, ru)', () => {
    for (const lang of ['en', 'ru']) {
      const calendar = calendarFormatter(lang);
      const morning = Date.UTC(1962, 9, 16, 0, 5);
      const evening = Date.UTC(1962, 9, 16, 23, 55);
      const nextDay = Date.UTC(1962, 9, 17, 0, 5);
      expect(calendar.format(evening, 'day-month-year'), lang).to.equal(calendar.format(morning, 'day-month-year'));
      expect(calendar.format(nextDay, 'day-month-year'), lang).not.to.equal(calendar.format(morning, 'day-month-year'));
      expect(calendar.format(Date.UTC(1962, 11, 31, 23), 'year'), lang).to.equal(calendar.format(Date.UTC(1962, 0, 1), 'year'));
      expect(calendar.format(Date.UTC(1963, 0, 1), 'year'), lang).to.include('1963');
      expect(calendar.format(evening, 'time'), lang).not.to.equal(calendar.format(morning, 'time'));
      // The same question asked again, from the kept words, gets the same answer as the first time.
      expect(calendar.format(morning, 'day-month-year', 'short'), lang).to.equal(calendar.format(morning + 1000, 'day-month-year', 'short'));
    }
  });
});

describe('calendarFormatter() writes dates from a pattern', () => {
  it('writes every date of the years 1000-9999 exactly as Intl does, in every date style and width, for many languages', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const options: Record<'month-year' | 'day-month-year' | 'month' | 'day-month' | 'day', Intl.DateTimeFormatOptions> = {
      'month-year': { year: 'numeric', month: 'long' },
      'day-month-year': { year: 'numeric', month: 'long', day: 'numeric' },
      month: { month: 'long' },
      'day-month': { month: 'long', day: 'numeric' },
      day: { day: 'numeric' },
    };
    for (const lang of ['en', 'ru', 'de', 'fr', 'es', 'ja', 'zh', 'ar-EG', 'fa', 'pl', 'ka', 'hy']) {
      if (!hasIntlLocale(lang)) continue;
      const calendar = calendarFormatter(lang);
      // Intl's own formatter for each style and width, made once: made for every date, the 18,000 of them
      // took WebKit past the test's time on a busy machine.
      const intl = new Map<string, Intl.DateTimeFormat>();
      const intlFor = (style: keyof typeof options, width: 'long' | 'short') => {
        const key = `${style}|${width}`;
        if (!intl.has(key)) intl.set(key, new Intl.DateTimeFormat(lang, { ...options[style], ...(options[style].month ? { month: width } : {}), timeZone: 'UTC' }));
        return intl.get(key)!;
      };
      for (let i = 0; i < 150; i++) {
        const instant = Date.UTC(1000 + Math.floor(random() * 9000), Math.floor(random() * 12), 1 + Math.floor(random() * 31), Math.floor(random() * 24));
        for (const style of ['month-year', 'day-month-year', 'month', 'day-month', 'day'] as const) {
          for (const width of ['long', 'short'] as const) {
            const expected = intlFor(style, width).format(instant);
            expect(calendar.format(instant, style, width), `${lang} ${style} ${width} ${new Date(instant).toISOString()}`).to.equal(expected);
          }
        }
      }
    }
  });
});
