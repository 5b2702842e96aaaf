import { nestedDeeperThan } from '../../src/model/preview.js';
import '../../src/languages.js';
import { expect } from '@open-wc/testing';
// The words for problems load on demand in the element; here they are wanted at once.
import '../../src/i18n/problems/index.js';
import fc from 'fast-check';
import { NAMED_ONE_BY_ONE } from '../../src/model/aggregate.js';
import { parseDate } from '../../src/model/dates.js';
import { isSafeLink, parseEventsDocument } from '../../src/model/parse.js';
import { parseEventsJson } from '../../src/model/parse-json.js';
import { graphemeCount } from '../../src/model/text.js';
import type { ProblemCode, TimelineDocument } from '../../src/model/types.js';
import { describeProblem, formatCount } from '../../src/time/words.js';
import { pad } from '../helpers/model.js';

/** A fixed seed: a failure is the same failure on every run and every machine. */
const RUNS = { seed: 42, numRuns: 300 };

/** The first and last instants a JavaScript Date holds. */
const DATE_LIMIT = 8.64e15;

const DOCUMENT_CODES: readonly ProblemCode[] = ['json-syntax', 'not-events-document', 'events-not-array'];
const EVENT_CODES: readonly ProblemCode[] = [
  'event-not-object',
  'title-missing',
  'start-missing',
  'date-syntax',
  'date-impossible',
  'date-out-of-range',
  'end-before-start',
  'id-duplicate',
  'id-invalid',
  'field-type',
  'link-unsafe',
  'number-not-year',
  'fields-missing',
  'media-unsafe',
  'media-alt-missing',
];
/** Every event-level problem but `event-not-object` is about one field. */
const FIELD_CODES: readonly ProblemCode[] = EVENT_CODES.filter((code) => code !== 'event-not-object');

/** How many events the input offers, as parseEventsDocument reads it: a list, or a document's `events`. */
function offered(input: unknown): number | undefined {
  if (Array.isArray(input)) return input.length;
  if (input !== null && typeof input === 'object' && Array.isArray((input as { events?: unknown }).events)) {
    return (input as { events: unknown[] }).events.length;
  }
  return undefined;
}

/**
 * Nesting that every engine's JSON.stringify walks. Beyond it, engines differ: Firefox runs out of stack
 * (InternalError: too much recursion) at a few thousand levels, V8 and WebKit further on, and WebKit
 * takes a second to get there. Deeper values are not stringified here, so that the same seed makes the
 * same texts in every engine, quickly.
 */
const STRINGIFY_DEPTH = 2_000;

/** A value as JSON, for an assertion message. Events keep unknown fields as given, nested as deep as the data goes. */
function asJson(value: unknown): string {
  if (nestedDeeperThan(value, STRINGIFY_DEPTH)) return '<too deeply nested to print>';
  try {
    return JSON.stringify(value);
  } catch {
    return '<cannot be printed as JSON>';
  }
}

