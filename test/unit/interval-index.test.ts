import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { EventIndex } from '../../src/model/event-index.js';
import { countOverlapping, endingFrom, firstReaching, overlapping } from '../../src/model/interval-index.js';

/** An index as event-index.ts makes it, from spans sorted by start. */
function indexOf(spans: [number, number][]): EventIndex {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    froms: Float64Array.from(sorted, ([from]) => from),
    tos: Float64Array.from(sorted, ([, to]) => to),
    latestTo: Math.max(-Infinity, ...sorted.map(([, to]) => to)),
    ranged: Uint8Array.from(sorted, ([from, to]) => (to > from ? 1 : 0)),
  };
}

/** The brute-force answer: every event whose span meets the view, in index order. */
function bruteForce(index: EventIndex, view: { start: number; end: number }): number[] {
  const found: number[] = [];
  for (let i = 0; i < index.froms.length; i++) if (index.tos[i] >= view.start && index.froms[i] <= view.end) found.push(i);
  return found;
}

const span = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 10_000 }))).map(([from, length]): [number, number] => [from, from + length]);
const view = fc.tuple(fc.integer({ min: -100, max: 10_100 }), fc.integer({ min: 0, max: 3000 })).map(([start, length]) => ({ start, end: start + length }));

describe('interval index', () => {
  it('firstReaching() finds the first event that ends at or after a time, as a scan does, over blocks and past the last', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 300 }), fc.integer({ min: -100, max: 20_100 }), (spans, at) => {
        const index = indexOf(spans);
        let expected = 0;
        while (expected < index.tos.length && index.tos[expected] < at) expected++;
        expect(firstReaching(index, at)).to.equal(expected);
      }),
    );
    // One long event first: every event after it is still found from the first.
    const long = indexOf([[0, 10_000], ...Array.from({ length: 100 }, (_, i): [number, number] => [i + 1, i + 1])]);
    expect(firstReaching(long, 5_000)).to.equal(0);
    expect(firstReaching(indexOf([]), 0)).to.equal(0);
  });

  it('overlapping() finds exactly the events a brute-force scan finds, whatever the mix of points and long ranges', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 400 }), view, (spans, v) => {
        const index = indexOf(spans);
        const { before, from, end } = overlapping(index, v);
        const found = [...before, ...Array.from({ length: end - from }, (_, i) => from + i)];
        expect(found).to.deep.equal(bruteForce(index, v));
        expect(countOverlapping(index, v)).to.equal(found.length);
      }),
      { seed: 15, numRuns: 400 },
    );
  });

  it('endingFrom() stops at the limit and visits in ascending order', () => {
    const index = indexOf([[0, 100], [1, 2], [3, 50], [4, 5], [6, 60]]);
    const seen: number[] = [];
    endingFrom(index, 40, 4, (i) => seen.push(i));
    expect(seen).to.deep.equal([0, 2]);
  });

  it('overlapping() of an empty index is empty', () => {
    expect(overlapping(indexOf([]), { start: 0, end: 10 })).to.deep.equal({ before: [], from: 0, end: 0 });
  });

  it('a long event at the start of the data is found without the short ones that ended before the view', () => {
    const spans: [number, number][] = [[0, 1_000_000], ...Array.from({ length: 5000 }, (_, i): [number, number] => [i + 1, i + 2])];
    const { before, from, end } = overlapping(indexOf(spans), { start: 900_000, end: 900_010 });
    expect([before, end - from]).to.deep.equal([[0], 0]);
  });
});
