import { hasIntlLocale } from '../../src/time/calendar.js';
import '../../src/languages.js';
import { expect } from '@open-wc/testing';
// The words for problems load on demand in the element; here they are wanted at once.
import '../../src/i18n/problems/index.js';
import type { Problem, ProblemCode, TimelineEvent } from '../../src/model/types.js';
import { dateInWords, describeProblem, eventDateInWords, formatCount, summaryInWords } from '../../src/time/words.js';
import { events, parsedDate } from '../helpers/model.js';

/** One valid event from a raw object. */
const event = (raw: Record<string, unknown>): TimelineEvent => events([raw])[0];

describe('dateInWords() in English', () => {
  it('dateInWords() writes a year, a month and a day at their precision', () => {
    expect(dateInWords(parsedDate('2016'), 'en')).to.equal('2016');
    expect(dateInWords(parsedDate('2016-12'), 'en')).to.equal('December 2016');
    expect(dateInWords(parsedDate('2016-12-15'), 'en')).to.equal('December 15, 2016');
  });

  it('dateInWords() writes a minute in the zone it was written in, and names the zone', () => {
    expect(dateInWords(parsedDate('2016-12-15T23:30Z'), 'en')).to.equal('December 15, 2016 at 11:30 PM UTC');
    expect(dateInWords(parsedDate('2016-12-15T23:30'), 'en')).to.equal('December 15, 2016 at 11:30 PM UTC');
    expect(dateInWords(parsedDate('2016-12-15T23:30+04:00'), 'en')).to.equal('December 15, 2016 at 11:30 PM UTC+4');
    expect(dateInWords(parsedDate('2016-12-15T01:30-05:30'), 'en')).to.equal('December 15, 2016 at 1:30 AM UTC\u22125:30');
  });

  it('dateInWords() names no zone for a date without a time', () => {
    expect(dateInWords(parsedDate('2016-12-15'), 'en')).to.not.contain('UTC');
    expect(dateInWords(parsedDate('[2016-12-14,2016-12-15]'), 'en')).to.not.contain('UTC');
  });

  it('dateInWords() writes a second-precision date with its seconds', () => {
    expect(dateInWords(parsedDate('2016-12-15T10:30:15Z'), 'en')).to.include('10:30:15').and.match(/ UTC$/);
  });

  it('dateInWords() writes the seasons as season and year', () => {
    expect(dateInWords(parsedDate('2017-21'), 'en')).to.equal('spring 2017');
    expect(dateInWords(parsedDate('2017-22'), 'en')).to.equal('summer 2017');
    expect(dateInWords(parsedDate('2017-23'), 'en')).to.equal('autumn 2017');
    expect(dateInWords(parsedDate('2016-24'), 'en')).to.equal('winter 2016');
  });

  it('dateInWords() writes a decade and a century from their first year', () => {
    expect(dateInWords(parsedDate('201X'), 'en')).to.equal('the 2010s');
    expect(dateInWords(parsedDate('19XX'), 'en')).to.equal('the 1900s');
  });

  it('dateInWords() writes a BCE year with its era', () => {
    expect(dateInWords(parsedDate('-0499'), 'en')).to.equal('500 BC');
  });

  it('dateInWords() writes ~ as "approximately"', () => {
    expect(dateInWords(parsedDate('2016-12~'), 'en')).to.equal('approximately December 2016');
  });

  it('dateInWords() writes ? as "possibly … (uncertain)"', () => {
    expect(dateInWords(parsedDate('2016-12-15?'), 'en')).to.equal('possibly December 15, 2016 (uncertain)');
  });

  it('dateInWords() writes % as both', () => {
    expect(dateInWords(parsedDate('2017%'), 'en')).to.equal('possibly approximately 2017 (uncertain)');
  });

  it('dateInWords() writes a disputed day of one month once, with the days joined by "or"', () => {
    expect(dateInWords(parsedDate('[2016-12-14,2016-12-15]'), 'en')).to.equal('disputed: December 14 or 15, 2016');
  });

  it('dateInWords() lists three disputed days', () => {
    expect(dateInWords(parsedDate('[2016-12-14,2016-12-15,2016-12-17]'), 'en')).to.equal('disputed: December 14, 15 or 17, 2016');
  });

  it('dateInWords() writes disputed dates of different months in full', () => {
    expect(dateInWords(parsedDate('[2016-11-30,2016-12-01]'), 'en')).to.equal('disputed: November 30, 2016 or December 1, 2016');
    expect(dateInWords(parsedDate('[2016,2017]'), 'en')).to.equal('disputed: 2016 or 2017');
  });

  it('dateInWords() writes English for a language it has no messages for, with that language\'s months', () => {
    expect(dateInWords(parsedDate('2016-12~'), 'fr')).to.equal('approximately décembre 2016');
  });

  it('dateInWords() writes Russian words around Intl\'s Russian months', () => {
    expect(dateInWords(parsedDate('2016-12~'), 'ru')).to.equal('приблизительно декабрь 2016 г.');
    expect(dateInWords(parsedDate('[2016-12-14,2016-12-15]'), 'ru')).to.equal('по разным источникам: 14 или 15 декабря 2016 г.');
  });
});

