import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { indexEvents } from '../../src/model/event-index.js';
import { overlapping } from '../../src/model/interval-index.js';
import { pickInView, type RowsAt } from '../../src/model/list-pick.js';

/** Point events at `froms` (ascending), and rows from each event's row. */
function data(froms: number[], rowOf: number[], rowCount: number): { index: ReturnType<typeof indexEvents>; rows: RowsAt } {
  const index = indexEvents(froms.map((from) => ({ from, to: from })));
  const places = Array.from({ length: rowCount }, (_, row) => Int32Array.from(rowOf.flatMap((r, i) => (r === row ? [i] : []))));
  return { index, rows: { rowAt: Int32Array.from(rowOf), places } };
}

describe('pickInView()', () => {
  it('past the limit, without rows: the first in time order', () => {
    const { index } = data(Array.from({ length: 10 }, (_, i) => i), Array(10).fill(0), 1);
    expect(pickInView(index, { start: 2, end: 100 }, 3)).to.deep.equal([2, 3, 4]);
  });

  it('past the limit, with rows: every row has its share, a row whose events come last included, in time order', () => {
    // Rows 0 and 1 hold the first 300 events, row 2 the last 10: the first 200 in time would leave row 2 out.
    const rowOf = [...Array.from({ length: 300 }, (_, i) => i % 2), ...Array(10).fill(2)];
    const { index, rows } = data(rowOf.map((_, i) => i), rowOf, 3);
    const picked = pickInView(index, { start: 0, end: 1000 }, 200, rows);
    expect(picked).to.have.length(200);
    expect(picked).to.deep.equal([...picked].sort((a, b) => a - b));
    expect(picked.filter((i) => rowOf[i] === 2)).to.deep.equal([300, 301, 302, 303, 304, 305, 306, 307, 308, 309]);
    expect(picked.filter((i) => rowOf[i] === 0)).to.have.length(95);
  });

  it('picks only events in view, each once, as many as the limit allows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 4 })), { maxLength: 300 }),
        fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 60 }),
        (pairs, start, length, limit) => {
          const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
          const { index, rows } = data(sorted.map(([from]) => from), sorted.map(([, row]) => row), 5);
          const view = { start, end: start + length };
          const { before, from, end } = overlapping(index, view);
          const inView = new Set([...before, ...Array.from({ length: end - from }, (_, k) => from + k)]);
          for (const picked of [pickInView(index, view, limit, rows), pickInView(index, view, limit)]) {
            expect(new Set(picked).size).to.equal(picked.length);
            expect(picked.every((i) => inView.has(i))).to.equal(true);
            expect(picked.length).to.equal(Math.min(limit, inView.size));
            expect(picked).to.deep.equal([...picked].sort((a, b) => a - b));
          }
        },
      ),
    );
  });
});
