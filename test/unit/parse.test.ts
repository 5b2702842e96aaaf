import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { isSafeLink, parseEventsDocument } from '../../src/model/parse.js';
import { parseEventsJson } from '../../src/model/parse-json.js';
import type { Problem, TimelineDocument } from '../../src/model/types.js';

const ok = (title: string, start: string, more: Record<string, unknown> = {}) => ({ title, start, ...more });

/** The one problem of a document with a single bad event, with only the fields a test looks at. */
function onlyProblem(doc: TimelineDocument): Problem {
  expect(doc.problems, JSON.stringify(doc.problems)).to.have.length(1);
  return doc.problems[0];
}

describe('parseEventsJson()', () => {
  it('parseEventsJson() reads a valid file', () => {
    const doc = parseEventsJson('{"events": [{"start": "2016-12-15", "title": "Arrest"}]}');
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((event) => event.title)).to.deep.equal([{ '*': 'Arrest' }]);
  });

  it('parseEventsJson() reports a JSON syntax error with its line:column', () => {
    const text = '{\n  "events": [\n    {"start": "2016" "title": "x"}\n  ]\n}';
    const doc = parseEventsJson(text);
    const problem = onlyProblem(doc);
    expect(problem.code).to.equal('json-syntax');
    expect(problem.severity).to.equal('error');
    // Line 3, the column of the quote that opens "title" (1-based).
    expect(problem.detail).to.equal(`3:${text.split('\n')[2].indexOf('"title"') + 1}`);
    expect(problem.detail).to.equal('3:22');
    expect(doc.events).to.deep.equal([]);
    expect(doc.categories).to.deep.equal([]);
  });

  it('parseEventsJson() gives the column on the first line from 1', () => {
    expect(onlyProblem(parseEventsJson('{"events": [],}')).detail).to.equal('1:15');
  });

  it('parseEventsJson() reports text after the JSON value at its line:column', () => {
    expect(onlyProblem(parseEventsJson('[]\n\n  x')).detail).to.equal('3:3');
  });

  it('parseEventsJson() reports a cut-off file and a bad first character at a line:column', () => {
    expect(onlyProblem(parseEventsJson('{"events": [')).detail).to.equal('1:13');
    expect(onlyProblem(parseEventsJson('abc')).detail).to.equal('1:1');
  });
});

describe('parseEventsDocument() previews of bad values', () => {
  const nest = (depth: number, asObject: boolean) => {
    let value: unknown = asObject ? {} : [];
    for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
    return value;
  };

  it('parseEventsDocument() names a value nested deeper than its preview shows by its kind, the same in every engine', () => {
    // 5,000 levels: V8 would write them out, Firefox's JSON.stringify runs out of stack, WebKit's takes a second to.
    const doc = parseEventsDocument([
      { start: nest(5_000, false), title: 'x' },
      { start: '2016', title: 'y', category: nest(5_000, true) },
    ]);
    expect(doc.problems.map((problem) => [problem.code, problem.value])).to.deep.equal([
      ['date-syntax', '[…]'],
      ['field-type', '{…}'],
    ]);
  });

  it('parseEventsDocument() still writes out a value nested no deeper than its preview shows', () => {
    const [problem] = parseEventsDocument([{ start: nest(3, false), title: 'x' }]).problems;
    expect(problem.value).to.equal('[[[[]]]]');
  });
});

