import { expect } from '@open-wc/testing';
import { layoutChart } from '../../src/layout/chart-layout.js';
import { CHART, barThickness, clusterSlice, densityBars, fullBar, markExtent, markShape } from '../../src/layout/marks.js';
import { isPoint } from '../../src/model/date-kind.js';
import { timeScale } from '../../src/layout/scale.js';
import { layoutVertical } from '../../src/layout/vertical-layout.js';
import { calendarFormatter } from '../../src/time/calendar.js';
import { markOf, measure } from '../helpers/layout.js';
import { events } from '../helpers/model.js';
const YEAR_2016: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)];
const common = { domain: YEAR_2016, calendar: calendarFormatter('en'), labelOf: () => 'Long war', measure };

describe('isPoint()', () => {
  it('isPoint() is true for an exact day or time, false for ranges, open ends and imprecise dates', () => {
    const [day, time, month, range, open] = events([
      { id: 'a', start: '2016-12-15' },
      { id: 'b', start: '2016-12-15T10:00:00Z' },
      { id: 'c', start: '2016-12' },
      { id: 'd', start: '2016-12-01', end: '2016-12-20' },
      { id: 'e', start: '2016-12-01', end: '..' },
    ]).sort((x, y) => x.id.localeCompare(y.id));
    expect([day, time, month, range, open].map(isPoint)).to.deep.equal([true, true, false, false, false]);
  });
});

describe('markExtent()', () => {
  const scale = timeScale(YEAR_2016, 1).range([12, 372]);

  it('markExtent() puts a day\'s point at the start of its day, where its tick is', () => {
    const [event] = events([{ start: '2016-07-01' }]);
    const extent = markExtent(event, scale, [0, 384], 372);
    expect(extent.kind).to.equal('point');
    expect(extent.t0).to.equal(extent.t1);
    expect(extent.t0).to.be.closeTo(scale(Date.UTC(2016, 6, 1)), 1e-9);
  });

  it('markExtent() cuts a span that reaches past the view at the edges', () => {
    const [event] = events([{ start: '1990', end: '2020' }]);
    expect(markExtent(event, scale, [0, 384], 372)).to.deep.equal({ kind: 'span', t0: 0, t1: 384 });
  });

  it('markExtent() runs an open end to the end of the axis, and keeps a short span at least minBarWidth long', () => {
    const [open, short] = events([
      { id: 'open', start: '2016-03-01', end: '..' },
      { id: 'short', start: '2016-05-01', end: '2016-05-02' },
    ]);
    expect(markExtent(open, scale, [0, 384], 372).t1).to.equal(372);
    const extent = markExtent(short, scale, [0, 384], 372);
    expect(extent.t1 - extent.t0).to.equal(CHART.minBarWidth);
  });
});

