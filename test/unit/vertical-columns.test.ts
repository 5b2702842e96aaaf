import { expect } from '@open-wc/testing';
import { CHART } from '../../src/layout/marks.js';
import { MAX_POINT_COLUMNS, assignColumns, type ColumnMark } from '../../src/layout/vertical-columns.js';

const point = (index: number, at: number): ColumnMark => ({ event: { index }, kind: 'point', t0: at, t1: at, column: -1 });
const span = (index: number, t0: number, t1: number): ColumnMark => ({ event: { index }, kind: 'span', t0, t1, column: -1 });

describe('assignColumns() (the vertical chart)', () => {
  it('keeps points apart on the axis, puts one that would cover another beside it, up to the most columns of points', () => {
    const marks = [point(0, 100), point(1, 100 + CHART.pointRadius), point(2, 100), point(3, 101), point(4, 100), point(5, 200)];
    const columns = assignColumns(marks, 2);
    // In time order: the three at 100 take the three columns; 101 and 105 would cover them all and stay on the axis.
    expect(marks.map((mark) => mark.column)).to.deep.equal([0, 0, 1, 0, 2, 0]);
    expect(columns).to.equal(MAX_POINT_COLUMNS);
  });

  it('puts a span in the first column it passes nothing in, the axis only where it passes no point', () => {
    const marks = [point(0, 100), span(1, 50, 150), span(2, 160, 300), span(3, 10, 40), span(4, 60, 90)];
    const columns = assignColumns(marks, 2);
    // 50-150 passes the point; 60-90 ends short of it, beside 10-40.
    expect(marks.map((mark) => mark.column)).to.deep.equal([0, 1, 0, 0, 0]);
    expect(columns).to.equal(2);
  });
});