describe('parseEventsDocument() documents', () => {
  it('parseEventsDocument() reads a bare array of events', () => {
    const doc = parseEventsDocument([ok('A', '2016')]);
    expect(doc.problems).to.deep.equal([]);
    expect(doc.categories).to.deep.equal([]);
    expect(doc.title).to.equal(undefined);
    expect(doc.events).to.have.length(1);
    expect(doc.events[0].start.start).to.equal(Date.UTC(2016, 0, 1));
  });

  it('parseEventsDocument() reads a document with a title, a source and categories', () => {
    const doc = parseEventsDocument({
      title: { en: 'The case', hy: 'Գործը' },
      source: { title: 'Article', publisher: 'blognews.am', date: '2017-09-11', language: 'hy', url: 'https://example.com/a' },
      categories: { legal: { label: { en: 'Legal' }, color: '#d55e00' } },
      events: [ok('A', '2016')],
    });
    expect(doc.problems).to.deep.equal([]);
    expect(doc.title).to.deep.equal({ en: 'The case', hy: 'Գործը' });
    expect(doc.source).to.deep.equal({
      title: { '*': 'Article' },
      publisher: 'blognews.am',
      date: '2017-09-11',
      language: 'hy',
      url: 'https://example.com/a',
    });
    expect(doc.categories).to.deep.equal([{ id: 'legal', label: { en: 'Legal' }, color: '#d55e00' }]);
    expect(doc.events).to.have.length(1);
  });

  it('parseEventsDocument() drops an unsafe source url', () => {
    const doc = parseEventsDocument({ source: { url: 'javascript:alert(1)', publisher: 'x' }, events: [] });
    expect(doc.source?.url).to.equal(undefined);
    expect(doc.source?.publisher).to.equal('x');
  });

  it('parseEventsDocument() reads an empty events list as no events and no problems', () => {
    expect(parseEventsDocument({ events: [] })).to.deep.include({ events: [], problems: [] });
    expect(parseEventsDocument([])).to.deep.include({ events: [], problems: [] });
  });

  it('parseEventsDocument() refuses a string, a number, null and an object without events', () => {
    const cases: [unknown, string][] = [
      ['hello', 'hello'],
      [42, '42'],
      [null, 'null'],
      [true, 'true'],
      [{ items: [] }, '{"items":[]}'],
    ];
    for (const [value, preview] of cases) {
      const doc = parseEventsDocument(value);
      expect(doc.problems, JSON.stringify(value)).to.deep.equal([{ code: 'not-events-document', severity: 'error', value: preview }]);
      expect(doc.events).to.deep.equal([]);
    }
  });

  it('parseEventsDocument() shortens a long value in a problem to 40 characters', () => {
    const problem = onlyProblem(parseEventsDocument('x'.repeat(100)));
    expect(problem.value).to.equal(`${'x'.repeat(39)}…`);
  });

  it('parseEventsDocument() refuses events that are not an array', () => {
    for (const [events, preview] of [[{}, '{}'], ['none', 'none'], [null, 'null'], [3, '3']] as [unknown, string][]) {
      const doc = parseEventsDocument({ events });
      expect(doc.problems, JSON.stringify(events)).to.deep.equal([
        { code: 'events-not-array', severity: 'error', field: 'events', value: preview },
      ]);
      expect(doc.events).to.deep.equal([]);
    }
  });
});

