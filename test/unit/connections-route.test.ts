import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { layoutChart } from '../../src/layout/chart-layout.js';
import { layoutConnections, type ConnectionLayout } from '../../src/layout/connections.js';
import type { ChartLayout } from '../../src/layout/geometry.js';
import { mirrorLayout } from '../../src/layout/mirror.js';
import { layoutVertical } from '../../src/layout/vertical-layout.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { chooseText } from '../../src/model/text.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { calendarFormatter } from '../../src/time/calendar.js';
import { measure } from '../helpers/layout.js';
import { pathSamples } from '../helpers/path-samples.js';

/** Points along an arrow. */
const samples = (c: ConnectionLayout) => pathSamples(c.path);

/** Each label an arrow runs through: "arrow > label's event". */
function labelsCrossed(chart: ChartLayout): string[] {
  const line = { height: 16, baseline: 4 };
  const crossed: string[] = [];
  for (const c of layoutConnections({ chart, measure })) {
    for (const mark of chart.marks.filter((m) => m.labelVisible)) {
      const width = measure(mark.label);
      const x0 = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - width;
      const middle = mark.labelY - line.baseline;
      // Inside by more than a px: grazing an edge is not running through.
      if (samples(c).some(([x, y]) => x > x0 + 1 && x < x0 + width - 1 && y > middle - line.height / 2 + 1 && y < middle + line.height / 2 - 1)) {
        crossed.push(`${c.from}>${c.to} > ${mark.event.id}`);
      }
    }
  }
  return crossed;
}

describe('layoutConnections() on the article', () => {
  let events: TimelineEvent[];
  before(async () => {
    events = parseEventsDocument(await (await fetch('/data/article-events.json')).json()).events;
  });
  const input = (domain: [string, string], width: number) => ({
    events,
    domain: [Date.parse(domain[0]), Date.parse(domain[1])] as const,
    width,
    calendar: calendarFormatter('en'),
    labelOf: (event: TimelineEvent) => chooseText(event.title, 'en')!.text,
    measure,
  });

  it('runs the chain\'s arrows through few labels, horizontal (mirrored too) and vertical', () => {
    const charts = [
      layoutChart(input(['2008-06-01', '2028-06-01'], 1000)),
      layoutChart(input(['2016-11-20', '2017-10-10'], 1000)),
      layoutChart(input(['2016-11-20', '2017-10-10'], 390)),
    ];
    const crossed = [...charts, ...charts.map(mirrorLayout), layoutVertical({ ...input(['2016-11-20', '2017-10-10'], 360), length: 600 })].flatMap(labelsCrossed);
    // Where rows of labels lie between two marks, no single curve gets past them: the arrow then goes through
    // the gaps (grid-route.ts). The router before that crossed 12 labels here, and the one before it 20.
    expect(crossed, crossed.join('; ')).to.deep.equal([]);
  });
});

describe('layoutConnections() in a vertical chart, whose marks sit on the axis', () => {
  it('keeps every arrow off the axis line, where it would be lost, and off the axis\'s dates', async () => {
    const { events } = parseEventsDocument(await (await fetch('/data/article-events.json')).json());
    const chart = layoutVertical({
      events,
      domain: [Date.parse('2008-06-01'), Date.parse('2028-06-01')] as const,
      width: 360,
      length: 900,
      calendar: calendarFormatter('en'),
      labelOf: (event: TimelineEvent) => chooseText(event.title, 'en')!.text,
      measure,
    });
    const connections = layoutConnections({ chart, measure });
    expect(connections.length).to.be.above(3);
    const axisX = chart.axis.x1;
    for (const c of connections) {
      const points = samples(c);
      const [first, last] = [points[0], points[points.length - 1]];
      // Away from its two ends (which leave and enter marks on the axis), no point lies on the axis line.
      const away = points.filter(([x, y]) => Math.hypot(x - first[0], y - first[1]) > 10 && Math.hypot(x - last[0], y - last[1]) > 10);
      expect(away.filter(([x]) => Math.abs(x - axisX) < 2).length, `${c.from}>${c.to} on the axis`).to.equal(0);
      for (const tick of chart.ticks) {
        const lines = tick.lines.length > 1 ? tick.lines : [tick.label];
        const width = Math.max(...lines.map(measure));
        const x0 = tick.anchor === 'start' ? tick.labelX : tick.anchor === 'end' ? tick.labelX - width : tick.labelX - width / 2;
        const [y0, y1] = [tick.labelY - 10, tick.labelY + 2 + (lines.length - 1) * 14];
        const over = points.filter(([x, y]) => x > x0 + 1 && x < x0 + width - 1 && y > y0 && y < y1);
        expect(over.length, `${c.from}>${c.to} over the date ${tick.label}`).to.equal(0);
      }
    }
  });
});

describe('layoutConnections() around labels', () => {
  /** A mark (a point) with its label hanging under it, as the horizontal layout draws them. */
  const mark = (id: string, cx: number, cy: number, label: string, related?: string) => ({
    event: { id, related: related ? [{ id: related }] : undefined } as unknown as TimelineEvent,
    shape: { type: 'circle' as const, cx, cy, r: 6 },
    label,
    labelX: cx - 6,
    labelY: cy + 21,
    labelAnchor: 'start' as const,
    labelVisible: true,
  });
  const chart = (marks: ReturnType<typeof mark>[]) =>
    ({ marks, axis: { x1: 0, y1: 290, x2: 600, y2: 290 }, width: 600, height: 300 }) as unknown as ChartLayout;

  it('leaves its mark sideways when its own label hangs under it and a row of labels lies above', () => {
    const marks = [
      mark('above', 40, 40, 'A long label in the row above, all along it'),
      mark('from', 100, 100, 'The label under the mark it starts from', 'to'),
      mark('to', 200, 160, 'Its target'),
    ];
    expect(labelsCrossed(chart(marks))).to.deep.equal([]);
  });
});
