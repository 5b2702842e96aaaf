import '../../src/languages.js';
import { expect } from '@open-wc/testing';
import { CHART, fitText, layoutChart, type ChartInput, type ChartLayout } from '../../src/layout/chart-layout.js';
import { chooseText } from '../../src/model/text.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { calendarFormatter } from '../../src/time/calendar.js';
import { mulberry32, randomRawEvents } from '../helpers/random.js';
import { graphemes, markOf, measure } from '../helpers/layout.js';
import { events } from '../helpers/model.js';

const DOMAIN: [number, number] = [Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1)];
const WIDTH = 1000;

/** Where an instant lands: the chart's inner box is [padding, width - padding]. */
function px(instant: number, domain: readonly [number, number] = DOMAIN, width = WIDTH): number {
  return CHART.padding + ((instant - domain[0]) / (domain[1] - domain[0])) * (width - 2 * CHART.padding);
}


function layout(list: TimelineEvent[], more: Partial<ChartInput> = {}): ChartLayout {
  return layoutChart({
    events: list,
    domain: DOMAIN,
    width: WIDTH,
    calendar: calendarFormatter('en'),
    labelOf: (event) => chooseText(event.title, 'en')!.text,
    measure,
    ...more,
  });
}



describe('layoutChart()', () => {
  it('layoutChart() draws a month-precision event as a span over the whole month', () => {
    const chart = layout(events([{ id: 'december', start: '2016-12' }]));
    const mark = markOf(chart, 'december');
    expect(mark.kind).to.equal('span');
    expect(mark.t0).to.be.closeTo(px(Date.UTC(2016, 11, 1)), 1e-9);
    expect(mark.t1).to.be.closeTo(px(Date.UTC(2017, 0, 1)), 1e-9);
  });

  it('layoutChart() draws a day event as a point on its day\'s tick (midnight), not at noon', () => {
    const chart = layout(events([{ id: 'day', start: '2016-12-15' }]));
    const mark = markOf(chart, 'day');
    expect(mark.kind).to.equal('point');
    expect(mark.t0).to.equal(mark.t1);
    expect(mark.t0).to.be.closeTo(px(Date.UTC(2016, 11, 15)), 1e-9);
  });

  it('layoutChart() draws a minute as a point on its minute', () => {
    const mark = layout(events([{ id: 'm', start: '2017-03-01T10:00Z' }])).marks[0];
    expect(mark.kind).to.equal('point');
    expect(mark.t0).to.be.closeTo(px(Date.UTC(2017, 2, 1, 10, 0)), 1e-9);
  });

  it('layoutChart() draws a year, a season and a disputed day as spans', () => {
    const chart = layout(events([
      { id: 'year', start: '2017' },
      { id: 'season', start: '2017-22' },
      { id: 'disputed', start: '[2016-12-14,2016-12-15]' },
    ]));
    expect(chart.marks.map((mark) => mark.kind)).to.deep.equal(['span', 'span', 'span']);
    const disputed = markOf(chart, 'disputed');
    // Two days are under the minimum bar width at this scale.
    expect(px(Date.UTC(2016, 11, 16)) - px(Date.UTC(2016, 11, 14))).to.be.lessThan(CHART.minBarWidth);
    expect(disputed.t0).to.be.closeTo(px(Date.UTC(2016, 11, 14)), 1e-9);
    expect(disputed.t1).to.be.closeTo(disputed.t0 + CHART.minBarWidth, 1e-9);
    expect(markOf(chart, 'year').t1).to.be.closeTo(px(Date.UTC(2018, 0, 1)), 1e-9);
  });

  it('layoutChart() draws a range of days as a span from the first to the end of the last day', () => {
    const mark = layout(events([{ id: 'r', start: '2017-01-17', end: '2017-07-20' }])).marks[0];
    expect(mark.kind).to.equal('span');
    expect(mark.t0).to.be.closeTo(px(Date.UTC(2017, 0, 17)), 1e-9);
    expect(mark.t1).to.be.closeTo(px(Date.UTC(2017, 6, 21)), 1e-9);
  });

  it('layoutChart() draws an open end to the right edge of the chart', () => {
    const mark = layout(events([{ id: 'open', start: '2017-03-01', end: '..' }])).marks[0];
    expect(mark.kind).to.equal('span');
    expect(mark.t0).to.be.closeTo(px(Date.UTC(2017, 2, 1)), 1e-9);
    expect(mark.t1).to.equal(WIDTH - CHART.padding);
  });

  it('layoutChart() puts close events in separate lanes, one lane height apart', () => {
    const chart = layout(events([
      { id: 'a', start: '2017-09-11', title: 'Pardon decree signed' },
      { id: 'b', start: '2017-09-11', title: 'Hasanov visits Israel' },
      { id: 'c', start: '2016-02-01', title: 'Far away' },
    ]));
    const [a, b, c] = ['a', 'b', 'c'].map((id) => markOf(chart, id));
    expect(a.lane).to.not.equal(b.lane);
    expect(c.lane).to.equal(0);
    for (const mark of chart.marks) expect(mark.labelY).to.equal(CHART.top + mark.lane * CHART.laneHeight + CHART.labelY);
    expect(chart.axis.y1 - 0.5).to.equal(CHART.top + 2 * CHART.laneHeight);
    expect(chart.height).to.equal(chart.axis.y1 - 0.5 + CHART.axisHeight);
    expect(chart.width).to.equal(WIDTH);
  });

  it('layoutChart() starts a point label half a mark left of the point', () => {
    const mark = layout(events([{ id: 'p', start: '2017-01-01' }])).marks[0];
    expect(mark.labelX).to.be.closeTo(mark.t0 - CHART.pointRadius, 1e-9);
  });

  it('layoutChart() keeps a label at the right edge inside the chart', () => {
    const chart = layout(events([{ id: 'late', start: '2017-12-31', title: 'A rather long title at the very end' }]));
    const mark = markOf(chart, 'late');
    expect(mark.labelX + measure(mark.label)).to.be.closeTo(WIDTH - CHART.padding, 1e-9);
  });

  it('layoutChart() shortens a label wider than the chart', () => {
    const title = 'A very long title that cannot possibly fit in the narrow chart it is drawn in';
    const chart = layout(events([{ id: 'long', start: '2017-01-01', title }]), { width: 200 });
    const mark = markOf(chart, 'long');
    expect(mark.label).to.not.equal(title);
    expect(mark.label.endsWith('…')).to.equal(true);
    expect(measure(mark.label)).to.be.at.most(200 - 2 * CHART.padding);
    expect(title.startsWith(mark.label.slice(0, -1))).to.equal(true);
  });

  it('layoutChart() hides the labels beyond maxLanes, keeping the marks', () => {
    const list = events(Array.from({ length: 5 }, () => ({ start: '2017-06-01', title: 'Same day, same place' })));
    const chart = layout(list, { maxLanes: 2 });
    expect(chart.marks).to.have.length(5);
    expect(chart.marks.filter((mark) => mark.labelVisible)).to.have.length(2);
    expect(chart.axis.y1 - 0.5).to.equal(CHART.top + 2 * CHART.laneHeight);
  });

  it('layoutChart() gives axis ticks in the reader\'s language', () => {
    const en = layout(events([{ start: '2017' }]));
    const hy = layout(events([{ start: '2017' }]), { calendar: calendarFormatter('hy') });
    expect(en.ticks.map((tick) => tick.label)).to.include('2017');
    expect(en.ticks.map((tick) => tick.label)).to.include('Jul');
    expect(hy.ticks.map((tick) => tick.label)).to.include('հլս');
    for (const tick of en.ticks) expect(tick.x).to.be.within(CHART.padding - 1e-9, WIDTH - CHART.padding + 1e-9);
  });

  it('layoutChart() lays out no events as one empty lane', () => {
    const chart = layout([]);
    expect(chart.marks).to.deep.equal([]);
    expect(chart.axis.y1 - 0.5).to.equal(CHART.top + CHART.laneHeight);
  });

  it('layoutChart() never overlaps or cuts off a visible label, over 200 random charts (seeded)', () => {
    const random = mulberry32(9112017);
    for (let run = 0; run < 200; run++) {
      const width = 120 + Math.floor(random() * 1300);
      const raw = randomRawEvents(random, 25);
      const maxLanes = random() < 0.3 ? 1 + Math.floor(random() * 4) : undefined;
      const chart = layout(events(raw), { width, maxLanes });
      const context = `run ${run}: ${JSON.stringify({ width, maxLanes, raw })}`;
      const visible = chart.marks.filter((mark) => mark.labelVisible);
      if (maxLanes === undefined) expect(visible.length, context).to.equal(chart.marks.length);
      for (const mark of visible) {
        const right = mark.labelX + measure(mark.label);
        expect(mark.labelX, context).to.be.at.least(CHART.padding - 1e-9);
        expect(right, context).to.be.at.most(width - CHART.padding + 1e-9);
      }
      for (let a = 0; a < visible.length; a++) {
        for (let b = a + 1; b < visible.length; b++) {
          const p = visible[a];
          const q = visible[b];
          if (p.lane !== q.lane) continue;
          const overlap = p.labelX < q.labelX + measure(q.label) && q.labelX < p.labelX + measure(p.label);
          expect(overlap, `${context}: "${p.label}" and "${q.label}" overlap in lane ${p.lane}`).to.equal(false);
        }
      }
    }
  });
});

