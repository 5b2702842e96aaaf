import { expect } from '@open-wc/testing';
import { CHART } from '../../src/layout/marks.js';
import { DETAIL_LIMIT, chooseOrientation, layoutTimeline, verticalLength, type TimelineState } from '../../src/layout/timeline-layout.js';
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
