import { expect } from '@open-wc/testing';
import { layoutChart } from '../../src/layout/chart-layout.js';
import type { ChartLayout, MarkLayout, Segment } from '../../src/layout/geometry.js';
import { mirrorLayout } from '../../src/layout/mirror.js';
import { layoutVertical } from '../../src/layout/vertical-layout.js';
import { chooseText } from '../../src/model/text.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { calendarFormatter } from '../../src/time/calendar.js';
import { measure } from '../helpers/layout.js';
import { events } from '../helpers/model.js';

const DOMAIN: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1)];

const LIST = events([
  { id: 'day', start: '2016-03-15', title: 'Arrest in Minsk' },
  { id: 'same', start: '2016-03-15', title: 'Visit to Baku' },
  { id: 'year', start: '2017', title: 'A year of talks' },
  { id: 'range', start: '2016-11-02', end: '2017-02-20', title: 'Trial' },
  { id: 'late', start: '2017-12-30', title: 'A label that has to end at the right edge' },
]);

const common = {
  events: LIST,
  domain: DOMAIN,
  calendar: calendarFormatter('en'),
  labelOf: (event: TimelineEvent) => chooseText(event.title, 'en')!.text,
  measure,
};
const horizontal = () => layoutChart({ ...common, width: 900 });
const vertical = () => layoutVertical({ ...common, width: 360, length: 800 });

/** Floats rounded, so that width - (width - x) compares equal to x. */
function rounded<T>(value: T): T {
  if (typeof value === 'number') return (Math.round(value * 1e6) / 1e6 + 0) as T;
  if (Array.isArray(value)) return value.map(rounded) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rounded(inner)])) as T;
  }
  return value;
}

function expectSegmentMirrored(mirrored: Segment, original: Segment, width: number) {
  expect(mirrored.x1).to.be.closeTo(width - original.x1, 1e-9);
  expect(mirrored.x2).to.be.closeTo(width - original.x2, 1e-9);
  expect([mirrored.y1, mirrored.y2]).to.deep.equal([original.y1, original.y2]);
}

function expectMarkMirrored(mirrored: MarkLayout, original: MarkLayout, width: number) {
  expect(mirrored.event).to.equal(original.event);
  expect(mirrored.labelX).to.be.closeTo(width - original.labelX, 1e-9);
  expect(mirrored.labelY).to.equal(original.labelY);
  expect(mirrored.labelAnchor).to.equal(original.labelAnchor === 'start' ? 'end' : 'start');
  const [a, b] = [mirrored.shape, original.shape];
  if (a.type === 'circle' && b.type === 'circle') {
    expect(a.cx).to.be.closeTo(width - b.cx, 1e-9);
    expect([a.cy, a.r]).to.deep.equal([b.cy, b.r]);
  } else if (a.type === 'rect' && b.type === 'rect') {
    expect(a.x).to.be.closeTo(width - b.x - b.width, 1e-9);
    expect([a.y, a.width, a.height]).to.deep.equal([b.y, b.width, b.height]);
  } else {
    throw new Error('mirroring changed a shape');
  }
  expect(Boolean(mirrored.leader)).to.equal(Boolean(original.leader));
  if (mirrored.leader && original.leader) expectSegmentMirrored(mirrored.leader, original.leader, width);
}

describe('mirrorLayout()', () => {
  it('mirrorLayout() maps every x of a horizontal chart to width - x and swaps the label anchors', () => {
    const chart = horizontal();
    const mirrored = mirrorLayout(chart);
    expect(mirrored.orientation).to.equal('horizontal');
    expect([mirrored.width, mirrored.height]).to.deep.equal([chart.width, chart.height]);
    chart.marks.forEach((mark, i) => expectMarkMirrored(mirrored.marks[i], mark, chart.width));
    expectSegmentMirrored(mirrored.axis, chart.axis, chart.width);
  });

  it('mirrorLayout() runs time from the right, keeping t0 <= t1', () => {
    const chart = horizontal();
    const mirrored = mirrorLayout(chart);
    chart.marks.forEach((mark, i) => {
      expect(mirrored.marks[i].t0).to.be.closeTo(chart.width - mark.t1, 1e-9);
      expect(mirrored.marks[i].t1).to.be.closeTo(chart.width - mark.t0, 1e-9);
      expect(mirrored.marks[i].t0).to.be.at.most(mirrored.marks[i].t1);
    });
    const ats = mirrored.ticks.map((tick) => tick.x);
    expect(ats).to.deep.equal([...ats].sort((a, b) => b - a));
  });

  it('mirrorLayout() mirrors the ticks, swapping start and end and keeping middle', () => {
    const chart = horizontal();
    const mirrored = mirrorLayout(chart);
    const swap = { start: 'end', middle: 'middle', end: 'start' } as const;
    expect(chart.ticks.map((tick) => tick.anchor)).to.include('middle');
    chart.ticks.forEach((tick, i) => {
      const flipped = mirrored.ticks[i];
      expect(flipped.x).to.be.closeTo(chart.width - tick.x, 1e-9);
      expect(flipped.labelX).to.be.closeTo(chart.width - tick.labelX, 1e-9);
      expect(flipped.labelY).to.equal(tick.labelY);
      expect(flipped.anchor).to.equal(swap[tick.anchor]);
      expect([flipped.at, flipped.label, flipped.level]).to.deep.equal([tick.at, tick.label, tick.level]);
      expectSegmentMirrored(flipped.mark, tick.mark, chart.width);
      expectSegmentMirrored(flipped.grid, tick.grid, chart.width);
    });
  });

  it('mirrorLayout() moves a vertical chart\'s gutter to the right and keeps time running down', () => {
    const chart = vertical();
    const mirrored = mirrorLayout(chart);
    expect(chart.marks.some((mark) => mark.leader)).to.equal(true);
    chart.marks.forEach((mark, i) => {
      expectMarkMirrored(mirrored.marks[i], mark, chart.width);
      expect([mirrored.marks[i].t0, mirrored.marks[i].t1]).to.deep.equal([mark.t0, mark.t1]);
    });
    chart.ticks.forEach((tick, i) => {
      expect(mirrored.ticks[i].x).to.equal(tick.x);
      expect(mirrored.ticks[i].anchor).to.equal('start');
      expect(mirrored.ticks[i].labelX).to.be.greaterThan(mirrored.axis.x1);
    });
    expectSegmentMirrored(mirrored.axis, chart.axis, chart.width);
  });

  it('mirrorLayout() twice gives back the original', () => {
    for (const chart of [horizontal(), vertical()]) {
      expect(rounded(mirrorLayout(mirrorLayout(chart)))).to.deep.equal(rounded(chart));
    }
  });

  it('mirrorLayout() returns a new layout and leaves its input as it was', () => {
    for (const chart of [horizontal(), vertical()]) {
      const before = structuredClone(chart);
      const mirrored: ChartLayout = mirrorLayout(chart);
      expect(chart).to.deep.equal(before);
      expect(mirrored).to.not.equal(chart);
      expect(mirrored.marks).to.not.equal(chart.marks);
      expect(mirrored.marks[0].shape).to.not.equal(chart.marks[0].shape);
      expect(mirrored.ticks[0].mark).to.not.equal(chart.ticks[0].mark);
    }
  });

  it('mirrorLayout() mirrors an empty chart', () => {
    const chart = layoutChart({ ...common, events: [], width: 500 });
    const mirrored = mirrorLayout(chart);
    expect(mirrored.marks).to.deep.equal([]);
    expectSegmentMirrored(mirrored.axis, chart.axis, 500);
  });
});
