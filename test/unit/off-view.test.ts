import { expect } from '@open-wc/testing';
import type { ChartLayout } from '../../src/layout/geometry.js';
import { markInView, shownInstant } from '../../src/layout/off-view.js';
import { layoutSwimlanes } from '../../src/layout/swimlanes.js';
import { layoutTimeline, useMirrorLayout, useVerticalLayout, type TimelineState } from '../../src/layout/timeline-layout.js';
import { layoutVertical } from '../../src/layout/vertical-layout.js';
import { mirrorLayout } from '../../src/layout/mirror.js';
import { derive, eventById } from '../../src/model/derive.js';
import { groupRows } from '../../src/model/groups.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { chooseText } from '../../src/model/text.js';
import { measure } from '../helpers/layout.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const APRIL_29 = Date.UTC(1992, 3, 29);

/**
 * As la-riots.csv: eight deaths on 29 April, a crowd on the 30th, and some after. The view starts at 6 am on
 * the 29th, as after zooming about that day's noon: the 29th reaches into the view, its instant (midnight) does
 * not. Its deaths are in view, and drawn at the axis's start, as a range that began before the view is cut.
 */
const raw = [
  ...Array.from({ length: 8 }, (_, i) => ({ id: `apr29-${i}`, start: '1992-04-29', group: i % 2 ? 'a' : 'b' })),
  ...Array.from({ length: 20 }, (_, i) => ({ id: `apr30-${i}`, start: '1992-04-30', group: i % 2 ? 'a' : 'b' })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `may1-${i}`, start: '1992-05-01', group: 'a' })),
  { id: 'before', start: '1992-04-20', group: 'a' },
];
const view = { start: APRIL_29 + 6 * HOUR, end: APRIL_29 + 3 * DAY };

function state(more: Partial<TimelineState>): TimelineState {
  const data = derive(parseEventsDocument(raw.map((item) => ({ title: `Death ${item.id}`, ...item }))));
  return {
    data,
    view,
    width: 390,
    verticalBelow: 520,
    rtl: false,
    lang: 'en',
    labelOf: (event) => chooseText(event.title, 'en')!.text,
    measure,
    maxLanes: 4,
    pinned: ['apr29-1'],
    ...more,
  };
}

/** Every drawn shape, label and pile along the time axis must be within the chart's time range. */
function outsideTheRange(chart: ChartLayout, range: readonly [number, number]): string[] {
  const along = chart.orientation === 'horizontal' ? (x: number) => x : (_x: number, y: number) => y;
  const problems: string[] = [];
  for (const mark of chart.marks) {
    if (mark.offView) continue;
    const { shape } = mark;
    const [from, to] = shape.type === 'circle'
      ? [along(shape.cx, shape.cy), along(shape.cx, shape.cy)]
      : [along(shape.x, shape.y), along(shape.x + shape.width, shape.y + shape.height)];
    if (to < range[0] - 0.5 || from > range[1] + 0.5) problems.push(`mark ${mark.event.id} at ${from}`);
  }
  for (const item of chart.clusters) {
    if (item.kind !== 'pile') continue;
    if (item.hit.y < 0 || item.hit.x < 0) problems.push(`pile ${item.label} at ${item.hit.x},${item.hit.y}`);
  }
  return problems;
}