describe('parseEventsDocument() event problems', () => {
  it('parseEventsDocument() reports an event that is not an object (event-not-object)', () => {
    for (const [item, preview] of [['just text', 'just text'], [7, '7'], [null, 'null'], [['2016', 'A'], '["2016","A"]']] as [unknown, string][]) {
      const problem = onlyProblem(parseEventsDocument([ok('A', '2016'), item]));
      expect(problem, JSON.stringify(item)).to.deep.equal({ code: 'event-not-object', severity: 'error', index: 1, value: preview });
    }
  });

  it('parseEventsDocument() reports a missing title (title-missing) with index, id and field', () => {
    expect(onlyProblem(parseEventsDocument([{ id: 'arrest', start: '2016' }]))).to.deep.equal({
      code: 'title-missing', severity: 'error', index: 0, id: 'arrest', field: 'title', value: undefined,
    });
  });

  it('parseEventsDocument() reports an empty or non-text title as missing, with the value', () => {
    expect(onlyProblem(parseEventsDocument([{ start: '2016', title: '  ' }]))).to.include({ code: 'title-missing', value: '  ' });
    expect(onlyProblem(parseEventsDocument([{ start: '2016', title: true }]))).to.include({ code: 'title-missing', value: 'true' });
    expect(onlyProblem(parseEventsDocument([{ start: '2016', title: { en: '' } }]))).to.include({ code: 'title-missing' });
  });

  it('parseEventsDocument() reports a missing start (start-missing)', () => {
    for (const start of [undefined, null, '']) {
      expect(onlyProblem(parseEventsDocument([{ id: 'a', title: 'A', start }])), String(start)).to.deep.equal({
        code: 'start-missing', severity: 'error', index: 0, id: 'a', field: 'start',
      });
    }
  });

  it('parseEventsDocument() reports a start that is not a date (date-syntax)', () => {
    expect(onlyProblem(parseEventsDocument([ok('A', '2016'), { id: 'b', title: 'B', start: '15/12/2016' }]))).to.deep.equal({
      code: 'date-syntax', severity: 'error', index: 1, id: 'b', field: 'start', value: '15/12/2016',
    });
  });

  it('parseEventsDocument() reads a whole number in start or end as a year, and names a number that is no year', () => {
    const { events, problems } = parseEventsDocument([{ title: 'Elizabeth', start: 1565, end: 1603 }, { title: 'Ancient', start: -499 }]);
    expect(problems).to.deep.equal([]);
    expect(events.map((event) => [event.start.text, event.start.precision, event.end?.text])).to.deep.equal([
      ['-0499', 'year', undefined],
      ['1565', 'year', '1603'],
    ]);
    expect(onlyProblem(parseEventsDocument([{ title: 'A', start: 2016.5 }]))).to.include({ code: 'date-syntax', value: '2016.5' });
    expect(onlyProblem(parseEventsDocument([{ title: 'Quake', start: 1517966773840 }]))).to.include({ code: 'number-not-year', field: 'start' });
  });

  it('parseEventsDocument() reads a title given as a number as its digits (films called "1776" or "300")', () => {
    const { events, problems } = parseEventsDocument([{ title: 1776, start: '1972-11-09' }]);
    expect(problems).to.deep.equal([]);
    expect(events[0].title).to.deep.equal({ '*': '1776' });
  });

  it('parseEventsDocument() reads Date objects set from script: a day at UTC midnight, else the second or millisecond', () => {
    const { events, problems } = parseEventsDocument([
      { id: 'day', title: 'A', start: new Date('2016-12-15') },
      { id: 'ms', title: 'B', start: new Date('2018-02-07T01:26:13.840Z') },
      { id: 'bad', title: 'C', start: new Date(NaN) },
    ]);
    expect(problems.map((problem) => [problem.code, problem.id])).to.deep.equal([['date-syntax', 'bad']]);
    expect(events.map((event) => [event.id, event.start.precision, event.start.start, event.start.end - event.start.start])).to.deep.equal([
      ['day', 'day', Date.UTC(2016, 11, 15), 86_400_000],
      ['ms', 'millisecond', Date.UTC(2018, 1, 7, 1, 26, 13, 840), 1],
    ]);
  });

  it('parseEventsDocument() reports an impossible start (date-impossible)', () => {
    expect(onlyProblem(parseEventsDocument([{ id: 'c', title: 'C', start: '2017-02-29' }]))).to.deep.equal({
      code: 'date-impossible', severity: 'error', index: 0, id: 'c', field: 'start', value: '2017-02-29',
    });
  });

  it('parseEventsDocument() reports a date too far in time (date-out-of-range)', () => {
    expect(onlyProblem(parseEventsDocument([{ title: 'C', start: 'Y-13000000000' }]))).to.deep.include({
      code: 'date-out-of-range', index: 0, field: 'start',
    });
  });

  it('parseEventsDocument() reports a bad end under the field end', () => {
    expect(onlyProblem(parseEventsDocument([{ id: 'd', title: 'D', start: '2016', end: '2016-13' }]))).to.deep.equal({
      code: 'date-impossible', severity: 'error', index: 0, id: 'd', field: 'end', value: '2016-13',
    });
  });

  it('parseEventsDocument() reports an end before the start (end-before-start) with the start as detail', () => {
    expect(onlyProblem(parseEventsDocument([{ id: 'e', title: 'E', start: '2017-02-07', end: '2017-01-17' }]))).to.deep.equal({
      code: 'end-before-start', severity: 'error', index: 0, id: 'e', field: 'end', value: '2017-01-17', detail: '2017-02-07',
    });
  });

  it('parseEventsDocument() reports an end on the day before the start, and accepts an end on the same day', () => {
    expect(onlyProblem(parseEventsDocument([{ title: 'E', start: '2017-02-07', end: '2017-02-06' }])).code).to.equal('end-before-start');
    const doc = parseEventsDocument([{ title: 'E', start: '2017-02-07', end: '2017-02-07' }]);
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events[0].to).to.equal(Date.UTC(2017, 1, 8));
  });

  it('parseEventsDocument() keeps and renames an event with a duplicate id (id-duplicate)', () => {
    const doc = parseEventsDocument([
      { id: 'visit', title: 'First', start: '2016' },
      { id: 'visit', title: 'Second', start: '2017' },
      { id: 'visit', title: 'Third', start: '2018' },
    ]);
    expect(doc.problems).to.deep.equal([
      { code: 'id-duplicate', severity: 'warning', index: 1, id: 'visit', field: 'id', detail: 'visit-2' },
      { code: 'id-duplicate', severity: 'warning', index: 2, id: 'visit', field: 'id', detail: 'visit-3' },
    ]);
    expect(doc.events.map((event) => event.id)).to.deep.equal(['visit', 'visit-2', 'visit-3']);
    expect(doc.events.map((event) => event.title['*'])).to.deep.equal(['First', 'Second', 'Third']);
  });

  it('parseEventsDocument() never renames a duplicate to an id already taken', () => {
    const doc = parseEventsDocument([
      { id: 'visit', title: 'A', start: '2016' },
      { id: 'visit-2', title: 'B', start: '2017' },
      { id: 'visit', title: 'C', start: '2018' },
    ]);
    const ids = doc.events.map((event) => event.id);
    expect(new Set(ids).size).to.equal(3);
    expect(doc.problems.map((problem) => problem.code)).to.deep.equal(['id-duplicate']);
  });

  it('parseEventsDocument() counts a generated id as taken', () => {
    const doc = parseEventsDocument([{ title: 'A', start: '2016' }, { id: 'event-1', title: 'B', start: '2017' }]);
    expect(new Set(doc.events.map((event) => event.id)).size).to.equal(2);
    expect(doc.problems).to.have.length(1);
  });

  it('parseEventsDocument() replaces an id that is not text or a number (id-invalid)', () => {
    const doc = parseEventsDocument([ok('A', '2016'), { id: true, title: 'B', start: '2017' }, { id: { x: 1 }, title: 'C', start: '2018' }]);
    expect(doc.problems).to.deep.equal([
      { code: 'id-invalid', severity: 'warning', index: 1, field: 'id', value: 'true' },
      { code: 'id-invalid', severity: 'warning', index: 2, field: 'id', value: '{"x":1}' },
    ]);
    expect(doc.events.map((event) => event.id)).to.deep.equal(['event-1', 'event-2', 'event-3']);
  });

  it('parseEventsDocument() turns a numeric id into text and generates ids from 1', () => {
    const doc = parseEventsDocument([{ id: 7, title: 'A', start: '2016' }, ok('B', '2017')]);
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((event) => event.id)).to.deep.equal(['7', 'event-2']);
    expect(onlyProblem(parseEventsDocument([{ id: 7, title: 'A', start: 'x' }])).id).to.equal('7');
  });

  it('parseEventsDocument() trims an id', () => {
    expect(parseEventsDocument([{ id: ' arrest ', title: 'A', start: '2016' }]).events[0].id).to.equal('arrest');
  });

  it('parseEventsDocument() names an event in a problem by its trimmed id', () => {
    expect(onlyProblem(parseEventsDocument([{ id: ' arrest ', title: 'A', start: 'x' }])).id).to.equal('arrest');
  });

  it('parseEventsDocument() reports text fields of the wrong type (field-type) and keeps the event', () => {
    const doc = parseEventsDocument([
      { id: 'f', title: 'F', start: '2016', description: false, place: ['Minsk'], quote: '', category: 7, links: 'https://example.com' },
    ]);
    expect(doc.events).to.have.length(1);
    expect(doc.problems).to.deep.equal([
      { code: 'field-type', severity: 'warning', index: 0, id: 'f', field: 'description', value: 'false' },
      { code: 'field-type', severity: 'warning', index: 0, id: 'f', field: 'quote', value: '' },
      { code: 'field-type', severity: 'warning', index: 0, id: 'f', field: 'place', value: '["Minsk"]' },
      { code: 'field-type', severity: 'warning', index: 0, id: 'f', field: 'category', value: '7' },
      { code: 'field-type', severity: 'warning', index: 0, id: 'f', field: 'links', value: 'https://example.com' },
    ]);
    const [event] = doc.events;
    expect(event.description).to.equal(undefined);
    expect(event.place).to.equal(undefined);
    expect(event.category).to.equal(undefined);
    expect(event.links).to.deep.equal([]);
  });

  it('parseEventsDocument() ignores null optional fields without a problem', () => {
    const doc = parseEventsDocument([{ title: 'A', start: '2016', end: null, description: null, category: null, links: null, id: null }]);
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events).to.have.length(1);
  });

  it('parseEventsDocument() drops javascript:, data: and relative links (link-unsafe), keeps https and mailto', () => {
    const doc = parseEventsDocument([
      {
        id: 'g',
        title: 'G',
        start: '2016',
        links: [
          'javascript:alert(1)',
          { href: 'data:text/html,<script>alert(1)</script>' },
          '/relative/page.html',
          'https://example.com/article',
          { href: 'mailto:editor@example.com', label: { en: 'Write' } },
          { href: ' JavaScript:alert(1)' },
          { label: 'no href' },
          'http://example.com/plain',
        ],
      },
    ]);
    expect(doc.problems.map((problem) => [problem.code, problem.field, problem.index, problem.id])).to.deep.equal([
      ['link-unsafe', 'links[0].href', 0, 'g'],
      ['link-unsafe', 'links[1].href', 0, 'g'],
      ['link-unsafe', 'links[2].href', 0, 'g'],
      ['link-unsafe', 'links[5].href', 0, 'g'],
      ['link-unsafe', 'links[6].href', 0, 'g'],
    ]);
    expect(doc.problems.every((problem) => problem.severity === 'warning')).to.equal(true);
    expect(doc.problems[0].value).to.equal('javascript:alert(1)');
    expect(doc.events[0].links).to.deep.equal([
      { href: 'https://example.com/article', label: undefined },
      { href: 'mailto:editor@example.com', label: { en: 'Write' } },
      { href: 'http://example.com/plain', label: undefined },
    ]);
  });

  it('isSafeLink() allows only absolute http, https and mailto', () => {
    expect(isSafeLink('https://example.com')).to.equal(true);
    expect(isSafeLink('HTTP://example.com')).to.equal(true);
    expect(isSafeLink('mailto:a@example.com')).to.equal(true);
    expect(isSafeLink('javascript:alert(1)')).to.equal(false);
    expect(isSafeLink('java\tscript:alert(1)')).to.equal(false);
    expect(isSafeLink('vbscript:msgbox(1)')).to.equal(false);
    expect(isSafeLink('data:text/html,x')).to.equal(false);
    expect(isSafeLink('//example.com/x')).to.equal(false);
    expect(isSafeLink('page.html')).to.equal(false);
    expect(isSafeLink('')).to.equal(false);
  });

  it('parseEventsDocument() never leaves half an emoji in a shortened value', () => {
    const problem = onlyProblem(parseEventsDocument([{ title: 'A', start: `${'a'.repeat(38)}😀😀` }]));
    expect(problem.value).to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('parseEventsDocument() still returns the valid events when others are bad', () => {
    const doc = parseEventsDocument([
      ok('Good one', '2016-12-15', { id: 'good-1' }),
      'not an event',
      { id: 'no-title', start: '2016' },
      ok('Bad date', '2016-02-30', { id: 'bad-date' }),
      ok('Good two', '2017', { id: 'good-2', links: ['javascript:void 0'] }),
    ]);
    expect(doc.events.map((event) => event.id)).to.deep.equal(['good-1', 'good-2']);
    expect(doc.events.map((event) => event.index)).to.deep.equal([0, 4]);
    expect(doc.problems.map((problem) => [problem.code, problem.index, problem.severity])).to.deep.equal([
      ['event-not-object', 1, 'error'],
      ['title-missing', 2, 'error'],
      ['date-impossible', 3, 'error'],
      ['link-unsafe', 4, 'warning'],
    ]);
  });

  it('parseEventsDocument() does not report unknown fields', () => {
    const doc = parseEventsDocument({
      $schema: './events.schema.json',
      generator: 'hand',
      events: [{ title: 'A', start: '2016', tags: ['x'], importance: 3, 'x-note': { a: 1 } }],
    });
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events).to.have.length(1);
  });
});

