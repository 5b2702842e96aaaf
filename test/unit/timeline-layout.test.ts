import { expect } from '@open-wc/testing';
import { CHART } from '../../src/layout/marks.js';
import { DETAIL_LIMIT, chooseOrientation, hasMirrorLayout, hasVerticalLayout, layoutTimeline, steadyRoom, useMirrorLayout, useVerticalLayout, verticalLength, type TimelineState } from '../../src/layout/timeline-layout.js';
import { layoutVertical } from '../../src/layout/vertical-layout.js';
import { mirrorLayout } from '../../src/layout/mirror.js';
import { derive, eventById } from '../../src/model/derive.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { chooseText } from '../../src/model/text.js';
import { measure } from '../helpers/layout.js';
import { events } from '../helpers/model.js';

function state(raw: Record<string, unknown>[], more: Partial<TimelineState> = {}): TimelineState {
  const data = derive(parseEventsDocument(raw.map((item, i) => ({ title: `Event ${i + 1}`, ...item }))));
  return {
    data,
    view: { start: Date.UTC(2016, 0, 1), end: Date.UTC(2018, 0, 1) },
    width: 1000,
    verticalBelow: 520,
    rtl: false,
    lang: 'en',
    labelOf: (event) => chooseText(event.title, 'en')!.text,
    measure,
    maxLanes: 16,
    pinned: [],
    ...more,
  };
}

describe('chooseOrientation() and verticalLength()', () => {
  it('chooseOrientation() follows the asked orientation, else turns vertical below the width', () => {
    expect(chooseOrientation('horizontal', 300, 520)).to.equal('horizontal');
    expect(chooseOrientation('vertical', 1300, 520)).to.equal('vertical');
    expect(chooseOrientation(undefined, 519, 520)).to.equal('vertical');
    expect(chooseOrientation(undefined, 520, 520)).to.equal('horizontal');
    // Not measured yet: horizontal, so that the first paint does not flip.
    expect(chooseOrientation(undefined, 0, 520)).to.equal('horizontal');
  });

  it('verticalLength() gives room for the events within 360 to 1600 px', () => {
    expect(verticalLength(1)).to.equal(360);
    expect(verticalLength(30)).to.equal(780);
    expect(verticalLength(10_000)).to.equal(1600);
  });
});

describe('layoutTimeline()', () => {
  it('layoutTimeline() asks for the vertical layout, which the element loads on demand, before it lays out vertically', () => {
    if (!hasVerticalLayout()) expect(() => layoutTimeline(state([{ start: '2017' }], { width: 390 }))).to.throw(/not loaded/);
    useVerticalLayout(layoutVertical);
    expect(hasVerticalLayout()).to.equal(true);
    expect(layoutTimeline(state([{ start: '2017' }], { width: 390 })).orientation).to.equal('vertical');
  });

  const raw = [
    { id: 'a', start: '2016-12-15' },
    { id: 'b', start: '2017-02-07' },
  ];

  it('layoutTimeline() lays out horizontally over the width, with the time axis inside the padding', () => {
    const { chart, orientation, timeRange } = layoutTimeline(state(raw));
    expect(orientation).to.equal('horizontal');
    expect(timeRange).to.deep.equal([CHART.padding, 1000 - CHART.padding]);
    expect(chart.marks.map((mark) => mark.event.id)).to.deep.equal(['a', 'b']);
  });

  it('layoutTimeline() turns vertical on a narrow width, with the axis as long as verticalLength()', () => {
    const { chart, orientation, timeRange } = layoutTimeline(state(raw, { width: 390 }));
    expect(orientation).to.equal('vertical');
    expect(chart.orientation).to.equal('vertical');
    expect(timeRange).to.deep.equal([CHART.padding, CHART.padding + verticalLength(2)]);
  });

  it('layoutTimeline() asks for the mirror, which the element loads on demand, before it lays out right to left', () => {
    if (!hasMirrorLayout()) expect(() => layoutTimeline(state([{ start: '2017' }], { width: 1000, rtl: true }))).to.throw(/not loaded/);
    useMirrorLayout(mirrorLayout);
    expect(hasMirrorLayout()).to.equal(true);
    expect(layoutTimeline(state([{ start: '2017' }], { width: 1000, rtl: true })).orientation).to.equal('horizontal');
  });

  it('layoutTimeline() mirrors for right to left: the earlier event is on the right', () => {
    const { chart } = layoutTimeline(state(raw, { rtl: true }));
    const x = (id: string) => {
      const shape = chart.marks.find((mark) => mark.event.id === id)!.shape;
      return shape.type === 'circle' ? shape.cx : shape.x;
    };
    expect(x('a')).to.be.greaterThan(x('b'));
  });

  it('layoutTimeline() clusters past DETAIL_LIMIT events in view, but never the pinned ones', () => {
    const many = Array.from({ length: DETAIL_LIMIT + 50 }, (_, i) => ({ id: `e${i}`, start: new Date(Date.UTC(2016, 0, 2) + i * 3_600_000 * 20).toISOString().slice(0, 10) }));
    const { chart } = layoutTimeline(state(many, { pinned: ['e7', undefined, 'missing'] }));
    expect(chart.clusters.length).to.be.greaterThan(0);
    expect(chart.marks.map((mark) => mark.event.id)).to.include('e7');
    const counted = chart.clusters.reduce((sum, item) => sum + item.cluster.count, 0);
    expect(counted + chart.marks.length, 'every event in view is drawn or counted').to.equal(many.length);
  });
});