describe('dateInWords() in Armenian', () => {
  it('dateInWords() writes a year, a month and a day with the carried words', () => {
    expect(dateInWords(parsedDate('2016'), 'hy')).to.equal('2016');
    expect(dateInWords(parsedDate('2016-12'), 'hy')).to.equal('2016 թ․ դեկտեմբեր');
    expect(dateInWords(parsedDate('2016-12-15'), 'hy')).to.equal('15 դեկտեմբերի, 2016 թ.');
  });

  it('dateInWords() writes a minute in the zone it was written in', () => {
    expect(dateInWords(parsedDate('2016-12-15T23:30+04:00'), 'hy')).to.equal('15 դեկտեմբերի, 2016 թ., 23:30 UTC+4');
    expect(dateInWords(parsedDate('2016-12-15T19:30Z'), 'hy')).to.equal('15 դեկտեմբերի, 2016 թ., 19:30 UTC');
  });

  it('dateInWords() writes the seasons with the year first', () => {
    expect(dateInWords(parsedDate('2017-21'), 'hy')).to.equal('2017 թ. գարուն');
    expect(dateInWords(parsedDate('2016-24'), 'hy')).to.equal('2016 թ. ձմեռ');
  });

  it('dateInWords() writes a BCE season without a doubled թ.', () => {
    expect(dateInWords(parsedDate('-0499-24'), 'hy')).to.equal('մ.թ.ա. 500 թ. ձմեռ');
  });

  it('dateInWords() writes a decade and a century', () => {
    expect(dateInWords(parsedDate('201X'), 'hy')).to.equal('2010-ական թթ.');
    expect(dateInWords(parsedDate('19XX'), 'hy')).to.equal('1900-ական թթ.');
  });

  it('dateInWords() writes a BCE year with its era', () => {
    expect(dateInWords(parsedDate('-0499'), 'hy')).to.equal('մ.թ.ա. 500 թ.');
  });

  it('dateInWords() writes the qualifiers ~, ? and %', () => {
    expect(dateInWords(parsedDate('2016-12~'), 'hy')).to.equal('մոտավորապես 2016 թ․ դեկտեմբեր');
    expect(dateInWords(parsedDate('2016-12-15?'), 'hy')).to.equal('հավանաբար 15 դեկտեմբերի, 2016 թ. (ստույգ չէ)');
    expect(dateInWords(parsedDate('2017%'), 'hy')).to.equal('հավանաբար մոտավորապես 2017 (ստույգ չէ)');
  });

  it('dateInWords() writes a disputed day: ըստ տարբեր աղբյուրների՝ 14 կամ 15 դեկտեմբերի, 2016 թ.', () => {
    expect(dateInWords(parsedDate('[2016-12-14,2016-12-15]'), 'hy')).to.equal('ըստ տարբեր աղբյուրների՝ 14 կամ 15 դեկտեմբերի, 2016 թ.');
  });

  it('dateInWords() uses Armenian for hy-AM', () => {
    expect(dateInWords(parsedDate('2016-12~'), 'hy-AM')).to.equal('մոտավորապես 2016 թ․ դեկտեմբեր');
  });
});

