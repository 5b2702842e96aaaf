import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { layoutChart } from '../../src/layout/chart-layout.js';
import { layoutConnections, type ConnectionLayout } from '../../src/layout/connections.js';
import type { ChartLayout, MarkShape } from '../../src/layout/geometry.js';
import { mirrorLayout } from '../../src/layout/mirror.js';
import { layoutVertical } from '../../src/layout/vertical-layout.js';
import { chooseText } from '../../src/model/text.js';
import { calendarFormatter } from '../../src/time/calendar.js';
import { markOf, measure } from '../helpers/layout.js';
import { events } from '../helpers/model.js';
import { pathSamples, pathStart } from '../helpers/path-samples.js';

const DOMAIN: [number, number] = [Date.UTC(2016, 10, 1), Date.UTC(2017, 9, 1)];
const chain = events([
  { id: 'arrest', start: '2016-12-15', related: [{ id: 'decision' }] },
  { id: 'decision', start: '2017-01-17', related: [{ id: 'handover' }] },
  { id: 'handover', start: '2017-02-07', related: ['pardon'] },
  { id: 'pardon', start: '2017-09-11' },
]);
const input = {
  events: chain,
  domain: DOMAIN,
  width: 900,
  calendar: calendarFormatter('en'),
  labelOf: (event: (typeof chain)[number]) => chooseText(event.title, 'en')!.text,
  measure,
};

const start = (c: ConnectionLayout) => pathStart(c.path);
/** Points along an arrow, whatever it is made of (a curve, or straight stretches with rounded corners). */
const samples = (c: ConnectionLayout) => pathSamples(c.path, 41);
const tip = (c: ConnectionLayout) => c.head.split(' ')[0].split(',').map(Number) as [number, number];
/** How far a point is from a mark's outline (0 inside it). */
function distanceTo(shape: MarkShape, [x, y]: [number, number]): number {
  if (shape.type === 'circle') return Math.max(0, Math.hypot(x - shape.cx, y - shape.cy) - shape.r);
  return Math.hypot(Math.max(shape.x - x, 0, x - shape.x - shape.width), Math.max(shape.y - y, 0, y - shape.y - shape.height));
}

function expectArrowsBetweenMarks(chart: ChartLayout) {
  const connections = layoutConnections({ chart, measure });
  expect(connections.map((c) => `${c.from}>${c.to}`)).to.deep.equal(['arrest>decision', 'decision>handover', 'handover>pardon']);
  for (const c of connections) {
    // Each arrow leaves its own mark and points at the other, a few px from their edges.
    expect(distanceTo(markOf(chart, c.from).shape, start(c)), `${c.from} start`).to.be.within(1, 4);
    expect(distanceTo(markOf(chart, c.to).shape, tip(c)), `${c.to} tip`).to.be.within(1, 4);
  }
  return connections;
}

describe('layoutConnections()', () => {
  it('draws an arrow from each event to the one it leads to, horizontally, left to right and mirrored', () => {
    const chart = layoutChart(input);
    const ltr = expectArrowsBetweenMarks(chart);
    const rtl = expectArrowsBetweenMarks(mirrorLayout(chart));
    // Mirrored, the arrows run from right to left.
    expect(tip(ltr[0])[0]).to.be.greaterThan(start(ltr[0])[0]);
    expect(tip(rtl[0])[0]).to.be.lessThan(start(rtl[0])[0]);
  });

  it('draws them in the vertical layout too, down the time axis, and off the axis line', () => {
    const chart = layoutVertical({ ...input, width: 360, length: 900 });
    const connections = expectArrowsBetweenMarks(chart);
    for (const c of connections) expect(tip(c)[1]).to.be.greaterThan(start(c)[1]);
    // Marks in one column: a straight arrow would run along the axis, so each one bends away from it.
    for (const c of connections) {
      expect(Math.max(...samples(c).map(([x]) => Math.abs(x - start(c)[0]))), c.from).to.be.greaterThan(5);
    }
  });

  it('bends around a label that lies on the straight line, and stays straight when nothing is in the way', () => {
    const chart = layoutChart(input);
    const a = { ...markOf(chart, 'arrest'), event: { ...markOf(chart, 'arrest').event, related: [{ id: 'pardon' }] } };
    const b = { ...markOf(chart, 'pardon'), event: { ...markOf(chart, 'pardon').event, related: undefined } };
    const [straight] = layoutConnections({ chart: { ...chart, marks: [a, b] }, measure });
    const [x0, y0] = start(straight);
    const [x1, y1] = tip(straight);
    // Straight: every point of it lies on the line between the ends.
    for (const [cx, cy] of samples(straight)) expect(Math.abs((cx - x0) * (y1 - y0) - (cy - y0) * (x1 - x0)) / Math.hypot(x1 - x0, y1 - y0)).to.be.below(8);
    // Another event whose label lies across the middle of that line (its mark far away).
    const label = 'In the way';
    const middle = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
    const blocker = { ...markOf(chart, 'handover'), label, labelX: middle.x - 35, labelY: middle.y + 4, labelAnchor: 'start' as const, labelVisible: true };
    blocker.event = { ...blocker.event, related: undefined };
    blocker.shape = { type: 'circle', cx: 10, cy: 300, r: 6 };
    const [around] = layoutConnections({ chart: { ...chart, height: 400, marks: [a, b, blocker] }, measure });
    const box = { x0: middle.x - 35, x1: middle.x - 35 + measure(label), y0: middle.y - 8, y1: middle.y + 8 };
    const crosses = (c: ConnectionLayout) => samples(c).some(([x, y]) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1);
    expect(crosses(straight)).to.equal(true);
    expect(crosses(around)).to.equal(false);
  });

  it('leaves out a link whose other end is not drawn', () => {
    const chart = layoutChart({ ...input, events: chain.slice(0, 2) });
    expect(layoutConnections({ chart, measure }).map((c) => c.to)).to.deep.equal(['decision']);
  });
});