describe('markShape(), clusterSlice() and densityBars()', () => {
  it('markShape() lays a bar along the time axis in either orientation', () => {
    const extent = { kind: 'span' as const, t0: 20, t1: 80 };
    expect(markShape(extent, 100, 'horizontal', 10)).to.deep.equal({ type: 'rect', x: 20, y: 95, width: 60, height: 10 });
    expect(markShape(extent, 100, 'vertical', 10)).to.deep.equal({ type: 'rect', x: 95, y: 20, width: 10, height: 60 });
    expect(markShape({ kind: 'point', t0: 40, t1: 40 }, 9, 'vertical')).to.deep.equal({ type: 'circle', cx: 9, cy: 40, r: CHART.pointRadius });
  });

  it('clusterSlice() keeps a pixel free at each end, and is at least 4 px long', () => {
    const scale = timeScale([0, 100], 1).range([0, 100]);
    const cluster = { id: 'c', first: 0, end: 2, count: 2, from: 10, to: 40, firstStart: 10, lastStart: 30 };
    expect(clusterSlice(cluster, scale)).to.deep.equal([11, 39]);
    expect(clusterSlice({ ...cluster, from: 10.3 }, scale)).to.deep.equal([11.296875, 39]);
    expect(clusterSlice({ ...cluster, to: 11 }, scale)).to.deep.equal([11, 15]);
  });

  it('clusterSlice() stops the first and last slices where the data does: no bar over a time that holds no event', () => {
    const scale = timeScale([0, 100], 1).range([0, 100]);
    const cluster = { id: 'c', first: 0, end: 2, count: 2, from: 10, to: 40, firstStart: 25, lastStart: 30 };
    // Yearly data from 1900 in a slice that began in 1896: the bar begins with the data.
    expect(clusterSlice(cluster, scale, [25, 90])).to.deep.equal([26, 39]);
    expect(clusterSlice(cluster, scale, [0, 32])).to.deep.equal([11, 31]);
    // Slices within the data are as they were; a sliver still gets its 4 px.
    expect(clusterSlice(cluster, scale, [0, 90])).to.deep.equal(clusterSlice(cluster, scale));
    expect(clusterSlice(cluster, scale, [38, 90])).to.deep.equal([39, 43]);
    // densityBars() draws the bar, its hit box and its count over that.
    const [bar] = densityBars([cluster], scale, 6, 40, CHART.clusterHeight, [25, 90]);
    expect([bar.shape.x, bar.shape.x + bar.shape.width]).to.deep.equal([26, 39]);
    expect(bar.hit.x).to.equal(26);
    expect(bar.labelX).to.equal(32.5);
  });

  it('densityBars() stands each bar on the row\'s floor, as tall as its count makes it: the full height is the largest count rounded up to a step, none under 3px', () => {
    const scale = timeScale([0, 100], 1).range([0, 100]);
    const counts = [805, 400, 2];
    const clusters = counts.map((count, i) => ({ id: `c${i}`, first: 0, end: count, count, from: i * 30, to: i * 30 + 30, firstStart: i * 30, lastStart: i * 30 + 29 }));
    const bars = densityBars(clusters, scale, 6, 40);
    // 805 is rounded up to 1,000 (steps of 1, 1.5, 2, 3, 4, 5, 7.5 × 10ⁿ).
    expect(bars.map((bar) => bar.shape.height)).to.deep.equal([(CHART.clusterHeight * 805) / 1000, (CHART.clusterHeight * 400) / 1000, 3]);
    for (const bar of bars) {
      expect(bar.shape.y + bar.shape.height).to.equal(46);
      expect(bar.hit).to.deep.equal({ x: bar.shape.x, y: 6, width: bar.shape.width, height: 40 });
      expect(bar.labelY).to.be.below(bar.shape.y);
    }
    expect(barThickness(2, 805, 20)).to.equal(3);
    expect(barThickness(750, 750, 20)).to.equal(20);
  });

  it('fullBar() rounds the largest count up to 1, 1.5, 2, 3, 4, 5 or 7.5 × 10ⁿ, so the largest bar fills two thirds of the room or more', () => {
    expect([0, 1, 2, 3, 4, 6, 8, 11, 16, 29, 31, 41, 74, 76, 805, 1000, 1001, 7_600].map(fullBar)).to.deep.equal([1, 1, 2, 3, 4, 7.5, 10, 15, 20, 30, 40, 50, 75, 100, 1000, 1000, 1500, 10_000]);
    for (let largest = 2; largest < 5000; largest += 7) {
      expect(largest / fullBar(largest)).to.be.within(2 / 3, 1);
    }
  });

  it('clusterSlice() keeps a slice\'s length as the view pans, to the last digit', () => {
    const lengths = new Set<number>();
    for (let shift = 0; shift < 200; shift++) {
      const scale = timeScale([1e12 + shift * 123_457, 1e12 + shift * 123_457 + 1e9], 1).range([12, 1188]);
      const [t0, t1] = clusterSlice({ id: 'c', first: 0, end: 2, count: 2, from: 1e12 + 2 ** 25, to: 1e12 + 2 ** 26, firstStart: 0, lastStart: 0 }, scale);
      lengths.add(t1 - t0);
    }
    expect([...lengths]).to.have.length(1);
  });
});

describe('both layouts clamp ranges to the chart', () => {
  const war = events([{ id: 'war', start: '1990', end: '2020' }]);

  it('layoutVertical() draws a range of decades viewed over one year within the chart, not thousands of px beyond it', () => {
    // Before the shared marks module, this bar started at y = -9,332 px and was 11,145 px long.
    const chart = layoutVertical({ ...common, events: war, width: 384, length: 360 });
    const { shape } = markOf(chart, 'war');
    if (shape.type !== 'rect') throw new Error('a range is a bar');
    expect(shape.y).to.equal(0);
    expect(shape.y + shape.height).to.equal(360 + 2 * CHART.padding);
    expect(shape.y + shape.height).to.be.at.most(chart.height);
  });

  it('layoutChart() does the same across the width', () => {
    const chart = layoutChart({ ...common, events: war, width: 384 });
    const { shape } = markOf(chart, 'war');
    if (shape.type !== 'rect') throw new Error('a range is a bar');
    expect([shape.x, shape.x + shape.width]).to.deep.equal([0, 384]);
  });
});
