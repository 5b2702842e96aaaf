import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { CHART } from '../../src/layout/chart-layout.js';
import type { ChartLayout, MarkLayout } from '../../src/layout/geometry.js';
import { timeScale } from '../../src/layout/scale.js';
import { VERTICAL, layoutVertical, type VerticalInput } from '../../src/layout/vertical-layout.js';
import { chooseText } from '../../src/model/text.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { calendarFormatter } from '../../src/time/calendar.js';
import { mulberry32, randomRawEvents } from '../helpers/random.js';
import { markOf, measure } from '../helpers/layout.js';
import { events, pad } from '../helpers/model.js';

const DOMAIN: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1)];
const WIDTH = 360;
const LENGTH = 1200;
const TOP = CHART.padding;
const AXIS_X = VERTICAL.gutter + 0.5;

/** Where an instant lands down the axis, which runs from the top padding for `length` px. */
function py(instant: number, domain: readonly [number, number] = DOMAIN, length = LENGTH): number {
  return timeScale(domain, length).range([TOP, TOP + length])(instant);
}


function layout(list: TimelineEvent[], more: Partial<VerticalInput> = {}): ChartLayout {
  return layoutVertical({
    events: list,
    domain: DOMAIN,
    width: WIDTH,
    length: LENGTH,
    calendar: calendarFormatter('en'),
    labelOf: (event) => chooseText(event.title, 'en')!.text,
    measure,
    ...more,
  });
}

const right = (mark: MarkLayout) => (mark.shape.type === 'circle' ? mark.shape.cx + mark.shape.r : mark.shape.x + mark.shape.width);
/** Where the label's row is centred: a 16px box around 13px text. */
const row = (mark: MarkLayout) => mark.labelY - VERTICAL.baseline;
/** How tall a label's box is: a 16px row a line. */
const tall = (mark: MarkLayout) => (mark.labelLines?.length ?? 1) * VERTICAL.labelHeight;
/** The top of a label's box. */
const top = (mark: MarkLayout) => mark.labelY - VERTICAL.baseline - VERTICAL.labelHeight / 2;
/** Where a label belongs: on a point, level with a span's top (or on the middle of a short span). */
const wanted = (mark: MarkLayout) =>
  Math.max(TOP, mark.kind === 'point' ? mark.t0 : Math.min(mark.t0 + VERTICAL.labelHeight / 2, (mark.t0 + mark.t1) / 2));

/** Every mark without a label is counted in exactly one pile, and every pile shows its count. */
function expectCounted(chart: ChartLayout, context: string) {
  const piles = chart.clusters.filter((item) => item.kind === 'pile');
  for (const mark of chart.marks) {
    if (mark.labelVisible) continue;
    const position = mark.event.index;
    const holding = piles.filter((pile) => pile.cluster.first <= position && position < pile.cluster.end);
    expect(holding.length, `${context}: "${mark.label}" is in ${holding.length} piles`).to.be.at.least(1);
  }
  const unlabelled = chart.marks.filter((mark) => !mark.labelVisible).length;
  expect(piles.reduce((sum, pile) => sum + pile.cluster.count, 0), context).to.equal(unlabelled);
  for (const pile of piles) expect(pile.label, context).to.equal(`+${pile.cluster.count}`);
}