describe('parseEventsDocument() events', () => {
  it('parseEventsDocument() sorts events by time, then by end, then by source order', () => {
    const doc = parseEventsDocument([
      ok('2017', '2017'),
      ok('Dec 15 first', '2016-12-15'),
      ok('December', '2016-12'),
      ok('Dec 15 second', '2016-12-15'),
      ok('Dec 1', '2016-12-01'),
      ok('2015 to 2020', '2015', { end: '2020' }),
    ]);
    expect(doc.events.map((event) => event.title['*'])).to.deep.equal([
      '2015 to 2020',
      'Dec 1',
      'December',
      'Dec 15 first',
      'Dec 15 second',
      '2017',
    ]);
    expect(doc.events.map((event) => event.index)).to.deep.equal([5, 4, 2, 1, 3, 0]);
  });

  it('parseEventsDocument() spans a range from the start of its start to the end of its end', () => {
    const [event] = parseEventsDocument([ok('Gas', '2017~', { end: '2027~' })]).events;
    expect(event.from).to.equal(Date.UTC(2017, 0, 1));
    expect(event.to).to.equal(Date.UTC(2028, 0, 1));
    expect(event.end?.approximate).to.equal(true);
    expect(event.openEnd).to.equal(false);
  });

  it('parseEventsDocument() reads the open end .. as a range with no known end', () => {
    const [event] = parseEventsDocument([ok('Ongoing', '2016-12', { end: '..' })]).events;
    expect(event.openEnd).to.equal(true);
    expect(event.end).to.equal(undefined);
    expect(event.from).to.equal(Date.UTC(2016, 11, 1));
    expect(event.to).to.equal(Date.UTC(2017, 0, 1));
  });

  it('parseEventsDocument() spans a single date over its precision', () => {
    const [event] = parseEventsDocument([ok('Arrest', '[2016-12-14,2016-12-15]')]).events;
    expect(event.openEnd).to.equal(false);
    expect(event.from).to.equal(Date.UTC(2016, 11, 14));
    expect(event.to).to.equal(Date.UTC(2016, 11, 16));
    expect(event.start.alternatives).to.have.length(2);
  });

  it('parseEventsDocument() keeps text maps for title, description, quote, dateText and place', () => {
    const [event] = parseEventsDocument([
      {
        title: { en: 'Arrest', hy: 'Ձերբակալում' },
        start: '2016-12-15',
        description: { en: 'In Minsk' },
        quote: 'Ձերբակալվել է',
        dateText: { hy: 'դեկտեմբերի 15-ին' },
        place: { en: 'Minsk', ru: 'Минск' },
      },
    ]).events;
    expect(event.title).to.deep.equal({ en: 'Arrest', hy: 'Ձերբակալում' });
    expect(event.description).to.deep.equal({ en: 'In Minsk' });
    expect(event.quote).to.deep.equal({ '*': 'Ձերբակալվել է' });
    expect(event.dateText).to.deep.equal({ hy: 'դեկտեմբերի 15-ին' });
    expect(event.place).to.deep.equal({ en: 'Minsk', ru: 'Минск' });
  });

  it('parseEventsDocument() trims the category of an event', () => {
    expect(parseEventsDocument([ok('A', '2016', { category: ' legal ' })]).events[0].category).to.equal('legal');
  });
});