describe('eventDateInWords()', () => {
  it('eventDateInWords() writes a single date as the date', () => {
    expect(eventDateInWords(event({ start: '2017-09-11' }), 'en')).to.equal('September 11, 2017');
  });

  it('eventDateInWords() writes a range with an en dash', () => {
    const range = event({ start: '2017~', end: '2027~' });
    expect(eventDateInWords(range, 'en')).to.equal('approximately 2017 – approximately 2027');
    expect(eventDateInWords(range, 'hy')).to.equal('մոտավորապես 2017 – մոտավորապես 2027');
  });

  it('eventDateInWords() writes a range of days', () => {
    expect(eventDateInWords(event({ start: '2017-01-17', end: '2017-02-07' }), 'en')).to.equal('January 17, 2017 – February 7, 2017');
  });

  it('eventDateInWords() writes an open end (..) as "from … on"', () => {
    const open = event({ start: '2016-12', end: '..' });
    expect(eventDateInWords(open, 'en')).to.equal('from December 2016 on');
    expect(eventDateInWords(open, 'hy')).to.equal('սկսած 2016 թ․ դեկտեմբեր');
  });
});

describe('describeProblem()', () => {
  const dateSyntax: Problem = { code: 'date-syntax', severity: 'error', index: 2, id: 'arrest', field: 'start', value: '15/12/2016' };

  it('describeProblem() names the event by its 1-based position, its id and the field, in English', () => {
    expect(describeProblem(dateSyntax, 'en')).to.equal(
      'Event 3 ("arrest"): "15/12/2016" in "start" is not a date, so the event is left out. ' +
        'Write 2016, 2016-12 or 2016-12-15 (with ~ or ? for approximate or uncertain), ' +
        'or give the date-format the dates are written in, such as date-format="%b %d %Y" for "Jun 12 1998".',
    );
  });

  it('describeProblem() names the event by its 1-based position, its id and the field, in Armenian', () => {
    expect(describeProblem(dateSyntax, 'hy')).to.equal(
      'Իրադարձություն 3 («arrest»)՝ "start" դաշտի "15/12/2016" արժեքը ամսաթիվ չէ, ուստի իրադարձությունը բաց է թողնված։ ' +
        'Գրեք 2016, 2016-12 կամ 2016-12-15 (~ կամ ? նշանով՝ մոտավոր կամ անստույգ ամսաթվի համար) ' +
        'կամ date-format-ում նշեք, թե ինչպես են գրված ամսաթվերը, օրինակ՝ date-format="%b %d %Y"՝ "Jun 12 1998"-ի համար։',
    );
  });

  it('describeProblem() counts the first event as 1 and leaves out a missing id', () => {
    const problem: Problem = { code: 'title-missing', severity: 'error', index: 0, field: 'title' };
    expect(describeProblem(problem, 'en')).to.equal('Event 1 has no title, so it is left out. Add a "title".');
    expect(describeProblem(problem, 'hy')).to.equal('Իրադարձություն 1՝ վերնագիր չունի, ուստի բաց է թողնված։ Ավելացրեք "title"։');
  });

  it('describeProblem() names the renamed id of a duplicate', () => {
    const problem: Problem = { code: 'id-duplicate', severity: 'warning', index: 4, id: 'visit', field: 'id', detail: 'visit-2' };
    expect(describeProblem(problem, 'en')).to.equal(
      'Event 5 ("visit"): the id "visit" is used more than once; this event is shown as "visit-2". Give each event its own id.',
    );
    expect(describeProblem(problem, 'hy')).to.include('Իրադարձություն 5 («visit»)').and.include('"visit-2"');
  });

  it('describeProblem() names the field of an unsafe link', () => {
    const problem: Problem = { code: 'link-unsafe', severity: 'warning', index: 1, id: 'x', field: 'links[1].href', value: 'javascript:alert(1)' };
    expect(describeProblem(problem, 'en')).to.equal(
      'Event 2 ("x"): the link javascript:alert(1) is not an http(s) or mailto address; it is left out. Use a full address such as https://example.org/page.',
    );
  });

  it('describeProblem() gives the line and column of a JSON syntax error, without an event', () => {
    const problem: Problem = { code: 'json-syntax', severity: 'error', detail: '3:1' };
    expect(describeProblem(problem, 'en')).to.equal(
      'The file is not valid JSON (3:1). Look for a missing comma, bracket or quote there.',
    );
    expect(describeProblem(problem, 'hy')).to.include('(3:1)').and.not.include('Իրադարձություն');
  });

  it('describeProblem() has words for every problem code in en and hy, naming the event and field', () => {
    const codes: ProblemCode[] = [
      'json-syntax', 'not-events-document', 'events-not-array', 'event-not-object', 'title-missing', 'start-missing',
      'date-syntax', 'date-impossible', 'date-out-of-range', 'end-before-start', 'id-duplicate', 'id-invalid',
      'field-type', 'link-unsafe',
    ];
    const eventLevel = new Set(codes.slice(3));
    const namesField = new Set(['date-syntax', 'date-impossible', 'date-out-of-range', 'field-type']);
    for (const code of codes) {
      const problem: Problem = { code, severity: 'error', index: 6, id: 'the-id', field: 'the-field', value: 'the-value', detail: 'the-detail' };
      for (const [lang, where] of [['en', 'Event 7 ("the-id")'], ['hy', 'Իրադարձություն 7 («the-id»)']]) {
        const text = describeProblem(problem, lang);
        expect(text, `${code} ${lang}`).to.not.include('undefined');
        expect(text.length, `${code} ${lang}`).to.be.greaterThan(20);
        if (eventLevel.has(code)) expect(text, `${code} ${lang}`).to.include(where);
        if (namesField.has(code)) expect(text, `${code} ${lang}`).to.include('"the-field"');
      }
    }
  });

  it('describeProblem() falls back to English for a language it has no messages for', () => {
    expect(describeProblem(dateSyntax, 'fr')).to.equal(describeProblem(dateSyntax, 'en'));
  });

  it('describeProblem() writes a large position with the language\'s digit grouping', () => {
    const problem: Problem = { code: 'title-missing', severity: 'error', index: 12_344 };
    expect(describeProblem(problem, 'en')).to.match(/^Event 12,345 has no title/);
  });

  it('describeProblem() writes a large position with Armenian digit grouping', () => {
    const problem: Problem = { code: 'title-missing', severity: 'error', index: 12_344 };
    expect(describeProblem(problem, 'hy')).to.match(/^Իրադարձություն 12\u00a0345՝/);
  });
});