/** Checks everything parseEventsDocument promises about its result, for an input offering `n` events. */
function checkDocument(doc: TimelineDocument, n: number | undefined): void {
  const { events, problems } = doc;
  for (const problem of problems) {
    const said = asJson(problem);
    expect([...DOCUMENT_CODES, ...EVENT_CODES], said).to.include(problem.code);
    expect(['error', 'warning'], said).to.include(problem.severity);
    if (problem.value !== undefined) expect(graphemeCount(problem.value), said).to.be.at.most(40);
    if (EVENT_CODES.includes(problem.code)) {
      expect(problem.index, said).to.be.a('number');
      expect(Number.isInteger(problem.index) && problem.index! >= 0 && problem.index! < (n ?? 0), said).to.equal(true);
    } else {
      expect(problem.index, said).to.equal(undefined);
      expect(problem.severity, said).to.equal('error');
    }
    if (FIELD_CODES.includes(problem.code)) expect(problem.field, said).to.be.a('string').and.not.equal('');
    // A problem many events share is said once, counted: the events are named by their indexes, the first first.
    if (problem.count !== undefined) {
      expect(problem.indexes, said).to.have.length(problem.count);
      expect(problem.indexes![0], said).to.equal(problem.index);
      expect([...problem.indexes!].sort((a, b) => a - b), said).to.deep.equal(problem.indexes);
      if (problem.code !== 'fields-missing') expect(problem.count, said).to.be.above(NAMED_ONE_BY_ONE);
    }
    for (const lang of ['en', 'hy']) {
      const message = describeProblem(problem, lang);
      expect(message, said).to.be.a('string').and.not.equal('');
      if (problem.index !== undefined) expect(message, said).to.contain(formatCount(problem.index + 1, lang));
    }
  }

  for (const event of events) {
    const said = asJson(event);
    expect(event.id, said).to.be.a('string');
    expect(event.id.trim(), said).to.not.equal('');
    expect(Object.values(event.title).some((text) => typeof text === 'string' && text.trim() !== ''), said).to.equal(true);
    const { start, end } = event;
    for (const at of [start.start, start.end, ...(end ? [end.start, end.end] : [])]) {
      expect(Number.isFinite(at) && Math.abs(at) <= DATE_LIMIT, `${at} is an instant a Date holds: ${said}`).to.equal(true);
    }
    expect(start.start, said).to.be.below(start.end);
    expect(event.from, said).to.equal(start.start);
    expect(event.to, said).to.equal(end ? end.end : start.end);
    expect(event.from, said).to.be.below(event.to);
    if (end) expect(end.start, said).to.be.below(end.end);
    if (event.openEnd) expect(end, said).to.equal(undefined);
    for (const link of event.links) expect(isSafeLink(link.href), said).to.equal(true);
  }

  // Sorted by time: by start, then end, then position in the data.
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1], events[i]];
    expect(a.from < b.from || (a.from === b.from && (a.to < b.to || (a.to === b.to && a.index < b.index))), `${a.id} before ${b.id}`).to.equal(
      true,
    );
  }
  expect(new Set(events.map((event) => event.id)).size, 'ids unique').to.equal(events.length);

  // No silent loss: each event offered is drawn, or left out and named by exactly one error.
  const drawn = new Set(events.map((event) => event.index));
  expect(drawn.size, 'each event once').to.equal(events.length);
  const leftOut = problems
    .filter((problem) => problem.severity === 'error' && problem.index !== undefined)
    .flatMap((problem) => problem.indexes ?? [problem.index!]);
  expect(new Set(leftOut).size, 'one error for each event left out').to.equal(leftOut.length);
  for (const index of leftOut) expect(drawn.has(index), `event ${index} is both drawn and left out`).to.equal(false);
  if (n === undefined) {
    expect(events).to.deep.equal([]);
    expect(problems.map((problem) => problem.severity)).to.deep.equal(['error']);
  } else {
    expect(drawn.size + leftOut.length, 'every event drawn or named').to.equal(n);
  }
}

// ---------- Junk: values shaped like documents and events, with anything in any field ----------

const digits = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** Strings that look like dates and mostly are not: wrong lengths, months 13, days 31 in April, intervals, stray signs. */
const almostDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', '', '-', 'Y', 'Y-', '+', ' ', '--'),
      fc.oneof(digits(1, 12), fc.constantFrom('201X', '19XX', '1XXX', 'XXXX', '20X5')),
      fc.option(fc.tuple(fc.constantFrom('-', '-', '/', '.'), digits(1, 3)).map((parts) => parts.join(''))),
      fc.option(digits(1, 3).map((day) => `-${day}`)),
      fc.option(
        fc
          .tuple(digits(1, 2), digits(1, 2), fc.option(digits(1, 2)), fc.constantFrom('', 'Z', '+04:00', '-15:00', '+14:60', 'z', '+4'))
          .map(([h, m, s, zone]) => `T${h}:${m}${s === null ? '' : `:${s}`}${zone}`),
      ),
      fc.constantFrom('', '', '?', '~', '%', '?~', '..', ' ', 'Z', '/..'),
    )
    .map((parts) => parts.map((part) => part ?? '').join('')),
  fc.constantFrom('..', '', ' ', '[]', '[2016]', '[2016,]', '[[2016,2017]]', '2016/2017', '-13000000000', 'Y-13000000000', 'Y275760-09-12T23:00-14:00', 'Y-271821-04-20T00:00+01:00', '2017-02-29', '-0000', 'Y00001'),
  fc.tuple(fc.integer({ min: -3000, max: 12000 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) =>
    `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(m)}-${pad(d)}`,
  ),
);