describe('off-view marks: a point whose day reaches into the view, and a focused event the view has left', () => {
  before(() => {
    useVerticalLayout(layoutVertical);
    useMirrorLayout(mirrorLayout);
  });

  it('shownInstant() is a point\'s own instant while it is in view, the view\'s start for a day that reaches into it, and the part in view of a span', () => {
    const data = derive(parseEventsDocument([{ id: 'p', start: '1992-04-29', title: 'p' }, { id: 's', start: '1992-04-01', end: '1992-05-31', title: 's' }]));
    const point = eventById(data, 'p')!;
    const span = eventById(data, 's')!;
    expect(shownInstant(point, view)).to.equal(view.start);
    expect(markInView(point, { start: APRIL_29 - DAY, end: APRIL_29 + DAY })).to.equal(true);
    expect(shownInstant(point, { start: APRIL_29 - DAY, end: APRIL_29 + DAY })).to.equal(APRIL_29);
    expect(shownInstant(point, { start: APRIL_29 + 2 * DAY, end: APRIL_29 + 3 * DAY })).to.equal(undefined);
    expect(shownInstant(span, view)).to.equal((view.start + view.end) / 2);
  });

  it('the vertical chart draws the 29th\'s deaths at the top of its axis, nothing above it, every death in view drawn or counted', () => {
    const { chart, orientation, timeRange } = layoutTimeline(state({}));
    expect(orientation).to.equal('vertical');
    expect(outsideTheRange(chart, timeRange)).to.deep.equal([]);
    const the29th = chart.marks.filter((mark) => mark.event.id.startsWith('apr29'));
    expect(the29th).to.have.length(8);
    for (const mark of the29th) {
      expect(mark.offView).to.not.equal(true);
      expect(mark.t0).to.equal(timeRange[0]);
    }
    const counted = chart.clusters.filter((item) => item.kind === 'pile').reduce((sum, pile) => sum + pile.cluster.count, 0);
    expect(chart.marks.filter((mark) => mark.labelVisible).length + counted).to.equal(raw.length - 1);
  });

  it('the horizontal chart draws the 29th\'s deaths at the start of its axis, nothing left of it', () => {
    const { chart, orientation, timeRange } = layoutTimeline(state({ width: 1280 }));
    expect(orientation).to.equal('horizontal');
    expect(outsideTheRange(chart, timeRange)).to.deep.equal([]);
    const the29th = chart.marks.filter((mark) => mark.event.id.startsWith('apr29'));
    expect(the29th.map((mark) => mark.shape.type === 'circle' && mark.shape.cx)).to.deep.equal(Array(8).fill(timeRange[0]));
  });

  it('right to left, they are at the right edge, where the view begins', () => {
    const { chart, timeRange } = layoutTimeline(state({ width: 1280, rtl: true }));
    const mark = chart.marks.find((item) => item.event.id === 'apr29-1')!;
    expect(mark.shape.type === 'circle' && mark.shape.cx).to.equal(1280 - timeRange[0]);
  });

  it('swimlanes draw nothing outside the time range either', () => {
    const base = state({ width: 1280 });
    const rows = groupRows(undefined, base.data.document.events)!;
    const { chart, timeRange } = layoutTimeline({ ...base, swimlanes: (input) => layoutSwimlanes({ ...input, rows }) });
    expect(chart.bands?.length).to.equal(2);
    expect(outsideTheRange(chart, timeRange)).to.deep.equal([]);
    expect(chart.marks.filter((mark) => mark.offView)).to.deep.equal([]);
  });

  it('a focused event the view has left altogether keeps an unseen mark, at the end it left by; one not pinned has none', () => {
    const { chart, timeRange } = layoutTimeline(state({ pinned: ['before', 'may1-0'], view: { start: APRIL_29 + 12 * HOUR, end: APRIL_29 + 30 * HOUR } }));
    const offView = chart.marks.filter((mark) => mark.offView);
    expect(offView.map((mark) => [mark.event.id, mark.t0])).to.deep.equal([['before', timeRange[0]], ['may1-0', timeRange[1]]]);
    expect(chart.marks.some((mark) => mark.event.id === 'may1-1')).to.equal(false);
  });

  it('a chart of the whole data draws every event, none off view', () => {
    const { chart } = layoutTimeline(state({ view: { start: Date.UTC(1992, 3, 15), end: Date.UTC(1992, 4, 5) } }));
    expect(chart.marks.filter((mark) => !mark.offView)).to.have.length(raw.length);
  });
});