describe('fitText()', () => {
  it('fitText() leaves text that fits as it is', () => {
    expect(fitText('Arrest', 100, measure)).to.equal('Arrest');
    expect(fitText('Arrest', 42, measure)).to.equal('Arrest');
  });

  it('fitText() shortens with an ellipsis until the text fits', () => {
    const fitted = fitText('Lapshin arrested in Minsk', 100, measure);
    expect(fitted.endsWith('…')).to.equal(true);
    expect('Lapshin arrested in Minsk'.startsWith(fitted.slice(0, -1))).to.equal(true);
    expect(measure(fitted)).to.be.at.most(100);
    // Not needlessly short: it ends on a whole word, and one more word would not fit.
    expect(fitted).to.equal('Lapshin…');
    expect(measure('Lapshin arrested…')).to.be.greaterThan(100);
    expect(fitText('Lapshin arrested in Minsk', 130, measure)).to.equal('Lapshin arrested…');
  });

  it('fitText() fits with a measure that is not proportional to length', () => {
    // Capitals twice as wide as the rest.
    const uneven = (text: string) => Array.from(text).reduce((sum, ch) => sum + (ch === ch.toUpperCase() && ch !== ' ' ? 14 : 7), 0);
    const fitted = fitText('ARMENIA AND AZERBAIJAN talks', 120, uneven);
    expect(fitted.endsWith('…')).to.equal(true);
    expect(uneven(fitted)).to.be.at.most(120);
  });

  it('fitText() keeps an emoji whole when it shortens', () => {
    const fitted = fitText('👍🏽👍🏽👍🏽 vote of thanks', 50, measure);
    expect(measure(fitted)).to.be.at.most(50);
    expect(fitted.startsWith('👍🏽')).to.equal(true);
    expect(fitted).to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('fitText() stops at one character and an ellipsis when nothing fits', () => {
    expect(fitText('Arrest', 3, measure)).to.equal('A…');
  });

  it('fitText() ends for flags and pointed Hebrew that are slightly too wide', () => {
    for (const [text, maxWidth] of [['🇦🇲🇦🇿 talks', 75], ['שָׁלוֹם עֲלֵיכֶם', 80]] as [string, number][]) {
      let calls = 0;
      const guarded = (t: string) => {
        calls += 1;
        if (calls > 1000) throw new Error(`fitText(${JSON.stringify(text)}, ${maxWidth}) did not end`);
        return graphemes(t) * 10;
      };
      const fitted = fitText(text, maxWidth, guarded);
      expect(graphemes(fitted) * 10).to.be.at.most(maxWidth);
    }
  });
});
