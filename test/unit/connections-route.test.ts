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