/** Arrays nested deeper than JSON.stringify can walk, and the like. */
const deep = fc.tuple(fc.integer({ min: 1, max: 60_000 }), fc.boolean()).map(([depth, asObject]) => {
  let value: object = asObject ? { x: 1 } : [];
  for (let i = 0; i < depth; i++) value = asObject ? { x: value } : [value];
  // fast-check prints a counterexample by walking it; this says what it is instead (JSON ignores symbol keys).
  return Object.defineProperty(value, fc.toStringMethod, { value: () => `<${asObject ? 'objects' : 'arrays'} nested ${depth} deep>` });
});

const huge = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.integer({ min: 1000, max: 30_000 }))
  .map(([unit, times]) => unit.repeat(times));

/** Anything a field could hold: JSON, almost-dates, lone surrogates, huge strings, deep nesting, non-finite numbers. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 4 },
  { arbitrary: almostDate, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
  { arbitrary: fc.constantFrom(null, undefined, 0, -0, NaN, Infinity, 1e308, true, '', '   ', '\u0000', '\ud800', '\udfff'), weight: 2 },
  { arbitrary: huge, weight: 1 },
  { arbitrary: deep, weight: 1 },
);

const langTag = fc.constantFrom('en', 'hy', 'en-GB', 'ar', 'he', 'zh-Hans', '*', '', '__proto__', 'toString', 'x-\ud800');
const junkText = fc.oneof(junk, fc.dictionary(langTag, junk, { maxKeys: 4 }));
const junkLink = fc.oneof(
  junk,
  fc.constantFrom('https://example.com/a', 'javascript:alert(1)', 'mailto:a@b.c', '/relative', 'http://[::1'),
  fc.record({ href: fc.oneof(junk, fc.constantFrom('https://example.com', 'data:text/html,x')), label: junkText }, { requiredKeys: [] }),
);

const junkEvent = fc
  .tuple(
    fc.record(
      {
        id: fc.oneof(junk, fc.constantFrom('a', 'a', 'a-2', 'event-1', 'event-2', ' a ', 1, 1.5)),
        start: fc.oneof(almostDate, junk),
        end: fc.oneof(almostDate, junk, fc.constant('..')),
        title: junkText,
        description: junkText,
        quote: junkText,
        dateText: junkText,
        place: junkText,
        category: junk,
        links: fc.oneof(junk, fc.array(junkLink, { maxLength: 4 })),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.string({ maxLength: 8 }), junk, { maxKeys: 3 }),
  )
  .map(([known, unknown]) => ({ ...unknown, ...known }));

const junkEvents = fc.array(fc.oneof({ arbitrary: junkEvent, weight: 6 }, { arbitrary: junk, weight: 1 }), { maxLength: 12 });

const junkDocument: fc.Arbitrary<unknown> = fc.oneof(
  junkEvents,
  fc.record(
    {
      title: junkText,
      source: fc.oneof(junk, fc.record({ title: junkText, publisher: junk, date: junk, language: junk, url: junk }, { requiredKeys: [] })),
      categories: fc.oneof(junk, fc.dictionary(fc.string({ maxLength: 6 }), junk, { maxKeys: 3 }), fc.array(junk, { maxLength: 3 })),
      events: fc.oneof({ arbitrary: junkEvents, weight: 5 }, { arbitrary: junk, weight: 1 }),
    },
    { requiredKeys: [] },
  ),
  junk,
);

describe('parseEventsDocument() and parseEventsJson() on any input (fast-check)', () => {
  it('parseEventsDocument() never throws on any JSON value, and its result keeps every promise', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkDocument(parseEventsDocument(value), offered(value))),
      RUNS,
    );
  });

  it('parseEventsJson() never throws on the text of any JSON value, and reads it as parseEventsDocument() does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const doc = parseEventsJson(JSON.stringify(value));
        checkDocument(doc, offered(value));
        expect(doc).to.deep.equal(parseEventsDocument(value));
      }),
      RUNS,
    );
  });

  it('parseEventsJson() reports any text that is not JSON as one json-syntax problem at a line:column', () => {
    const broken = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.jsonValue().chain((value) => {
        const text = JSON.stringify(value);
        return fc.nat({ max: Math.max(0, text.length - 1) }).map((cut) => text.slice(0, cut));
      }),
    );
    fc.assert(
      fc.property(broken, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        fc.pre(!valid);
        const doc = parseEventsJson(text);
        expect(doc.events).to.deep.equal([]);
        expect(doc.problems.map((problem) => problem.code)).to.deep.equal(['json-syntax']);
        expect(doc.problems[0].detail).to.match(/^\d+:\d+$/);
      }),
      RUNS,
    );
  });

  it('parseEventsDocument() never throws on documents and events with junk in every field', () => {
    fc.assert(
      fc.property(junkDocument, (value) => checkDocument(parseEventsDocument(value), offered(value))),
      RUNS,
    );
  });

  it('parseEventsJson() never throws on the JSON text of documents with junk in every field', () => {
    const asText = junkDocument.map((value) => {
      // Nested deeper than JSON.stringify walks in every engine; the deep text is tested below.
      if (nestedDeeperThan(value, STRINGIFY_DEPTH)) return 'null';
      try {
        return JSON.stringify(value) ?? 'null';
      } catch {
        return 'null';
      }
    });
    fc.assert(
      fc.property(asText, (text) => checkDocument(parseEventsJson(text), offered(JSON.parse(text)))),
      RUNS,
    );
  });

  it('parseEventsJson() never throws on arrays and objects nested 100,000 deep', () => {
    for (const depth of [10, 5_000, 20_000, 50_000, 100_000]) {
      const arrays = '['.repeat(depth) + ']'.repeat(depth);
      const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      for (const text of [arrays, `[${arrays}]`, `[{"start":"2016","title":${arrays}}]`, `[${objects}]`, `{"events":${arrays}}`]) {
        const doc = parseEventsJson(text);
        expect(doc.events, `depth ${depth}`).to.deep.equal([]);
        expect(doc.problems.length, `depth ${depth}`).to.equal(1);
      }
    }
  });

  it('parseEventsDocument() never throws on data set from script: holes, and values JSON cannot hold in any field', () => {
    const anyValue = fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    const field = fc.oneof(anyValue, junk);
    const scriptEvent = fc.record(
      { id: field, start: fc.oneof(almostDate, field), end: field, title: field, place: field, category: field, links: fc.oneof(field, fc.array(field)) },
      { requiredKeys: [] },
    );
    const events = fc.sparseArray(fc.oneof(scriptEvent, anyValue), { maxLength: 10 });
    const fromScript = fc.oneof(
      events,
      fc.record({ title: field, source: fc.oneof(field, fc.record({ title: field, url: field, language: field })), categories: fc.oneof(field, fc.array(fc.record({ id: field, label: field, color: field }))), events }),
    );
    fc.assert(
      fc.property(fromScript, (value) => checkDocument(parseEventsDocument(value), offered(value))),
      RUNS,
    );
  });
});

describe('parseEventsDocument() and parseDate() on the inputs the properties above first failed on', () => {
  it('parseDate() refuses an instant that a time zone offset carries past what a Date holds', () => {
    expect(parseDate('Y275760-09-12T23:00-14:00')).to.deep.equal({ ok: false, code: 'date-out-of-range' });
    expect(parseDate('Y-271821-04-20T00:00+01:00')).to.deep.equal({ ok: false, code: 'date-out-of-range' });
    // The first and the last day a Date holds are still dates.
    expect(parseDate('Y-271821-04-20').ok).to.equal(true);
    expect(parseDate('Y275760-09-12').ok).to.equal(true);
  });

  it('parseEventsDocument() names a hole in a list set from script as an entry that is not an event', () => {
    const doc = parseEventsDocument([, { start: '2016', title: 'After the hole' }]);
    expect(doc.events.map((event) => event.index)).to.deep.equal([1]);
    expect(doc.problems).to.deep.equal([{ code: 'event-not-object', severity: 'error', index: 0, value: 'undefined' }]);
  });

  it('parseEventsDocument() names a value with no prototype that JSON.stringify cannot write, without throwing', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { at: 10n });
    const doc = parseEventsDocument({ categories: [{ id: bare }], events: [{ start: bare, title: 'x' }, { start: '2016', title: bare }] });
    expect(doc.categories).to.deep.equal([]);
    expect(doc.problems.map((problem) => [problem.code, problem.index, problem.value])).to.deep.equal([
      ['date-syntax', 0, '{…}'],
      ['title-missing', 1, '{…}'],
    ]);
  });
});

// ---------- Valid data: a grammar of EDTF dates, with an independent reckoning of the span each covers ----------

interface ValidDate {
  text: string;
  /** The span the date covers, UTC ms, reckoned here without the model. */
  start: number;
  end: number;
  approximate: boolean;
  uncertain: boolean;
}

