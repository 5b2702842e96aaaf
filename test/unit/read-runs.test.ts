import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addRead, finishRuns } from '../../src/model/changes.js';
import { derive } from '../../src/model/derive.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { ownRuns } from '../../src/model/read-runs.js';

/** Reads `value` in runs of the sizes given (in turn), merging each into what is shown as large-read.ts does. */
function readInRuns(value: unknown, sizes: number[], worker = false) {
  const runs = ownRuns(value)!;
  let derived = derive(runs.shell);
  let shown: string[][] = [];
  for (let i = 0; runs.read < runs.total; i++) {
    const events = runs.next(runs.read + sizes[i % sizes.length]);
    // The worker sends copies: what it finds out at the end reaches the page's own events by id.
    derived = addRead(derived, worker ? structuredClone(events) : events);
    shown.push(derived.document.events.map((event) => event.id));
  }
  const end = worker ? structuredClone(runs.finish()) : runs.finish();
  return { derived: finishRuns(derived, end), shown };
}

const same = (a: unknown) => JSON.stringify(a);

describe('read-runs: a large list read a run at a time', () => {
  const value = {
    title: 'Runs',
    categories: { war: { label: 'War', color: '#c00' } },
    groups: { navy: { label: 'Navy' } },
    story: ['b', 'nobody', 'a'],
    events: [
      { id: 'a', start: '2001-05', title: 'A', related: ['b', 'z'] },
      { id: 'b', start: '1999', title: 'B', group: 'navy' },
      { id: 'a', start: '2003', title: 'A again' },
      { start: '2002' },
      { id: 'a', start: '2004', title: 'A thrice', related: [{ id: 'a-2' }, { id: 'gone' }] },
      'not an event',
      { id: 'c', start: '2000', end: '1990', title: 'Backwards' },
      { id: 'd', start: '1999', title: 'D', category: 'war' },
    ],
  };

  it('gives the events, problems, story and links that reading at once gives, whatever the runs', () => {
    const whole = parseEventsDocument(value);
    for (const sizes of [[1], [2, 3], [8], [5, 1]]) {
      for (const worker of [false, true]) {
        const { derived } = readInRuns(value, sizes, worker);
        expect(same(derived.document.events), `runs ${sizes} ${worker ? 'in a worker' : ''}`).to.equal(same(whole.events));
        expect(same(derived.document.problems)).to.equal(same(whole.problems));
        expect(derived.document.story).to.deep.equal(['b', 'a']);
        expect(derived.document.title).to.deep.equal(whole.title);
        expect(derived.document.groups).to.deep.equal(whole.groups);
        // The third "a" was renamed a-3 and its link to the second (a-2) kept; "gone" and "z" left out.
        expect(derived.byId.get('a-3')!.related!.map((relation) => relation.id)).to.deep.equal(['a-2']);
        const links = (related: typeof derived.related) => [...related].map(([id, list]) => [id, list.map((link) => `${link.direction} ${link.event.id}`)]);
        expect(links(derived.related), 'the index of links').to.deep.equal(links(derive(whole).related));
      }
    }
    expect(whole.problems.map((problem) => problem.code)).to.include.members(['id-duplicate', 'title-missing', 'event-not-object', 'end-before-start', 'related-unknown']);
  });

  it('shows every run as it is read: the events so far, in time order', () => {
    const { shown } = readInRuns(value, [3]);
    expect(shown).to.deep.equal([
      ['b', 'a', 'a-2'],
      ['b', 'a', 'a-2', 'a-3'],
      // d and b are both the year 1999: in the order given.
      ['b', 'd', 'a', 'a-2', 'a-3'],
    ]);
  });

  it('the document around the events is there before the first run', () => {
    const runs = ownRuns(value)!;
    expect(runs.shell.title).to.deep.equal({ '*': 'Runs' });
    expect(runs.shell.categories.map((category) => category.id)).to.deep.equal(['war']);
    expect(runs.shell.groups?.map((group) => group.id)).to.deep.equal(['navy']);
    expect(runs.shell.events).to.deep.equal([]);
    expect(ownRuns('text')).to.equal(undefined);
    expect(ownRuns({ events: 'x' })).to.equal(undefined);
  });

  it('property: any list read in any runs is what reading it at once gives', () => {
    const date = fc.oneof(fc.integer({ min: 1900, max: 2020 }).map(String), fc.constantFrom('2001-02', '2001-02-03', '1999~', 'x', ''));
    const record = fc.record(
      { id: fc.constantFrom('a', 'b', 'a-2', 'c', 7), start: date, end: fc.constantFrom(undefined, '2021', '1800'), title: fc.constantFrom('T', '', undefined), related: fc.constantFrom(undefined, ['a'], ['q', 'b']) },
      { requiredKeys: ['start'] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(record, fc.constant(null)), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), fc.boolean(), (events, sizes, worker) => {
        const whole = parseEventsDocument({ events });
        const { derived } = readInRuns({ events }, sizes, worker);
        expect(same(derived.document.events)).to.equal(same(whole.events));
        expect(same(derived.document.problems)).to.equal(same(whole.problems));
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});
