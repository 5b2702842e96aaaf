import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { BAND, stackBands, type BandContent } from '../../src/layout/bands.js';
import { CHART } from '../../src/layout/chart-layout.js';
import type { MarkLayout } from '../../src/layout/geometry.js';
import { layoutSwimlanes, type SwimlaneInput } from '../../src/layout/swimlanes.js';
import { chooseDetail } from '../../src/layout/detail.js';
import { derive } from '../../src/model/derive.js';
import { eventsByRow, groupRows, stepInRow, stepRow, type GroupRow } from '../../src/model/groups.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { chooseText } from '../../src/model/text.js';
import { calendarFormatter } from '../../src/time/calendar.js';
import { measure } from '../helpers/layout.js';

const row = (id: string, more: Partial<GroupRow> = {}): GroupRow => ({ id, depth: 0, children: 0, collapsed: false, count: 1, ...more });
const point = (id: string, cy: number): MarkLayout => ({
  event: { id } as MarkLayout['event'], kind: 'point', t0: 10, t1: 10, lane: 0, shape: { type: 'circle', cx: 10, cy, r: 6 },
  label: id, labelX: 10, labelY: cy + 20, labelAnchor: 'start', labelVisible: true,
});

describe('stackBands()', () => {
  it('stackBands() stacks each band from the top: its header, its content as tall as it needs, a gap', () => {
    const heights = [76, 38];
    // The packer lays each band's content out where it is told the content begins.
    const pack = (i: number, _collapsed: boolean, top: number): BandContent => ({ height: heights[i], marks: [point(`m${i}`, top + 9)], clusters: [] });
    const { bands, marks, bottom } = stackBands([row('a'), row('b')], pack, 6);
    expect(bands.map((band) => [band.id, band.y, band.height])).to.deep.equal([
      ['a', 6, BAND.header + 76 + BAND.gap],
      ['b', 6 + BAND.header + 76 + BAND.gap, BAND.header + 38 + BAND.gap],
    ]);
    expect(bottom).to.equal(bands[1].y + bands[1].height);
    // Each band's marks under its header.
    expect(marks.map((mark) => (mark.shape as { cy: number }).cy)).to.deep.equal([6 + BAND.header + 9, bands[1].y + BAND.header + 9]);
    expect(marks[1].labelY).to.equal(bands[1].y + BAND.header + 29);
  });

  it('stackBands() gives a collapsed band one thin row, whatever its content says', () => {
    const { bands } = stackBands([row('a', { collapsed: true, count: 40 }), row('b')], () => ({ height: 200, marks: [], clusters: [] }), 0);
    expect(bands[0]).to.deep.include({ collapsed: true, count: 40, height: BAND.header + BAND.thin + BAND.gap });
    expect(bands[1].height).to.equal(BAND.header + 200 + BAND.gap);
  });
});

/** A grouped data set and the swimlanes of a view over it, as the element lays them out. */
function swimlanes(raw: unknown, collapsed = new Map<string, boolean>(), width = 1000) {
  const data = derive(parseEventsDocument(raw));
  const all = data.document.events;
  const rows = groupRows(data.document.groups, all, collapsed)!;
  const view = { start: Math.min(...all.map((e) => e.from)) - 86_400_000, end: Math.max(...all.map((e) => e.to)) + 86_400_000 };
  const range: [number, number] = [CHART.padding, width - CHART.padding];
  const detail = chooseDetail(data.index, view, { limit: 250, range, slicePx: 36 });
  const input: SwimlaneInput = {
    events: detail.singles.map((i) => all[i]), clusters: detail.clusters, domain: [view.start, view.end], width,
    calendar: calendarFormatter('en'), labelOf: (event) => chooseText(event.title, 'en')!.text, measure, maxLanes: 16,
    rows, all, index: data.index, view, pinned: new Set(),
  };
  return { chart: layoutSwimlanes(input), rows, all };
}

const centreY = (mark: MarkLayout) => (mark.shape.type === 'circle' ? mark.shape.cy : mark.shape.y + mark.shape.height / 2);

