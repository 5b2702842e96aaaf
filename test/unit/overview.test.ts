import { expect } from '@open-wc/testing';
import { densityBins, panBy, resizeTo, sliderKey, timeAt, windowOf } from '../../src/layout/overview.js';
import type { TimeView } from '../../src/layout/view.js';

const EXTENT: TimeView = { start: 0, end: 1000 };
const index = (spans: [number, number][]) => ({ froms: Float64Array.from(spans, ([from]) => from), tos: Float64Array.from(spans, ([, to]) => to) });

describe('densityBins()', () => {
  it('densityBins() counts each event in the slice it falls in', () => {
    expect([...densityBins(index([[10, 10], [20, 21], [950, 951], [999, 1000]]), EXTENT, 4)]).to.deep.equal([2, 0, 0, 2]);
  });

  it('densityBins() counts a range in every slice it covers, and not in the one its end only touches', () => {
    expect([...densityBins(index([[100, 500]]), EXTENT, 4)]).to.deep.equal([1, 1, 0, 0]);
  });

  it('densityBins() keeps events outside the extent in the first and last slices, and counts nothing over an empty extent', () => {
    expect([...densityBins(index([[-50, -40], [2000, 2001]]), EXTENT, 4)]).to.deep.equal([1, 0, 0, 1]);
    expect([...densityBins(index([[5, 6]]), { start: 5, end: 5 }, 3)]).to.deep.equal([0, 0, 0]);
  });
});

describe('windowOf() and timeAt()', () => {
  it('windowOf() gives the view as fractions of the extent, kept within 0..1', () => {
    expect(windowOf({ start: 250, end: 500 }, EXTENT)).to.deep.equal({ from: 0.25, to: 0.5 });
    expect(windowOf({ start: -100, end: 1200 }, EXTENT)).to.deep.equal({ from: 0, to: 1 });
  });

  it('timeAt() is the instant at a fraction of the extent', () => {
    expect(timeAt(0.3, { start: 1000, end: 2000 })).to.equal(1300);
  });
});

describe('panBy() and resizeTo()', () => {
  it('panBy() moves the view by a fraction of the extent, its span kept', () => {
    expect(panBy({ start: 100, end: 300 }, 0.1, EXTENT)).to.deep.equal({ start: 200, end: 400 });
    expect(panBy({ start: 100, end: 300 }, -0.05, EXTENT)).to.deep.equal({ start: 50, end: 250 });
  });

  it('resizeTo() moves one edge to a fraction of the extent and keeps the other, never past it', () => {
    expect(resizeTo({ start: 100, end: 300 }, 'end', 0.6, EXTENT)).to.deep.equal({ start: 100, end: 600 });
    expect(resizeTo({ start: 100, end: 300 }, 'start', 0.05, EXTENT)).to.deep.equal({ start: 50, end: 300 });
    expect(resizeTo({ start: 100, end: 300 }, 'start', 0.5, EXTENT)).to.deep.equal({ start: 300, end: 300 });
    expect(resizeTo({ start: 100, end: 300 }, 'end', 1.5, EXTENT)).to.deep.equal({ start: 100, end: 1000 });
  });
});

describe('sliderKey()', () => {
  const view = { start: 400, end: 600 };
  it('sliderKey() moves a tenth of the span by arrow, a whole span by page, to the ends by Home and End', () => {
    expect(sliderKey('ArrowRight', view, EXTENT)).to.deep.equal({ start: 420, end: 620 });
    expect(sliderKey('ArrowDown', view, EXTENT)).to.deep.equal({ start: 380, end: 580 });
    expect(sliderKey('PageUp', view, EXTENT)).to.deep.equal({ start: 600, end: 800 });
    expect(sliderKey('PageDown', view, EXTENT)).to.deep.equal({ start: 200, end: 400 });
    expect(sliderKey('Home', view, EXTENT)).to.deep.equal({ start: 0, end: 200 });
    expect(sliderKey('End', view, EXTENT)).to.deep.equal({ start: 800, end: 1000 });
    expect(sliderKey('a', view, EXTENT)).to.equal(undefined);
  });

  it('sliderKey() mirrors the left and right arrows right to left, where time runs leftward', () => {
    expect(sliderKey('ArrowRight', view, EXTENT, true)).to.deep.equal({ start: 380, end: 580 });
    expect(sliderKey('ArrowLeft', view, EXTENT, true)).to.deep.equal({ start: 420, end: 620 });
    expect(sliderKey('ArrowUp', view, EXTENT, true)).to.deep.equal({ start: 420, end: 620 });
  });
});