describe('layoutVertical()', () => {
  it('layoutVertical() puts a month-long event as a bar over the whole month, on the axis', () => {
    const chart = layout(events([{ id: 'december', start: '2016-12' }]));
    const mark = markOf(chart, 'december');
    expect(chart.orientation).to.equal('vertical');
    expect(mark.kind).to.equal('span');
    expect(mark.lane).to.equal(0);
    expect(mark.t0).to.be.closeTo(py(Date.UTC(2016, 11, 1)), 1e-9);
    expect(mark.t1).to.be.closeTo(py(Date.UTC(2017, 0, 1)), 1e-9);
    expect(mark.shape).to.deep.equal({ type: 'rect', x: AXIS_X - CHART.barHeight / 2, y: mark.t0, width: CHART.barHeight, height: mark.t1 - mark.t0 });
  });

  it('layoutVertical() puts a day event as a point on the axis at its day\'s tick', () => {
    const mark = layout(events([{ id: 'day', start: '2016-12-15' }])).marks[0];
    expect(mark.kind).to.equal('point');
    expect(mark.t0).to.equal(mark.t1);
    expect(mark.t0).to.be.closeTo(py(Date.UTC(2016, 11, 15)), 1e-9);
    expect(mark.shape).to.deep.equal({ type: 'circle', cx: AXIS_X, cy: mark.t0, r: CHART.pointRadius });
  });

  it('layoutVertical() puts a range of days from the first to the end of the last day', () => {
    const mark = layout(events([{ start: '2017-01-17', end: '2017-07-20' }])).marks[0];
    expect(mark.kind).to.equal('span');
    expect(mark.t0).to.be.closeTo(py(Date.UTC(2017, 0, 17)), 1e-9);
    expect(mark.t1).to.be.closeTo(py(Date.UTC(2017, 6, 21)), 1e-9);
  });

  it('layoutVertical() runs an open end to the bottom of the axis and keeps a short span visible', () => {
    const chart = layout(events([
      { id: 'open', start: '2017-03-01', end: '..' },
      { id: 'disputed', start: '[2016-12-14,2016-12-15]' },
    ]));
    expect(markOf(chart, 'open').t1).to.equal(TOP + LENGTH);
    expect(chart.axis).to.deep.equal({ x1: AXIS_X, y1: TOP, x2: AXIS_X, y2: TOP + LENGTH });
    const disputed = markOf(chart, 'disputed');
    expect(py(Date.UTC(2016, 11, 16)) - py(Date.UTC(2016, 11, 14))).to.be.lessThan(CHART.minBarWidth);
    expect(disputed.t0).to.be.closeTo(py(Date.UTC(2016, 11, 14)), 1e-9);
    expect(disputed.t1).to.be.closeTo(disputed.t0 + CHART.minBarWidth, 1e-9);
  });

  it('layoutVertical() puts overlapping spans in separate columns right of the axis, and others back on it', () => {
    const chart = layout(events([
      { id: 'year', start: '2017' },
      { id: 'spring', start: '2017-03', end: '2017-05' },
      { id: 'may', start: '2017-05' },
      { id: 'later', start: '2018-03-01', end: '2018-06' },
    ]), { domain: [Date.UTC(2016, 0, 1), Date.UTC(2019, 0, 1)] });
    const [year, spring, may, later] = ['year', 'spring', 'may', 'later'].map((id) => markOf(chart, id));
    expect([year.lane, spring.lane, may.lane, later.lane]).to.deep.equal([0, 1, 2, 0]);
    for (const mark of chart.marks) {
      if (mark.shape.type !== 'rect') throw new Error('a span is a rect');
      expect(mark.shape.x + mark.shape.width / 2).to.be.closeTo(AXIS_X + mark.lane * VERTICAL.columnStep, 1e-9);
    }
  });

  it('layoutVertical() keeps points on the axis and moves a span that passes one off it', () => {
    const chart = layout(events([
      { id: 'day', start: '2017-04-10' },
      { id: 'spring', start: '2017-03', end: '2017-05' },
      { id: 'winter', start: '2016-12', end: '2017-02' },
    ]));
    expect(markOf(chart, 'day').lane).to.equal(0);
    expect(markOf(chart, 'spring').lane).to.equal(1);
    expect(markOf(chart, 'winter').lane).to.equal(0);
  });

  it('layoutVertical() starts the labels after the last column and wraps them onto two lines of the width left, shortening the second', () => {
    const title = 'A very long title that cannot possibly fit beside the marks on a phone, not even on two lines of it';
    const chart = layout(events([
      { id: 'long', start: '2017-03', end: '2017-05', title },
      { id: 'over', start: '2017-04' },
    ]));
    const labelX = AXIS_X + VERTICAL.columnStep + CHART.pointRadius + VERTICAL.labelGap;
    for (const mark of chart.marks) {
      expect(mark.labelX).to.be.closeTo(labelX, 1e-9);
      expect(mark.labelAnchor).to.equal('start');
      expect(mark.labelVisible).to.equal(true);
      expect(mark.labelX).to.be.greaterThan(right(mark));
    }
    const long = markOf(chart, 'long');
    expect(long.labelLines).to.have.length(2);
    expect(long.label).to.equal(long.labelLines!.join(' '));
    expect(long.label.endsWith('…')).to.equal(true);
    expect(title.startsWith(long.label.slice(0, -1))).to.equal(true);
    for (const line of long.labelLines!) expect(long.labelX + measure(line)).to.be.at.most(WIDTH - CHART.padding);
    // The first line is as full as whole words make it.
    const next = title.slice(long.labelLines![0].length).trim().split(' ')[0];
    expect(long.labelX + measure(`${long.labelLines![0]} ${next}`)).to.be.greaterThan(WIDTH - CHART.padding);
    expect(markOf(chart, 'over').labelLines).to.equal(undefined);
  });

  it('layoutVertical() wraps an Armenian title of the article onto two lines rather than cutting it', () => {
    const title = 'Ադրբեջանը Լապշինին ընդգրկում է «անցանկալի անձանց» ցուցակում';
    const chart = layout(events([{ id: 'hy', start: '2011', title }]), { width: 390 });
    const mark = markOf(chart, 'hy');
    expect(mark.labelLines).to.have.length(2);
    expect(mark.label).to.equal(title);
  });

  it('layoutVertical() centres a point\'s label on it and starts a span\'s label at its top, without leaders', () => {
    const chart = layout(events([{ id: 'day', start: '2016-06-15' }, { id: 'year', start: '2017' }]));
    const day = markOf(chart, 'day');
    const year = markOf(chart, 'year');
    expect(day.labelY).to.be.closeTo(day.t0 + VERTICAL.baseline, 1e-9);
    expect(year.labelY).to.be.closeTo(year.t0 + VERTICAL.labelHeight / 2 + VERTICAL.baseline, 1e-9);
    expect(day.leader).to.equal(undefined);
    expect(year.leader).to.equal(undefined);
  });

  it('layoutVertical() puts two events of one day side by side, moves their labels apart around the day and draws leaders to them', () => {
    const chart = layout(events([
      { id: 'a', start: '2017-09-11', title: 'Pardon decree signed' },
      { id: 'b', start: '2017-09-11', title: 'Hasanov visits Israel' },
    ]));
    const [a, b] = chart.marks;
    // Neither dot hides the other: the second is one column right of the axis.
    expect([a.lane, b.lane]).to.deep.equal([0, 1]);
    if (a.shape.type !== 'circle' || b.shape.type !== 'circle') throw new Error('a day is a circle');
    expect(b.shape.cx - a.shape.cx).to.be.at.least(2 * CHART.pointRadius);
    expect(b.shape.cy).to.equal(a.shape.cy);
    expect(row(b) - row(a)).to.equal(VERTICAL.labelHeight + VERTICAL.labelSpacing);
    expect((row(a) + row(b)) / 2).to.be.closeTo(a.t0, 1e-9);
    expect(a.leader).to.deep.equal({ x1: AXIS_X + CHART.pointRadius, y1: a.t0, x2: a.labelX - 2, y2: row(a) });
    expect(b.leader).to.deep.equal({ x1: AXIS_X + VERTICAL.columnStep + CHART.pointRadius, y1: b.t0, x2: b.labelX - 2, y2: row(b) });
  });

  it('layoutVertical() spreads points that would cover one another over three columns at most, and a span past them', () => {
    const chart = layout(events([
      ...Array.from({ length: 5 }, (_, i) => ({ id: `same${i}`, start: '2017-06-30' })),
      // A day later: 1200 px for two years puts it under 2 px away, so it would cover them too.
      { id: 'next', start: '2017-07-01' },
      { id: 'summer', start: '2017-06', end: '2017-08' },
      { id: 'apart', start: '2017-03-01' },
    ]));
    const lanes = Object.fromEntries(chart.marks.map((mark) => [mark.event.id, mark.lane]));
    expect([lanes.same0, lanes.same1, lanes.same2]).to.deep.equal([0, 1, 2]);
    // The crowd's rest stays on the axis, as before there were columns for it.
    expect([lanes.same3, lanes.same4, lanes.next]).to.deep.equal([0, 0, 0]);
    expect(lanes.apart).to.equal(0);
    // The span passes points in columns 0 to 2: it goes beyond them.
    expect(lanes.summer).to.equal(3);
  });

  it('layoutVertical() labels 30 events of one day by their day, and counts the rest in a pile there, keeping its height', () => {
    const chart = layout(events(Array.from({ length: 30 }, (_, i) => ({ start: '2017-06-30', title: `Same day ${i}` }))));
    const labelled = chart.marks.filter((mark) => mark.labelVisible);
    const rows = labelled.map(row);
    const step = VERTICAL.labelHeight + VERTICAL.labelSpacing;
    for (let i = 1; i < rows.length; i++) expect(rows[i] - rows[i - 1]).to.equal(step);
    // Centred on their day with the pile's count, none further than maxShiftRows from it: as many as fit above and below.
    for (const mark of labelled) expect(Math.abs(row(mark) - mark.t0)).to.be.at.most(VERTICAL.maxShiftRows * step);
    expect(labelled).to.have.length(2 * VERTICAL.maxShiftRows);
    const [pile] = chart.clusters;
    expect(chart.clusters).to.have.length(1);
    expect(pile.kind).to.equal('pile');
    expect(pile.label).to.equal(`+${30 - labelled.length}`);
    expect(pile.cluster.count).to.equal(30 - labelled.length);
    expect(pile.labelY - VERTICAL.baseline - rows[rows.length - 1]).to.equal(step);
    expect((rows[0] + pile.labelY - VERTICAL.baseline) / 2).to.be.closeTo(labelled[0].t0, 1e-9);
    expect(chart.height).to.equal(TOP + LENGTH + CHART.padding);
  });

  it('layoutVertical() counts unlabelled marks by their count: a pile gathers no marks far from it (global-temp.csv, every year for 144)', () => {
    // Yearly values every 10 px, half of them without room for a label. A pile reached on from its last mark,
    // and one '+69' by 1891 counted years up to 2023.
    const years = events(Array.from({ length: 144 }, (_, i) => ({ id: `y${1880 + i}`, start: String(1880 + i), title: `${(i % 7) / 10 - 0.2}` })));
    const chart = layout(years, { domain: [Date.UTC(1875, 0, 1), Date.UTC(2026, 0, 1)], length: 1440 });
    expectCounted(chart, 'global-temp');
    const piles = chart.clusters.filter((item) => item.kind === 'pile');
    expect(piles.length).to.be.above(5);
    const markAt = new Map(chart.marks.map((mark) => [mark.event.id, (mark.t0 + mark.t1) / 2]));
    for (const pile of piles) {
      const count = pile.labelY - VERTICAL.baseline;
      const members = chart.marks.filter((mark) => !mark.labelVisible && mark.event.index >= pile.cluster.first && mark.event.index < pile.cluster.end);
      for (const mark of members) expect(Math.abs(markAt.get(mark.event.id)! - count), `${pile.label}: ${mark.event.id}`).to.be.at.most(2 * VERTICAL.pileReach);
    }
  });

  it('layoutVertical() is as tall as the axis and its padding when the labels fit', () => {
    expect(layout([]).height).to.equal(TOP + LENGTH + CHART.padding);
    expect(layout([]).marks).to.deep.equal([]);
    expect(layout(events([{ start: '2017-06-01' }])).height).to.equal(TOP + LENGTH + CHART.padding);
  });

  it('layoutVertical() keeps ticks on the axis, labelled in the gutter left of it', () => {
    const chart = layout(events([{ start: '2017' }]));
    expect(chart.ticks.length).to.be.within(2, LENGTH / VERTICAL.tickSpacing + 1);
    for (const tick of chart.ticks) {
      expect(tick.x).to.be.within(TOP - 1e-9, TOP + LENGTH + 1e-9);
      expect(tick.x).to.be.closeTo(py(tick.at), 1e-9);
      expect(tick).to.deep.include({ labelX: AXIS_X - VERTICAL.tickLabelGap, labelY: tick.x + VERTICAL.baseline, anchor: 'end' });
      expect(tick.mark).to.deep.equal({ x1: AXIS_X - VERTICAL.tickLength, y1: tick.x, x2: AXIS_X, y2: tick.x });
      expect(tick.grid).to.deep.equal({ x1: AXIS_X, y1: tick.x, x2: WIDTH - CHART.padding, y2: tick.x });
      // The label ends clear of what is drawn on the axis: a cluster's bar, a point and its 3 px focus ring.
      expect(tick.labelX, 'clear of a bar').to.be.at.most(AXIS_X - VERTICAL.clusterThickness / 2 - 3);
      expect(tick.labelX, 'clear of a focused point').to.be.at.most(AXIS_X - CHART.pointRadius - 3 - 3);
    }
  });

  it('layoutVertical() gives axis ticks in Armenian through calendarFormatter("hy")', () => {
    const domain: [number, number] = [Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)];
    const hy = layout(events([{ start: '2017' }]), { domain, length: 600, calendar: calendarFormatter('hy') });
    const labels = hy.ticks.map((tick) => tick.label);
    expect(labels).to.include('2017');
    expect(labels).to.include('հլս');
    expect(labels).to.include('դեկ');
  });

  it('layoutVertical() squeezes many overlapping columns so that labels keep their room', () => {
    const list = events(Array.from({ length: 40 }, (_, i) => ({ start: '2017-01', end: `2017-${pad(2 + (i % 10))}` })));
    const chart = layout(list, { width: 280 });
    expect(new Set(chart.marks.map((mark) => mark.lane)).size).to.equal(40);
    for (const mark of chart.marks) {
      expect(mark.labelX).to.be.greaterThan(right(mark));
      expect(280 - CHART.padding - mark.labelX).to.be.at.least(VERTICAL.minLabelWidth - 1e-9);
    }
  });

  it('layoutVertical() never overlaps, disorders or cuts off a label, over 300 random charts (seeded)', () => {
    const random = mulberry32(20170911);
    for (let run = 0; run < 300; run++) {
      const width = 240 + Math.floor(random() * 400);
      const length = 100 + Math.floor(random() * 1500);
      const raw = randomRawEvents(random, 30);
      const chart = layout(events(raw), { width, length });
      const context = `run ${run}: ${JSON.stringify({ width, length, raw })}`;
      const shapesRight = Math.max(...chart.marks.map(right));
      expect(chart.height, context).to.equal(TOP + length + CHART.padding);
      expectCounted(chart, context);
      const byRow = [...chart.marks].filter((mark) => mark.labelVisible).sort((p, q) => top(p) - top(q));
      for (const [i, mark] of byRow.entries()) {
        expect(mark.labelX, context).to.be.greaterThan(shapesRight);
        for (const line of mark.labelLines ?? [mark.label]) expect(mark.labelX + measure(line), context).to.be.at.most(width - CHART.padding + 1e-9);
        expect(top(mark), context).to.be.at.least(0);
        expect(top(mark) + tall(mark) + CHART.padding, context).to.be.at.most(chart.height + 1e-9);
        expect(Boolean(mark.leader), context).to.equal(Math.abs(top(mark) + tall(mark) / 2 - wanted(mark)) > VERTICAL.leaderAfter);
        expect(Math.abs(top(mark) + tall(mark) / 2 - wanted(mark)), `${context}: "${mark.label}" is far from its date`).to.be.at.most(VERTICAL.maxShiftRows * (VERTICAL.labelHeight + VERTICAL.labelSpacing) + 1e-9);
        if (i === 0) continue;
        const above = byRow[i - 1];
        expect(top(mark) - top(above) - tall(above), `${context}: "${above.label}" and "${mark.label}" overlap`).to.be.at.least(0);
        expect(wanted(mark), `${context}: "${mark.label}" is out of order`).to.be.at.least(wanted(above) - 1e-9);
      }
    }
  });
});