describe('formatCount()', () => {
  it('formatCount() groups digits for the language and survives a malformed tag', () => {
    expect(formatCount(1234, 'en')).to.equal('1,234');
    expect(formatCount(1234, 'ru')).to.equal('1\u00a0234');
    expect(formatCount(12, 'en_US')).to.equal('12');
  });
});

describe('summaryInWords()', () => {
  const at = (text: string) => Date.parse(text);
  const norm = (text: string) => text.replace(/[\s\u2009\u202f]+/g, ' ');

  it('summaryInWords() says a span of years from year to year', () => {
    expect(summaryInWords(12, at('2009-01-01'), at('2027-12-31T23:59:59.999Z'), 'day', 'en')).to.equal('12 events, from 2009 to 2027');
    expect(summaryInWords(12, at('2009-01-01'), at('2027-12-31T23:59:59.999Z'), 'day', 'hy')).to.equal('12 իրադարձություն, 2009 – 2027');
  });

  it('summaryInWords() says a few months by month, not "from 1992 to 1993"', () => {
    expect(norm(summaryInWords(63, at('1992-04-29'), at('1993-11-24T23:59:59.999Z'), 'day', 'en'))).to.equal('63 events, Apr 1992 – Nov 1993');
  });

  it('summaryInWords() says a few days by day, the month and year once: "Feb 7 – 12, 2018"', () => {
    const from = at('2018-02-07T10:00Z');
    const to = at('2018-02-12T18:00Z');
    expect(norm(summaryInWords(1707, from, to, 'second', 'en'))).to.equal('1,707 events, Feb 7 – 12, 2018');
    // The carried Armenian words write 1707 and 7; an engine whose Intl has Armenian (Firefox, WebKit) is
    // followed in its own CLDR's digits ("1 707", "07").
    expect(summaryInWords(1707, from, to, 'second', 'hy')).to.match(/^1\s?707 իրադարձություն, 0?7–12 փտվ, 2018 թ\.$/);
    if (!hasIntlLocale('hy')) expect(summaryInWords(1707, from, to, 'second', 'hy')).to.equal('1707 իրադարձություն, 7–12 փտվ, 2018 թ.');
    expect(norm(summaryInWords(1707, from, to, 'second', 'ru'))).to.match(/^1 707 событи\S+, 7–12 февр\. 2018 г\.$/);
    expect(norm(summaryInWords(5, at('2018-01-31'), at('2018-02-07'), 'day', 'en'))).to.equal('5 events, Jan 31 – Feb 7, 2018');
    // The year once, as CLDR's hy interval yMMMd (the year twice was the defect).
    if (!hasIntlLocale('hy')) expect(summaryInWords(5, at('2018-01-31'), at('2018-02-07'), 'day', 'hy')).to.equal('5 իրադարձություն, 31 հնվ – 7 փտվ, 2018 թ.');
    else expect(summaryInWords(5, at('2018-01-31'), at('2018-02-07'), 'day', 'hy')).to.match(/^5 իրադարձություն, 31 հնվ.* – 0?7 փտվ, 2018 թ\.$/);
  });

  it('summaryInWords() says one date once, and never finer than the data', () => {
    expect(summaryInWords(1, at('1992-04-30'), at('1992-04-30T23:59:59.999Z'), 'day', 'en')).to.equal('1 event, Apr 30, 1992');
    // Dated by years: a single year, not "Jan 1 – Dec 31".
    expect(summaryInWords(3, at('2018-01-01'), at('2018-12-31T23:59:59.999Z'), 'year', 'en')).to.equal('3 events, 2018');
    expect(norm(summaryInWords(3, at('2018-03-01'), at('2018-05-31T23:59:59.999Z'), 'month', 'en'))).to.equal('3 events, Mar – May 2018');
  });

  it('summaryInWords() with some events shown says "N of M" in every language and span form', () => {
    const [from, to] = [at('2009-01-01'), at('2027-12-31T23:59:59.999Z')];
    expect(summaryInWords(12, from, to, 'day', 'en', 5)).to.equal('5 of 12 events, from 2009 to 2027');
    expect(summaryInWords(12, from, to, 'day', 'hy', 5)).to.equal('12 իրադարձությունից 5-ը, 2009 – 2027');
    expect(summaryInWords(21, from, to, 'day', 'ru', 3)).to.equal('3 из 21 события, 2009 – 2027');
    expect(summaryInWords(22, from, to, 'day', 'ru', 3)).to.equal('3 из 22 событий, 2009 – 2027');
    // The span form, as summarySpan: months.
    expect(norm(summaryInWords(63, at('1992-04-29'), at('1993-11-24T23:59:59.999Z'), 'day', 'en', 0))).to.equal('0 of 63 events, Apr 1992 – Nov 1993');
    expect(norm(summaryInWords(63, at('1992-04-29'), at('1993-11-24T23:59:59.999Z'), 'day', 'ru', 1))).to.match(/^1 из 63 событий, апр\.? 1992( г\.)? – нояб\.? 1993 г\.$/);
  });
});
