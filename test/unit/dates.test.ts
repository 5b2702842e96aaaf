import { expect } from '@open-wc/testing';
import { daysInMonth, isImprecise, parseDate, utcDay } from '../../src/model/dates.js';
import { parsedDate } from '../helpers/model.js';

/** An instant from an ISO string with an explicit zone, so the expected values never go through utcDay. */
const at = (iso: string) => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${iso}`);
  return ms;
};

function failure(input: string): string {
  const result = parseDate(input);
  return result.ok ? `ok (${new Date(result.date.start).toISOString()})` : result.code;
}

describe('parseDate() precisions', () => {
  it('parseDate() reads 2016 as the whole year', () => {
    const date = parsedDate('2016');
    expect(date.precision).to.equal('year');
    expect(date.start).to.equal(Date.UTC(2016, 0, 1));
    expect(date.end).to.equal(Date.UTC(2017, 0, 1));
    expect(date.year).to.equal(2016);
    expect(date.month).to.equal(undefined);
    expect(date.day).to.equal(undefined);
    expect(date.text).to.equal('2016');
  });

  it('parseDate() reads 2016-12 as the whole of December', () => {
    const date = parsedDate('2016-12');
    expect(date.precision).to.equal('month');
    expect(date.start).to.equal(Date.UTC(2016, 11, 1));
    expect(date.end).to.equal(Date.UTC(2017, 0, 1));
    expect(date.month).to.equal(12);
  });

  it('parseDate() reads 2016-02 as February up to the leap day', () => {
    const date = parsedDate('2016-02');
    expect(date.start).to.equal(Date.UTC(2016, 1, 1));
    expect(date.end).to.equal(Date.UTC(2016, 2, 1));
    expect((date.end - date.start) / 86_400_000).to.equal(29);
  });

  it('parseDate() reads 2016-12-15 as the whole UTC day', () => {
    const date = parsedDate('2016-12-15');
    expect(date.precision).to.equal('day');
    expect(date.start).to.equal(Date.UTC(2016, 11, 15));
    expect(date.end).to.equal(Date.UTC(2016, 11, 16));
    expect([date.year, date.month, date.day]).to.deep.equal([2016, 12, 15]);
  });

  it('parseDate() reads 2016-12-31 as a day that ends at the new year', () => {
    const date = parsedDate('2016-12-31');
    expect(date.end).to.equal(Date.UTC(2017, 0, 1));
  });

  it('parseDate() reads 2016-12-15T10:30Z as one minute', () => {
    const date = parsedDate('2016-12-15T10:30Z');
    expect(date.precision).to.equal('minute');
    expect(date.start).to.equal(Date.UTC(2016, 11, 15, 10, 30));
    expect(date.end).to.equal(Date.UTC(2016, 11, 15, 10, 31));
  });

  it('parseDate() reads a time without a zone as UTC, never as local time', () => {
    const date = parsedDate('2016-12-15T10:30');
    // In the pinned TZ (America/Los_Angeles) local 10:30 would be 18:30 UTC.
    expect(date.start).to.equal(Date.UTC(2016, 11, 15, 10, 30));
  });

  it('parseDate() reads the milliseconds of Date.prototype.toISOString() as one millisecond', () => {
    const date = parsedDate(new Date(Date.UTC(2018, 1, 7, 1, 26, 13, 840)).toISOString());
    expect([date.precision, date.start, date.end - date.start]).to.deep.equal(['millisecond', at('2018-02-07T01:26:13.840Z'), 1]);
    // One digit is tenths, and digits past the millisecond are cut, not rounded.
    expect(parsedDate('2016-12-15T10:30:15.5+04:00').start).to.equal(at('2016-12-15T06:30:15.500Z'));
    expect(parsedDate('2016-12-15T10:30:15,123999Z').start).to.equal(at('2016-12-15T10:30:15.123Z'));
    expect(isImprecise(parsedDate('2016-12-15T10:30:15.5Z'))).to.equal(false);
  });

  it('parseDate() reads 2016-12-15T10:30:15Z as one second', () => {
    const date = parsedDate('2016-12-15T10:30:15Z');
    expect(date.precision).to.equal('second');
    expect(date.start).to.equal(Date.UTC(2016, 11, 15, 10, 30, 15));
    expect(date.end).to.equal(Date.UTC(2016, 11, 15, 10, 30, 16));
  });

  it('parseDate() applies a +04:00 offset: 2016-12-15T23:30+04:00 is 19:30 UTC', () => {
    const date = parsedDate('2016-12-15T23:30+04:00');
    expect(date.start).to.equal(at('2016-12-15T19:30:00Z'));
    expect(date.end).to.equal(at('2016-12-15T19:31:00Z'));
  });

  it('parseDate() applies a negative offset across midnight: 2016-12-15T23:30:05-05:30 is 05:00:05 UTC the next day', () => {
    const date = parsedDate('2016-12-15T23:30:05-05:30');
    expect(date.start).to.equal(at('2016-12-16T05:00:05Z'));
    // The calendar fields stay as written.
    expect(date.day).to.equal(15);
  });

  it('parseDate() applies an offset that moves a time to the previous UTC day', () => {
    expect(parsedDate('2016-12-15T01:00+04:00').start).to.equal(at('2016-12-14T21:00:00Z'));
  });

  it('parseDate() reads the seasons 21-24 as northern meteorological seasons', () => {
    const cases: [string, number, number][] = [
      ['2017-21', Date.UTC(2017, 2, 1), Date.UTC(2017, 5, 1)],
      ['2017-22', Date.UTC(2017, 5, 1), Date.UTC(2017, 8, 1)],
      ['2017-23', Date.UTC(2017, 8, 1), Date.UTC(2017, 11, 1)],
      ['2017-24', Date.UTC(2017, 11, 1), Date.UTC(2018, 2, 1)],
    ];
    for (const [text, start, end] of cases) {
      const date = parsedDate(text);
      expect(date.precision, text).to.equal('season');
      expect(date.start, text).to.equal(start);
      expect(date.end, text).to.equal(end);
      expect(date.month, text).to.equal(Number(text.slice(5)));
    }
  });

  it('parseDate() reads winter 2015-24 as lasting to the end of February 2016, a leap year', () => {
    expect(parsedDate('2015-24').end).to.equal(Date.UTC(2016, 2, 1));
    expect(parsedDate('2015-24').end - parsedDate('2015-24').start).to.equal(91 * 86_400_000);
  });

  it('parseDate() reads the decade 201X as 2010 to 2020', () => {
    const date = parsedDate('201X');
    expect(date.precision).to.equal('decade');
    expect(date.year).to.equal(2010);
    expect(date.start).to.equal(Date.UTC(2010, 0, 1));
    expect(date.end).to.equal(Date.UTC(2020, 0, 1));
  });

  it('parseDate() reads the century 19XX as 1900 to 2000', () => {
    const date = parsedDate('19XX');
    expect(date.precision).to.equal('century');
    expect(date.year).to.equal(1900);
    expect(date.start).to.equal(Date.UTC(1900, 0, 1));
    expect(date.end).to.equal(Date.UTC(2000, 0, 1));
  });

  it('parseDate() refuses a month after an unspecified year (201X-05)', () => {
    expect(failure('201X-05')).to.equal('date-syntax');
    expect(failure('1XXX')).to.equal('date-syntax');
  });

  it('parseDate() trims the input and keeps the trimmed text', () => {
    const date = parsedDate('  2016-12 \n');
    expect(date.text).to.equal('2016-12');
    expect(date.start).to.equal(Date.UTC(2016, 11, 1));
  });
});

describe('parseDate() leap years and impossible dates', () => {
  it('parseDate() accepts 2016-02-29 (a leap year)', () => {
    const date = parsedDate('2016-02-29');
    expect(date.start).to.equal(Date.UTC(2016, 1, 29));
    expect(date.end).to.equal(Date.UTC(2016, 2, 1));
  });

  it('parseDate() refuses 2017-02-29 as impossible', () => {
    expect(failure('2017-02-29')).to.equal('date-impossible');
  });

  it('parseDate() refuses 1900-02-29 (a century not divisible by 400)', () => {
    expect(failure('1900-02-29')).to.equal('date-impossible');
  });

  it('parseDate() accepts 2000-02-29 (a century divisible by 400)', () => {
    expect(parsedDate('2000-02-29').start).to.equal(Date.UTC(2000, 1, 29));
  });

  it('parseDate() refuses impossible months 00 and 13', () => {
    expect(failure('2016-00')).to.equal('date-impossible');
    expect(failure('2016-13')).to.equal('date-impossible');
    expect(failure('2016-13-01')).to.equal('date-impossible');
  });

  it('parseDate() refuses seasons EDTF level 1 does not have (25 and up, 20)', () => {
    expect(failure('2016-25')).to.equal('date-impossible');
    expect(failure('2016-20')).to.equal('date-impossible');
  });

  it('parseDate() refuses impossible days 00, 31 April and 32', () => {
    expect(failure('2016-12-00')).to.equal('date-impossible');
    expect(failure('2016-04-31')).to.equal('date-impossible');
    expect(failure('2016-12-32')).to.equal('date-impossible');
  });

  it('parseDate() refuses impossible hours, minutes, seconds and offsets', () => {
    expect(failure('2016-12-15T24:00Z')).to.equal('date-impossible');
    expect(failure('2016-12-15T23:60Z')).to.equal('date-impossible');
    expect(failure('2016-12-15T23:59:60Z')).to.equal('date-impossible');
    expect(failure('2016-12-15T10:00+15:00')).to.equal('date-impossible');
    expect(failure('2016-12-15T10:00+04:60')).to.equal('date-impossible');
  });

  it('parseDate() refuses a day in a season (2016-21-05)', () => {
    expect(failure('2016-21-05')).to.equal('date-syntax');
  });
});

describe('parseDate() early, negative and long years', () => {
  it('parseDate() keeps years 0-99 themselves (0050 is not 1950)', () => {
    const date = parsedDate('0050');
    expect(date.year).to.equal(50);
    expect(date.start).to.equal(at('0050-01-01T00:00:00Z'));
    expect(date.end).to.equal(at('0051-01-01T00:00:00Z'));
    expect(new Date(date.start).getUTCFullYear()).to.equal(50);
  });

  it('parseDate() keeps 0099-12-31 in the year 99', () => {
    const date = parsedDate('0099-12-31');
    expect(date.start).to.equal(at('0099-12-31T00:00:00Z'));
    expect(date.end).to.equal(at('0100-01-01T00:00:00Z'));
  });

  it('parseDate() reads 0000 as the astronomical year 0 (1 BCE)', () => {
    const date = parsedDate('0000');
    expect(date.year).to.equal(0);
    expect(date.start).to.equal(at('0000-01-01T00:00:00Z'));
  });

  it('parseDate() reads -0499 as 500 BCE (astronomical year -499)', () => {
    const date = parsedDate('-0499');
    expect(date.year).to.equal(-499);
    expect(date.precision).to.equal('year');
    expect(date.start).to.equal(at('-000499-01-01T00:00:00Z'));
    expect(date.end).to.equal(at('-000498-01-01T00:00:00Z'));
  });

  it('parseDate() reads -0499-03-15 as a day of 500 BCE', () => {
    const date = parsedDate('-0499-03-15');
    expect(date.start).to.equal(at('-000499-03-15T00:00:00Z'));
    expect(date.end).to.equal(at('-000499-03-16T00:00:00Z'));
  });

  it('parseDate() reads the long year Y12345', () => {
    const date = parsedDate('Y12345');
    expect(date.year).to.equal(12345);
    expect(date.start).to.equal(at('+012345-01-01T00:00:00Z'));
    expect(date.end).to.equal(at('+012346-01-01T00:00:00Z'));
  });

  it('parseDate() reads the long negative year Y-200000 (within what a Date holds)', () => {
    const date = parsedDate('Y-200000');
    expect(date.year).to.equal(-200000);
    expect(date.start).to.equal(at('-200000-01-01T00:00:00Z'));
  });

  it('parseDate() reads the long year Y-200000', () => {
    const result = parseDate('Y-200000');
    expect(result.ok ? 'ok' : result.code).to.equal('ok');
    if (result.ok) expect(result.date.year).to.equal(-200000);
  });

  it('parseDate() refuses Y-13000000 as out of range: a JavaScript Date holds ±271,821 years', () => {
    expect(failure('Y-13000000')).to.equal('date-out-of-range');
  });

  it('parseDate() refuses Y-13000000000 as out of range', () => {
    expect(failure('Y-13000000000')).to.equal('date-out-of-range');
  });

  it('parseDate() refuses the year 275760 as out of range (its end is past the last Date)', () => {
    expect(failure('Y275760')).to.equal('date-out-of-range');
  });

  it('parseDate() needs more than four digits after Y', () => {
    expect(failure('Y2016')).to.equal('date-syntax');
  });
});

describe('parseDate() qualifiers', () => {
  it('parseDate() reads ? as uncertain only', () => {
    const date = parsedDate('2016-12?');
    expect([date.uncertain, date.approximate]).to.deep.equal([true, false]);
    expect(date.start).to.equal(Date.UTC(2016, 11, 1));
    expect(date.text).to.equal('2016-12?');
  });

  it('parseDate() reads ~ as approximate only', () => {
    const date = parsedDate('2017~');
    expect([date.uncertain, date.approximate]).to.deep.equal([false, true]);
    expect(date.end).to.equal(Date.UTC(2018, 0, 1));
  });

  it('parseDate() reads % as both uncertain and approximate', () => {
    const date = parsedDate('2016-12-15%');
    expect([date.uncertain, date.approximate]).to.deep.equal([true, true]);
    expect(date.precision).to.equal('day');
  });

  it('parseDate() reads a date without a qualifier as neither', () => {
    const date = parsedDate('2016-12-15');
    expect([date.uncertain, date.approximate]).to.deep.equal([false, false]);
  });

  it('parseDate() accepts qualifiers on decades and seasons', () => {
    expect(parsedDate('201X~').approximate).to.equal(true);
    expect(parsedDate('2017-21?').uncertain).to.equal(true);
  });

  it('parseDate() refuses two qualifiers (2016?~)', () => {
    expect(failure('2016?~')).to.equal('date-syntax');
  });
});

describe('parseDate() syntax errors', () => {
  for (const text of ['15/12/2016', '2016-1', '2016-12-1', 'abc', '', '   ', '16', '2016-12-15 10:30', '2016-12-15T10', '2016-12-15T10:30.5Z', '2016-12-15T10:30:15.Z', '..']) {
    it(`parseDate() refuses ${JSON.stringify(text)} as a syntax error`, () => {
      expect(failure(text)).to.equal('date-syntax');
    });
  }
});

describe('parseDate() one-of sets', () => {
  it('parseDate() reads [2016-12-14,2016-12-15] as a disputed span from the 14th to the end of the 15th', () => {
    const date = parsedDate('[2016-12-14,2016-12-15]');
    expect(date.start).to.equal(Date.UTC(2016, 11, 14));
    expect(date.end).to.equal(Date.UTC(2016, 11, 16));
    expect(date.uncertain).to.equal(true);
    expect(date.approximate).to.equal(false);
    expect(date.precision).to.equal('day');
    expect(date.text).to.equal('[2016-12-14,2016-12-15]');
    expect(date.alternatives!.map((alt) => alt.text)).to.deep.equal(['2016-12-14', '2016-12-15']);
    expect(date.alternatives!.map((alt) => alt.start)).to.deep.equal([Date.UTC(2016, 11, 14), Date.UTC(2016, 11, 15)]);
  });

  it('parseDate() sorts the alternatives of a one-of set by time', () => {
    const date = parsedDate('[2016-12-15, 2016-12-14]');
    expect(date.alternatives!.map((alt) => alt.day)).to.deep.equal([14, 15]);
    expect(date.start).to.equal(Date.UTC(2016, 11, 14));
    expect(date.end).to.equal(Date.UTC(2016, 11, 16));
  });

  it('parseDate() spans a one-of set of mixed precisions to the latest end', () => {
    const date = parsedDate('[2016-12-15,2017]');
    expect(date.start).to.equal(Date.UTC(2016, 11, 15));
    expect(date.end).to.equal(Date.UTC(2018, 0, 1));
  });

  it('parseDate() carries an approximate alternative to the set', () => {
    expect(parsedDate('[2016-12-14~,2016-12-15]').approximate).to.equal(true);
  });

  it('parseDate() refuses a one-of set with one date, a range inside, or nesting', () => {
    expect(failure('[2016-12-14]')).to.equal('date-syntax');
    expect(failure('[2016-12-14..2016-12-15]')).to.equal('date-syntax');
    expect(failure('[[2016],2017]')).to.equal('date-syntax');
  });

  it('parseDate() reports the problem of a bad alternative', () => {
    expect(failure('[2016-12-14,2017-02-29]')).to.equal('date-impossible');
  });
});

describe('isImprecise()', () => {
  it('isImprecise() is false for a day, a minute and a second', () => {
    for (const text of ['2016-12-15', '2016-12-15T10:30Z', '2016-12-15T10:30:15Z', '2016-12-15~']) {
      expect(isImprecise(parsedDate(text)), text).to.equal(false);
    }
  });

  it('isImprecise() is true for a month, a year, a season, a decade and a century', () => {
    for (const text of ['2016-12', '2016', '2017-21', '201X', '19XX']) {
      expect(isImprecise(parsedDate(text)), text).to.equal(true);
    }
  });

  it('isImprecise() is true for a one-of set of days', () => {
    expect(isImprecise(parsedDate('[2016-12-14,2016-12-15]'))).to.equal(true);
  });
});

describe('utcDay() and daysInMonth()', () => {
  it('utcDay() keeps the year 50 as 50, unlike Date.UTC', () => {
    expect(utcDay(50, 0, 1)).to.equal(at('0050-01-01T00:00:00Z'));
    expect(utcDay(50, 0, 1)).to.not.equal(Date.UTC(50, 0, 1));
  });

  it('daysInMonth() counts February in leap and common years', () => {
    expect(daysInMonth(2016, 2)).to.equal(29);
    expect(daysInMonth(2017, 2)).to.equal(28);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2016, 12)).to.equal(31);
    expect(daysInMonth(2016, 4)).to.equal(30);
  });
});