describe('parseEventsDocument() categories', () => {
  it('parseEventsDocument() reads categories as a map, a label alone as the label', () => {
    const doc = parseEventsDocument({
      categories: { legal: { label: { en: 'Legal', hy: 'Դատական' }, color: '#d55e00' }, misc: 'Other things', bare: {} },
      events: [],
    });
    expect(doc.categories).to.deep.equal([
      { id: 'legal', label: { en: 'Legal', hy: 'Դատական' }, color: '#d55e00' },
      { id: 'misc', label: { '*': 'Other things' }, color: undefined },
      { id: 'bare', label: { '*': 'bare' }, color: undefined },
    ]);
  });

  it('parseEventsDocument() reads categories as a list, skipping items without an id', () => {
    const doc = parseEventsDocument({
      categories: [{ id: 'legal', label: 'Legal', color: 'rgb(213, 94, 0)' }, { label: 'No id' }, 'text', null, { id: 5, label: 'Five' }],
      events: [],
    });
    expect(doc.categories).to.deep.equal([
      { id: 'legal', label: { '*': 'Legal' }, color: 'rgb(213, 94, 0)' },
      { id: '5', label: { '*': 'Five' }, color: undefined },
    ]);
  });

  it('parseEventsDocument() keeps colours that are colours', () => {
    const colors = ['#abc', '#d55e00', '#d55e0080', 'red', 'rebeccapurple', 'hsl(10 50% 50%)', 'oklch(0.7 0.1 200 / 50%)', ' teal '];
    const doc = parseEventsDocument({ categories: colors.map((color, i) => ({ id: `c${i}`, color })), events: [] });
    expect(doc.categories.map((category) => category.color)).to.deep.equal(colors.map((color) => color.trim()));
  });

  it('parseEventsDocument() drops colours that are not colours', () => {
    const colors = ['red;background:url(x)', 'url(https://example.com/x.png)', 'expression(alert(1))', 'red}body{color:red', '#12', 'var(--x)', 42, ''];
    const doc = parseEventsDocument({ categories: colors.map((color, i) => ({ id: `c${i}`, color })), events: [] });
    expect(doc.categories).to.have.length(colors.length);
    expect(doc.categories.map((category) => category.color)).to.deep.equal(colors.map(() => undefined));
  });
});

