import '../../src/languages.js';
import { expect } from '@open-wc/testing';
// The words for problems load on demand in the element; here they are wanted at once.
import '../../src/i18n/problems/index.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { describeProblem, formatCount } from '../../src/time/words.js';

const untitled = (n: number) => Array.from({ length: n }, (_, i) => ({ start: `20${String(i % 100).padStart(2, '0')}`, name: `N${i}` }));

describe('problems many events share', () => {
  it('are named one by one up to three events', () => {
    const { problems } = parseEventsDocument([{ title: 'A', start: 'x' }, { title: 'B', start: 'y' }, { title: 'C', start: '2016' }, { title: 'D', start: 'z' }]);
    expect(problems.map((problem) => [problem.code, problem.index, problem.count])).to.deep.equal([
      ['date-syntax', 0, undefined],
      ['date-syntax', 1, undefined],
      ['date-syntax', 3, undefined],
    ]);
  });

  it('are one problem with a count from four on, naming the first and every index', () => {
    const events = [{ title: 'A', start: '2016' }, ...['x', 'y', 'z', 'w', 'v'].map((start, i) => ({ id: `e${i}`, title: 'T', start }))];
    const { problems } = parseEventsDocument(events);
    expect(problems).to.deep.equal([
      { code: 'date-syntax', severity: 'error', index: 1, id: 'e0', field: 'start', value: 'x', count: 5, indexes: [1, 2, 3, 4, 5] },
    ]);
    expect(describeProblem(problems[0], 'en')).to.equal(
      '5 events (the first is event 2 ("e0")): their "start" values (such as "x") are not dates, so they are left out. ' +
        'Write 2016, 2016-12 or 2016-12-15 (with ~ or ? for approximate or uncertain), or give the date-format the dates are written in, such as date-format="%b %d %Y" for "Jun 12 1998".',
    );
    expect(describeProblem(problems[0], 'ru')).to.contain('5 событий (первое — событие 2 «e0»)').and.contain('события пропущены');
    expect(describeProblem(problems[0], 'hy')).to.contain('5 իրադարձություն').and.contain('իրադարձությունները բաց են թողնված');
  });

  it('keep different fields and codes apart', () => {
    const events = Array.from({ length: 4 }, (_, i) => ({ title: `T${i}`, start: '2016', place: [i], links: ['javascript:x'] }));
    const { problems } = parseEventsDocument(events);
    expect(problems.map((problem) => [problem.code, problem.field, problem.count])).to.deep.equal([
      ['field-type', 'place', 4],
      ['link-unsafe', 'links[0].href', 4],
    ]);
  });

  it('when no record has a title field, says which fields they have and the fields attribute that would read them', () => {
    const films = Array.from({ length: 3201 }, (_, i) => ({ Title: `Film ${i}`, 'US Gross': i, 'Release Date': 'Jun 12 1998' }));
    const { events, problems } = parseEventsDocument(films);
    expect(events).to.deep.equal([]);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ code: 'fields-missing', severity: 'error', index: 0, count: 3201, value: 'title, start', detail: 'Title, US Gross, Release Date' });
    expect(problems[0].suggestion).to.equal('title:Title, start:Release Date');
    expect(describeProblem(problems[0], 'en')).to.equal(
      'None of the 3,201 events has a "title" or "start" field, so nothing can be drawn. Its fields are: Title, US Gross, Release Date. ' +
        'Say which fields to read with the fields attribute, such as fields="title:Title, start:Release Date" ' +
        '(and date-format if the dates are not written as 2016-12-15), or with mapEvent from a script.',
    );
    for (const lang of ['hy', 'ru']) {
      expect(describeProblem(problems[0], lang)).to.contain('fields="title:Title, start:Release Date"').and.contain(formatCount(3201, lang));
    }
  });

  it('suggests only the missing field when the records have the other', () => {
    const { problems } = parseEventsDocument(untitled(2));
    expect(problems.map((problem) => [problem.code, problem.value, problem.suggestion])).to.deep.equal([['fields-missing', 'title', 'title:name']]);
  });

  it('keep title-missing when some records do have a title field, or nothing looks like one', () => {
    const some = parseEventsDocument([...untitled(4), { title: 'T', start: '2016' }]);
    expect(some.problems.map((problem) => [problem.code, problem.count])).to.deep.equal([['title-missing', 4]]);
    const nothingLikeIt = parseEventsDocument([{ start: '2016', id: 'a' }]);
    expect(nothingLikeIt.problems.map((problem) => problem.code)).to.deep.equal(['title-missing']);
  });
});