describe('derive() and eventById()', () => {
  it('derive() gives positions in time order, the categories used, and a colour for each', () => {
    const doc = parseEventsDocument({
      categories: [{ id: 'legal', label: 'Legal' }, { id: 'unused' }],
      events: [
        { id: 'late', start: '2017', title: 'B', category: 'visit' },
        { id: 'early', start: '2016', title: 'A', category: 'legal' },
        { id: 'none', start: '2018', title: 'C' },
      ],
    });
    const derived = derive(doc);
    expect(['early', 'late', 'none', 'other'].map((id) => derived.positions.get(id))).to.deep.equal([0, 1, 2, undefined]);
    expect([...derived.usedCategories]).to.deep.equal(['legal', 'visit', undefined]);
    expect([...derived.colors.keys()]).to.deep.equal(['legal', 'unused', 'visit']);
    expect(derived.index.froms.length).to.equal(3);
  });

  it('eventById() finds an event by id, and nothing for an unknown id or no data', () => {
    const derived = derive({ categories: [], problems: [], events: events([{ id: 'x', start: '2016' }]) });
    expect(eventById(derived, 'x')?.id).to.equal('x');
    expect(eventById(derived, 'y')).to.equal(undefined);
    expect(eventById(derived, undefined)).to.equal(undefined);
    expect(eventById(undefined, 'x')).to.equal(undefined);
  });
});

describe('steadyRoom()', () => {
  const whole = { start: Date.UTC(2016, 0, 1), end: Date.UTC(2018, 0, 1) };
  const crowd = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `e${i}`, start: `2017-03-${String(1 + (i % 9)).padStart(2, '0')}`, title: `A title of some length ${i}` }));

  it('keeps the lanes the whole data needs, and no row of clusters when it never clusters', () => {
    const seen = state(crowd(12));
    const room = steadyRoom(seen, whole);
    const lanes = new Set(layoutTimeline({ ...seen, view: whole }).chart.marks.map((mark) => mark.lane)).size;
    expect(room).to.deep.equal({ lanes, clusterRow: false });
    // Zoomed in, the chart is as tall as the whole: the lanes kept, no more.
    const zoomed = layoutTimeline({ ...seen, room, view: { start: Date.UTC(2017, 2, 1), end: Date.UTC(2017, 2, 4) } }).chart;
    expect(zoomed.height).to.equal(layoutTimeline({ ...seen, room, view: whole }).chart.height);
  });

  it('keeps 5 lanes (at most max-lanes) and the row of clusters for data that clusters seen whole', () => {
    expect(steadyRoom(state(crowd(DETAIL_LIMIT + 1)), whole)).to.deep.equal({ lanes: 5, clusterRow: true });
    expect(steadyRoom(state(crowd(DETAIL_LIMIT + 1), { maxLanes: 3 }), whole)).to.deep.equal({ lanes: 3, clusterRow: true });
  });

  it('makes a phone\'s axis longer until every label is by its date, up to 60 px an event', () => {
    // Seven events ten days apart, seen over a year: at 360 px their labels stand more than a row and a half off.
    const year = { start: Date.UTC(2017, 0, 1), end: Date.UTC(2018, 0, 1) };
    const tenDaysApart = Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, start: new Date(Date.UTC(2017, 5, 1) + i * 10 * 86_400_000).toISOString().slice(0, 10) }));
    const few = state(tenDaysApart, { width: 390 });
    const offBy = (length: number) =>
      Math.max(...layoutTimeline({ ...few, room: { length }, view: year }).chart.marks.map((mark) => (mark.leader ? Math.abs(mark.leader.y2 - mark.leader.y1) : 0)));
    expect(offBy(verticalLength(7))).to.be.above(24);
    const { length } = steadyRoom(few, year);
    expect(length).to.be.above(verticalLength(7));
    expect(length).to.be.at.most(7 * 60);
    expect(offBy(length!)).to.be.at.most(24);
    expect(steadyRoom(state(crowd(3), { width: 390 }), whole).length, 'room enough already').to.equal(verticalLength(3));
  });
});