describe('parseEventsJson() with the article data', () => {
  it('parseEventsJson() reads /data/article-events.json with zero problems and 12 events', async () => {
    const response = await fetch('/data/article-events.json');
    expect(response.ok).to.equal(true);
    const doc = parseEventsJson(await response.text());
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events).to.have.length(12);
    expect(new Set(doc.events.map((event) => event.id)).size).to.equal(12);
    for (let i = 1; i < doc.events.length; i++) expect(doc.events[i].from).to.be.at.least(doc.events[i - 1].from);
    expect(doc.events[0].id).to.equal('wikileaks-iceberg-cable');
    expect(doc.events[0].from).to.equal(Date.UTC(2009, 0, 1));
    const arrest = doc.events.find((event) => event.id === 'arrest-minsk')!;
    expect(arrest.start.alternatives).to.have.length(2);
    expect([arrest.from, arrest.to]).to.deep.equal([Date.UTC(2016, 11, 14), Date.UTC(2016, 11, 16)]);
    const gas = doc.events.find((event) => event.id === 'gas-purchase-plan')!;
    expect([gas.from, gas.to]).to.deep.equal([Date.UTC(2017, 0, 1), Date.UTC(2028, 0, 1)]);
    expect(doc.title?.hy).to.be.a('string');
    expect(doc.categories.map((category) => category.id)).to.deep.equal(['background', 'legal', 'defence', 'diplomacy', 'energy']);
    expect(doc.categories.every((category) => category.color !== undefined)).to.equal(true);
  });
});

describe('parseEventsDocument() and fields it does not know', () => {
  it('parseEventsDocument() keeps unknown fields in extra, with no problem', () => {
    const { events, problems } = parseEventsDocument([{ id: 'a', start: '2017', title: 'A', source_row: 7, tags: ['x'] }]);
    expect(problems).to.deep.equal([]);
    expect(events[0].extra).to.deep.equal({ source_row: 7, tags: ['x'] });
  });
});