function instant(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

const lastDay = (year: number, month: number) => new Date(instant(year, month, 1) - 86_400_000).getUTCDate();
const year = fc.integer({ min: 1, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
const yearMonthDay = fc
  .tuple(year, month)
  .chain(([y, m]) => fc.integer({ min: 1, max: lastDay(y, m) }).map((d) => ({ y, m, d, text: `${pad(y, 4)}-${pad(m)}-${pad(d)}` })));

/** A date without a qualifier: `text`, `start`, `end`. */
const plainDate: fc.Arbitrary<Omit<ValidDate, 'approximate' | 'uncertain'>> = fc.oneof(
  year.map((y) => ({ text: pad(y, 4), start: instant(y), end: instant(y + 1) })),
  fc.tuple(year, month).map(([y, m]) => ({ text: `${pad(y, 4)}-${pad(m)}`, start: instant(y, m - 1), end: instant(y, m) })),
  fc.tuple(year, fc.integer({ min: 21, max: 24 })).map(([y, s]) => {
    const first = (s - 21) * 3 + 2; // spring is March
    return { text: `${pad(y, 4)}-${s}`, start: instant(y, first), end: instant(y, first + 3) };
  }),
  fc.integer({ min: 0, max: 999 }).map((p) => ({ text: `${pad(p, 3)}X`, start: instant(p * 10), end: instant(p * 10 + 10) })),
  fc.integer({ min: 0, max: 99 }).map((p) => ({ text: `${pad(p, 2)}XX`, start: instant(p * 100), end: instant(p * 100 + 100) })),
  yearMonthDay.map(({ y, m, d, text }) => ({ text, start: instant(y, m - 1, d), end: instant(y, m - 1, d + 1) })),
  fc
    .tuple(
      yearMonthDay,
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.option(fc.integer({ min: 0, max: 59 })),
      fc.option(fc.tuple(fc.constantFrom(1, -1), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 59 }))),
      fc.boolean(),
    )
    .map(([{ y, m, d, text }, h, min, s, zone, z]) => {
      const offset = zone ? zone[0] * (zone[1] * 60 + zone[2]) * 60_000 : 0;
      const zoneText = zone ? `${zone[0] > 0 ? '+' : '-'}${pad(zone[1])}:${pad(zone[2])}` : z ? 'Z' : '';
      const start = instant(y, m - 1, d, h, min, s ?? 0) - offset;
      return { text: `${text}T${pad(h)}:${pad(min)}${s === null ? '' : `:${pad(s)}`}${zoneText}`, start, end: start + (s === null ? 60_000 : 1000) };
    }),
);

const qualified: fc.Arbitrary<ValidDate> = fc.tuple(plainDate, fc.constantFrom('', '?', '~', '%')).map(([date, q]) => ({
  ...date,
  text: date.text + q,
  approximate: q === '~' || q === '%',
  uncertain: q === '?' || q === '%',
}));

/** `[a,b]`: one of these. The span is from the earliest start to the latest end. */
const oneOf: fc.Arbitrary<ValidDate> = fc.array(qualified, { minLength: 2, maxLength: 3 }).map((dates) => ({
  text: `[${dates.map((date) => date.text).join(',')}]`,
  start: Math.min(...dates.map((date) => date.start)),
  end: Math.max(...dates.map((date) => date.end)),
  approximate: dates.some((date) => date.approximate),
  uncertain: true,
}));

const validDate = fc.oneof({ arbitrary: qualified, weight: 6 }, { arbitrary: oneOf, weight: 1 });

const validTitle = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
  fc.constantFrom('Ձերբակալում', 'اعتقال', 'מעצר', '逮捕', '🚔 arrest', 'x'.repeat(300)),
  fc.dictionary(fc.constantFrom('en', 'hy', 'ar', 'he', 'zh'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), { minKeys: 1 }),
).filter((title) => (typeof title === 'string' ? [title] : Object.values(title)).some((text) => text.trim() !== ''));

