import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEventsDocument, parseEventsDocumentSteps } from '../../src/model/parse.js';
import { sortSteps } from '../../src/model/sort-steps.js';

/** Runs steps to their end, counting the pauses. */
function run<T>(steps: Generator<number, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

describe('sortSteps()', () => {
  it('sortSteps() sorts as Array.sort does, stably, whatever the size of its runs', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), at: fc.nat() }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (items, every) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const list = [...items];
        run(sortSteps(list, byKey, every, 0));
        expect(list).to.deep.equal([...items].sort(byKey));
      }),
    );
  });

  it('sortSteps() pauses while it sorts a list longer than its runs, and not at all with every = Infinity', () => {
    const list = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    expect(run(sortSteps([...list], (a, b) => a - b, 100, 0)).pauses).to.be.above(10);
    expect(run(sortSteps([...list], (a, b) => a - b, Infinity, 0)).pauses).to.equal(0);
  });
});

describe('parseEventsDocumentSteps()', () => {
  it('parseEventsDocumentSteps() reads in steps what parseEventsDocument() reads at once, problems included', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: i % 97 === 0 ? 'same' : `e${i}`, start: `19${String((i * 37) % 100).padStart(2, '0')}`, title: i === 250 ? undefined : `Event ${i}` }));
    const document = { title: 'Steps', events: items };
    const { value, pauses } = run(parseEventsDocumentSteps(document, {}, 16));
    expect(pauses).to.be.above(30);
    expect(value).to.deep.equal(parseEventsDocument(document));
    expect(value.problems.map((problem) => problem.code)).to.include.members(['title-missing', 'id-duplicate']);
  });
});