describe('layoutSwimlanes()', () => {
  const DATA = {
    groups: { army: 'Army', navy: { label: 'Navy', parent: 'army' }, bank: 'Bank' },
    events: [
      { id: 'a1', start: '2001-01-10', title: 'Parade', group: 'army' },
      { id: 'a2', start: '2001-01-10', title: 'Parade again', group: 'army' },
      { id: 'n1', start: '2001-01-10', title: 'Launch', group: 'navy' },
      { id: 'b1', start: '2001-01-20', title: 'Rate', group: 'bank' },
      { id: 'z', start: '2001-01-15', title: 'Loose' },
    ],
  };

  it('layoutSwimlanes() draws each event in its own band, labels under the band\'s header, the axis under the last band', () => {
    const { chart, rows } = swimlanes(DATA);
    expect(chart.bands!.map((band) => [band.id, band.depth])).to.deep.equal([['army', 0], ['navy', 1], ['bank', 0], [undefined, 0]]);
    for (const mark of chart.marks) {
      const band = chart.bands![rows.rowOf(mark.event)];
      expect(centreY(mark), mark.event.id).to.be.within(band.y + BAND.header, band.y + band.height - BAND.gap);
      expect(mark.labelVisible, mark.event.id).to.equal(true);
    }
    // Two events on one day in the Army band need two lanes; the Navy's one, one.
    expect(chart.bands![0].height).to.equal(BAND.header + 2 * CHART.laneHeight + BAND.gap);
    expect(chart.bands![1].height).to.equal(BAND.header + CHART.laneHeight + BAND.gap);
    const last = chart.bands!.at(-1)!;
    expect(chart.axis.y1).to.be.closeTo(last.y + last.height + 0.5, 0.01);
    expect(chart.height).to.be.closeTo(chart.axis.y1 - 0.5 + CHART.axisHeight, 0.01);
    for (const tick of chart.ticks) expect(tick.grid.y2).to.be.closeTo(chart.axis.y1 - 0.5, 0.01);
  });

  it('layoutSwimlanes() draws a collapsed group as one thin row of its marks and its children\'s, without labels', () => {
    const { chart } = swimlanes(DATA, new Map([['army', true]]));
    expect(chart.bands!.map((band) => [band.id, band.collapsed, band.count])).to.deep.equal([['army', true, 3], ['bank', false, 1], [undefined, false, 1]]);
    const army = chart.bands![0];
    expect(army.height).to.equal(BAND.header + BAND.thin + BAND.gap);
    const inArmy = chart.marks.filter((mark) => ['a1', 'a2', 'n1'].includes(mark.event.id));
    expect(inArmy).to.have.length(3);
    for (const mark of inArmy) {
      expect(mark.labelVisible).to.equal(false);
      expect(centreY(mark)).to.equal(army.y + BAND.header + BAND.thin / 2);
    }
  });

  it('layoutSwimlanes() splits the clusters among the rows: each band counts its own events', () => {
    // 600 events a day apart in two groups, every third in B: too many to draw one by one.
    const events = Array.from({ length: 600 }, (_, i) => ({ id: `e${i}`, start: new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), title: `E${i}`, group: i % 3 ? 'A' : 'B' }));
    const { chart, rows } = swimlanes({ events });
    // B first: the first event (e0) is in it.
    expect(chart.bands!.map((band) => band.id)).to.deep.equal(['B', 'A']);
    const counted = [0, 0];
    for (const item of chart.clusters) {
      const band = chart.bands!.findIndex((b) => item.hit.y >= b.y && item.hit.y < b.y + b.height);
      expect(band, item.cluster.id).to.be.at.least(0);
      counted[band] += item.cluster.count;
    }
    for (const mark of chart.marks) counted[rows.rowOf(mark.event)]++;
    expect(counted).to.deep.equal([200, 400]);
    expect(chart.clusters.length).to.be.above(2);
  });
});

describe('stepInRow() and stepRow(): the keys of a grouped timeline', () => {
  const doc = parseEventsDocument({
    groups: { a: 'A', b: 'B', c: 'C' },
    events: [
      { id: 'a1', start: '2001', title: 'a1', group: 'a' },
      { id: 'b1', start: '2002', title: 'b1', group: 'b' },
      { id: 'a2', start: '2003', title: 'a2', group: 'a' },
      { id: 'b2', start: '2006', title: 'b2', group: 'b' },
      { id: 'a3', start: '2007', title: 'a3', group: 'a' },
    ],
  });
  const rows = groupRows(doc.groups, doc.events)!;
  const byRow = eventsByRow(rows, doc.events);
  const at = (id: string) => doc.events.find((event) => event.id === id)!;

  it('stepInRow() goes to the event before or after in the same group, skipping the others', () => {
    expect(stepInRow(rows, byRow, at('a1'), 1)?.id).to.equal('a2');
    expect(stepInRow(rows, byRow, at('a2'), 1)?.id).to.equal('a3');
    expect(stepInRow(rows, byRow, at('a2'), -1)?.id).to.equal('a1');
    expect(stepInRow(rows, byRow, at('a3'), 1)).to.equal(undefined);
  });

  it('stepRow() goes to the event nearest in time in the next group that has any, up or down', () => {
    expect(stepRow(rows, byRow, at('a2'), 1)?.id).to.equal('b1');
    expect(stepRow(rows, byRow, at('a3'), 1)?.id).to.equal('b2');
    expect(stepRow(rows, byRow, at('b2'), -1)?.id).to.equal('a3');
    // C has no events: down from B there is nothing, and up from A neither.
    expect(stepRow(rows, byRow, at('b1'), 1)).to.equal(undefined);
    expect(stepRow(rows, byRow, at('a1'), -1)).to.equal(undefined);
  });
});