describe('layoutVertical() with the label line box measured in the font', () => {
  /** Where a label's box is, top to bottom, when it is drawn in `line`. */
  const boxOf = (mark: MarkLayout, line: { height: number; baseline: number }) => {
    const middle = mark.labelY - line.baseline;
    return { top: middle - line.height / 2, bottom: middle + line.height / 2 };
  };

  it('stacks crowded labels one line box plus the spacing apart, and centres a point\'s label on it', () => {
    const line = { height: 21, baseline: 5.5 };
    const chart = layout(events(Array.from({ length: 30 }, (_, i) => ({ start: '2017-06-30', title: `Same day ${i}` }))), { labelLine: line });
    const labelled = chart.marks.filter((mark) => mark.labelVisible);
    const boxes = labelled.map((mark) => boxOf(mark, line)).sort((a, b) => a.top - b.top);
    expect(boxes).to.have.length(2 * VERTICAL.maxShiftRows);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top - boxes[i - 1].bottom).to.be.closeTo(VERTICAL.labelSpacing, 1e-9);
    // The pile's count takes the next row.
    const [pile] = chart.clusters;
    expect(pile.labelY - line.baseline - line.height / 2 - boxes[boxes.length - 1].bottom).to.be.closeTo(VERTICAL.labelSpacing, 1e-9);
    expect(chart.height).to.equal(TOP + LENGTH + CHART.padding);
    const single = markOf(layout(events([{ id: 'day', start: '2016-06-15' }]), { labelLine: line }), 'day');
    expect((boxOf(single, line).top + boxOf(single, line).bottom) / 2).to.be.closeTo(single.t0, 1e-9);
    expect(single.labelY).to.be.closeTo(single.t0 + 5.5, 1e-9);
  });

  it('gives a taller font taller rows: 20px boxes never overlap where 16px rows would', () => {
    const list = events(Array.from({ length: 10 }, (_, i) => ({ start: '2017-03-01', title: `Same day ${i}` })));
    const line = { height: 20, baseline: 5 };
    const labelled = (chart: ChartLayout) => chart.marks.filter((mark) => mark.labelVisible);
    const measured = labelled(layout(list, { labelLine: line })).map((mark) => boxOf(mark, line));
    const fixed = labelled(layout(list)).map((mark) => boxOf(mark, line));
    const overlaps = (boxes: { top: number; bottom: number }[]) =>
      boxes.some((a, i) => boxes.some((b, j) => i < j && a.top < b.bottom - 1e-9 && b.top < a.bottom - 1e-9));
    expect(overlaps(fixed), 'the fixed 18px rows are too close for a 20px line box').to.equal(true);
    expect(overlaps(measured)).to.equal(false);
  });

  it('falls back to the fixed row when the line box has no height (nothing could be measured)', () => {
    const list = events([{ start: '2017-03-01' }, { start: '2017-03-01' }]);
    expect(layout(list, { labelLine: { height: 0, baseline: 0 } })).to.deep.equal(layout(list));
  });

  it('never overlaps or cuts off a label box of any measured height, over 200 random charts (seeded)', () => {
    const random = mulberry32(20240601);
    for (let run = 0; run < 200; run++) {
      const line = { height: 12 + random() * 20, baseline: 2 + random() * 6 };
      const raw = randomRawEvents(random, 30);
      const chart = layout(events(raw), { labelLine: line, length: 100 + Math.floor(random() * 800) });
      const context = `run ${run}: ${JSON.stringify({ line, raw })}`;
      expectCounted(chart, context);
      const boxes = chart.marks
        .filter((mark) => mark.labelVisible)
        .map((mark) => {
          const box = boxOf(mark, line);
          return { top: box.top, bottom: box.bottom + ((mark.labelLines?.length ?? 1) - 1) * line.height };
        })
        .sort((a, b) => a.top - b.top);
      for (const [i, box] of boxes.entries()) {
        expect(box.top, context).to.be.at.least(0);
        expect(box.bottom + CHART.padding, context).to.be.at.most(chart.height + 1e-9);
        if (i > 0) expect(box.top - boxes[i - 1].bottom, context).to.be.at.least(VERTICAL.labelSpacing - 1e-9);
      }
    }
  });
});