interface ValidEvent {
  raw: Record<string, unknown>;
  from: number;
  to: number;
}

/** A valid event: a date, a range whose end is after its start, or a range open at the end; unknown fields too. */
const validEvent: fc.Arbitrary<ValidEvent> = fc
  .tuple(
    validDate,
    fc.oneof(fc.constant(undefined), fc.constant('..' as const), validDate),
    validTitle,
    fc.dictionary(fc.constantFrom('color', 'wikidata', 'importance', 'x-note'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 }),
  )
  .map(([a, b, title, unknown]) => {
    if (b === undefined || b === '..') {
      return { raw: { ...unknown, start: a.text, ...(b ? { end: b } : {}), title }, from: a.start, to: a.end };
    }
    // Two dates in either order make a range: if b ends before a begins, then a ends after b begins.
    const [first, last] = b.end > a.start ? [a, b] : [b, a];
    return { raw: { ...unknown, start: first.text, end: last.text, title }, from: first.start, to: last.end };
  });

describe('parseDate() and parseEventsDocument() on valid data (fast-check)', () => {
  it('parseDate() reads every date of the grammar as the span it covers, with its qualifiers', () => {
    fc.assert(
      fc.property(validDate, (date) => {
        const result = parseDate(date.text);
        expect(result.ok, date.text).to.equal(true);
        if (!result.ok) return;
        expect([result.date.start, result.date.end], date.text).to.deep.equal([date.start, date.end]);
        expect(result.date.approximate, date.text).to.equal(date.approximate);
        expect(result.date.uncertain, date.text).to.equal(date.uncertain);
        expect(result.date.text).to.equal(date.text);
      }),
      RUNS,
    );
  });

  it('parseEventsDocument() gives back every valid event, with no problem, spanning what it says', () => {
    const events = fc
      .tuple(fc.array(validEvent, { maxLength: 40 }), fc.array(fc.option(fc.string({ maxLength: 6 })), { maxLength: 40 }))
      .map(([list, ids]) =>
        // Unique ids where there are ids: "<anything>#<position>".
        list.map((event, i) => (ids[i] == null ? event : { ...event, raw: { ...event.raw, id: `${ids[i]}#${i}` } })),
      );
    fc.assert(
      fc.property(events, fc.boolean(), (list, asDocument) => {
        const raw = list.map((event) => event.raw);
        const doc = parseEventsDocument(asDocument ? { title: 'Valid', events: raw } : raw);
        expect(doc.problems, JSON.stringify(doc.problems)).to.deep.equal([]);
        expect(doc.events.length).to.equal(list.length);
        checkDocument(doc, list.length);
        for (const event of doc.events) {
          const given = list[event.index];
          expect([event.from, event.to], JSON.stringify(given.raw)).to.deep.equal([given.from, given.to]);
          expect(event.openEnd).to.equal(given.raw.end === '..');
          expect(event.id).to.equal(typeof given.raw.id === 'string' ? given.raw.id.trim() : `event-${event.index + 1}`);
        }
      }),
      RUNS,
    );
  });

  it('parseEventsDocument() keeps every event of a duplicate id, renamed, and names each duplicate', () => {
    const withIds = fc.array(fc.tuple(validEvent, fc.constantFrom('a', 'a-2', 'b', 'event-1')), { maxLength: 12 });
    fc.assert(
      fc.property(withIds, (list) => {
        const doc = parseEventsDocument(list.map(([event, id]) => ({ ...event.raw, id })));
        checkDocument(doc, list.length);
        expect(doc.events.length).to.equal(list.length);
        const renamed = doc.events.filter((event) => event.id !== list[event.index][1]);
        const named = doc.problems.filter((problem) => problem.code === 'id-duplicate');
        const namedIndexes = named.flatMap((problem) => problem.indexes ?? [problem.index]);
        expect(namedIndexes.sort()).to.deep.equal(renamed.map((event) => event.index).sort());
        expect(named.every((problem) => problem.severity === 'warning' && problem.field === 'id')).to.equal(true);
      }),
      RUNS,
    );
  });
});
