import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addEvents, removeEvents, updateEvents } from '../../src/model/changes.js';
import { derive, type DerivedData } from '../../src/model/derive.js';
import { parseEventsDocument } from '../../src/model/parse.js';

const RUNS = { seed: 15, numRuns: 150 };

const raw = (id: string, start: string, extra: Record<string, unknown> = {}) => ({ id, start, title: `Event ${id}`, ...extra });
const ids = (derived: DerivedData) => derived.document.events.map((event) => event.id);

/** What a change must leave: the same as reading the resulting events from scratch. */
function expectConsistent(derived: DerivedData): void {
  const events = derived.document.events;
  const fresh = derive({ ...derived.document, events: events.slice() });
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1], events[i]];
    expect(a.from < b.from || (a.from === b.from && (a.to < b.to || (a.to === b.to && a.index < b.index))), `${a.id} before ${b.id}`).to.equal(true);
  }
  expect([...derived.index.froms]).to.deep.equal([...fresh.index.froms]);
  expect([...derived.index.tos]).to.deep.equal([...fresh.index.tos]);
  expect(derived.index.latestTo).to.equal(fresh.index.latestTo);
  expect([...derived.index.ranged], 'ranges and single dates').to.deep.equal([...fresh.index.ranged]);
  events.forEach((event, i) => expect(derived.positions.get(event.id)).to.equal(i));
  expect(derived.byId.size).to.equal(events.length);
  expect(new Set(derived.usedCategories)).to.deep.equal(new Set(fresh.usedCategories));
  expect([...derived.colors.values()].map((style) => [style.id, style.count]).sort()).to.deep.equal([...fresh.colors.values()].map((style) => [style.id, style.count]).sort());
}

describe('changes: addEvents(), updateEvents(), removeEvents()', () => {
  const base = () => derive(parseEventsDocument({ events: [raw('a', '2001'), raw('c', '2003', { category: 'x' }), raw('e', '2005')] }));

  it('addEvents() places new events in time order and keeps the data set (its lineage)', () => {
    const before = base();
    const { derived, added, problems } = addEvents(before, [raw('d', '2004'), raw('b', '2002', { category: 'y' })]);
    expect(ids(derived)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(added).to.deep.equal(['b', 'd']);
    expect(problems).to.deep.equal([]);
    expect(derived.lineage).to.equal(before.lineage);
    expectConsistent(derived);
  });

  it('addEvents() names the invalid events as problems, counted after the data read before, and adds the rest', () => {
    const { derived, added, problems } = addEvents(base(), [raw('f', '2006'), { id: 'g', title: 'No date' }]);
    expect(added).to.deep.equal(['f']);
    expect(problems.map((p) => [p.code, p.index, p.id])).to.deep.equal([['start-missing', 4, 'g']]);
    expect(derived.document.problems).to.deep.equal(problems);
  });

  it('addEvents() renames an id already shown, and keeps a link to an event shown before', () => {
    const { derived, added, problems } = addEvents(base(), [raw('a', '2010', { related: ['c'] })]);
    expect(added).to.deep.equal(['a-2']);
    expect(problems.map((p) => [p.code, p.detail])).to.deep.equal([['id-duplicate', 'a-2']]);
    expect(derived.related.get('c')?.map((r) => [r.event.id, r.direction])).to.deep.equal([['a-2', 'previous']]);
  });

  it('updateEvents() replaces events by id and moves them in time; an unknown id is a problem', () => {
    const { derived, updated, problems } = updateEvents(base(), [raw('a', '2009', { title: 'Moved' }), raw('zz', '2000')]);
    expect(ids(derived)).to.deep.equal(['c', 'e', 'a']);
    expect(derived.byId.get('a')?.title).to.deep.equal({ '*': 'Moved' });
    expect(updated).to.deep.equal(['a']);
    expect(problems.map((p) => [p.code, p.id])).to.deep.equal([['update-unknown', 'zz']]);
    expectConsistent(derived);
  });

  it('removeEvents() takes events out by id and ignores unknown ids', () => {
    const { derived, removed } = removeEvents(base(), ['c', 'nope', 'c']);
    expect(ids(derived)).to.deep.equal(['a', 'e']);
    expect(removed).to.deep.equal(['c']);
    expect([...derived.usedCategories]).to.deep.equal([undefined]);
    expectConsistent(derived);
  });

  it('many events added at once (merged from the end) go among equal starts in time order, then source order', () => {
    // Ten days only: most starts are shared, so the order among equal starts (end, then source order) decides.
    const day = (i: number) => `2000-01-${String(1 + (i % 10)).padStart(2, '0')}`;
    const end = (i: number) => (i % 3 ? { end: `2000-02-${String(1 + (i % 7)).padStart(2, '0')}` } : {});
    let derived = derive(parseEventsDocument(Array.from({ length: 150 }, (_, i) => raw(`a${i}`, day(i * 7), end(i)))));
    derived = addEvents(derived, Array.from({ length: 300 }, (_, i) => raw(`b${i}`, day(i * 3), end(i + 1)))).derived;
    expect(derived.document.events).to.have.length(450);
    expectConsistent(derived);
    derived = updateEvents(derived, Array.from({ length: 100 }, (_, i) => raw(`a${i}`, day(i), end(i + 2)))).derived;
    expectConsistent(derived);
  });

  it('any sequence of changes leaves the same order, positions and index as reading the result from scratch', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const event = fc.record({ id: fc.integer({ min: 0, max: 60 }).map(String), start: day, length: fc.integer({ min: 0, max: 60 }), category: fc.constantFrom(undefined, 'x', 'y') });
    const toRaw = ({ id, start, length, category }: { id: string; start: string; length: number; category?: string }) =>
      raw(id, start, { ...(length ? { end: new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10) } : {}), ...(category ? { category } : {}) });
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), events: fc.array(event, { maxLength: 80 }) }),
      fc.record({ kind: fc.constant('update' as const), events: fc.array(event, { maxLength: 50 }) }),
      fc.record({ kind: fc.constant('remove' as const), ids: fc.array(fc.integer({ min: 0, max: 40 }).map(String), { maxLength: 70 }) }),
    // Up to 61 ids: an update of many replaces more than 64 events at once, the merge's other path.
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), fc.array(step, { maxLength: 6 }), (initial, steps) => {
        let derived = derive(parseEventsDocument(initial.map(toRaw)));
        for (const s of steps) {
          if (s.kind === 'add') derived = addEvents(derived, s.events.map(toRaw)).derived;
          else if (s.kind === 'update') derived = updateEvents(derived, s.events.map(toRaw)).derived;
          else derived = removeEvents(derived, s.ids).derived;
        }
        expectConsistent(derived);
      }),
      RUNS,
    );
  });
});
