/**
 * Real data drawn well (issue 10): public data sets nobody here wrote (vega-datasets), drawn at 1280 px
 * and 390 px. Geometry a reader sees: where the width goes, that every event in view is labelled or
 * counted, that the height holds through zooms and pans, that a phone shows cluster counts and labels
 * by their dates.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport as setSize } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { ARTICLE, mount, settle, whenLoaded } from '../helpers/element.js';
import { realEvents, type RealDataName } from '../helpers/real-data-sets.js';
import { clusterBars, drawnEvents, shadow } from '../helpers/shadow.js';
import { driverCan } from '../helpers/engine.js';
import { preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';

/** The page as wide as the widest chart here; where the driver cannot size it (WebKit), the charts keep their own widths. */
const setViewport = (size: { width: number; height: number }) => (driverCan.setViewport ? setSize(size) : Promise.resolve());

const DAY = 86_400_000;
const at = (text: string) => +new Date(text);

async function showing(name: RealDataName | 'article', width: number, lang = 'en'): Promise<EventTimeline> {
  const el = await mount(lang, width);
  const data = name === 'article' ? undefined : await realEvents(name);
  await whenLoaded(el, () => (data ? (el.events = { title: name, events: data }) : (el.src = ARTICLE)));
  await settle(el);
  return el;
}

/** The drawn time axis: from the chart's left padding to its right one. */
const axisWidth = (el: EventTimeline) => Number(shadow(el, 'svg.chart')[0].getAttribute('width')) - 24;

/** Where an event's mark is along the time axis: a point's centre, a bar's start. */
function along(el: EventTimeline, id: string): number {
  const mark = el.shadowRoot!.querySelector(`[data-id="${CSS.escape(id)}"] .mark`)!;
  const vertical = el.shadowRoot!.querySelector('svg.chart.vertical') !== null;
  if (mark.tagName === 'circle') return Number(mark.getAttribute(vertical ? 'cy' : 'cx'));
  return Number(mark.getAttribute(vertical ? 'y' : 'x'));
}

/** Events (as given) whose span reaches into the element's view. */
async function inView(el: EventTimeline, name: RealDataName): Promise<number> {
  const { start, end } = el.view!;
  const spans = (await realEvents(name)).map((event) => {
    const from = at(event.start);
    return { from, to: event.end ? at(event.end) : from + (event.start.length > 10 ? 1000 : DAY) };
  });
  return spans.filter((span) => span.to >= +start && span.from <= +end).length;
}

/** Each event in view is labelled, or counted: in a cluster, or a "+N" pile beside its unlabelled mark. */
function expectLabelledOrCounted(el: EventTimeline, expected: number, context: string) {
  const { singles, clustered, piles } = drawnEvents(el);
  const labelled = shadow(el, '[part~="event"]').filter((node) => node.querySelector('[part="label"]')).length;
  const piled = piles.reduce((sum, count) => sum + count, 0);
  expect(singles.length + clustered, `${context}: every event in view is drawn`).to.equal(expected);
  expect(labelled + piled, `${context}: each drawn alone is labelled or counted in a pile`).to.equal(singles.length);
  for (const count of shadow(el, '[part="cluster"]')) {
    const text = count.querySelector('.cluster-count')?.textContent ?? '';
    if (count.classList.contains('pile')) expect(text, context).to.equal(`+${count.getAttribute('data-count')}`);
  }
}

describe('real data drawn well: where the width goes', () => {
  before(() => setViewport({ width: 1320, height: 900 }));

  it('gives the article\'s core, December 2016 – September 2017, at least a third of the width, and draws the empty years as breaks', async () => {
    const el = await showing('article', 1280);
    // No break inside the core: its width follows from two of its marks, 14 Dec 2016 and 11 Sep 2017 (noon).
    const perMs = (along(el, 'pardon-decree') - along(el, 'arrest-minsk')) / (at('2017-09-11T12:00Z') - at('2016-12-14'));
    const core = perMs * (at('2017-10-01') - at('2016-12-01'));
    expect(core / axisWidth(el)).to.be.at.least(1 / 3);
    const breaks = shadow(el, '.break').map((node) => node.getAttribute('aria-label'));
    expect(breaks).to.include('2013 – 2015: no events');
    expect(shadow(el, '.break-stroke').length).to.equal(2 * breaks.length);
    await expect(el).to.be.accessible();
  });

  it('gives the five days of the Los Angeles riots (58 of 63 deaths over 19 months) at least a third of the width', async () => {
    const el = await showing('la-riots', 1280);
    const events = await realEvents('la-riots');
    const first = events.findIndex((event) => event.start === '1992-04-29');
    const last = events.findIndex((event) => event.start === '1992-05-03');
    const ids = shadow(el, '[part~="event"]').map((node) => node.getAttribute('data-id')!);
    // Ids are generated in the order of the data: event-N is the Nth of the file.
    const idOf = (i: number) => ids.find((id) => id === `event-${i + 1}`)!;
    const perDay = (along(el, idOf(last)) - along(el, idOf(first))) / 4;
    expect((perDay * 5) / axisWidth(el)).to.be.at.least(1 / 3);
  });

  it('leaves evenly spread data (a week of earthquakes, centuries of reigns) and axis="linear" without breaks', async () => {
    for (const name of ['earthquakes', 'monarchs'] as const) expect(shadow(await showing(name, 1280), '.break'), name).to.have.length(0);
    const el = await mount('en', 1280);
    el.axis = 'linear';
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(shadow(el, '.break')).to.have.length(0);
  });

  it('pans across a break by exactly the drag: the marks move as far as the pointer', async () => {
    await preferReducedMotion();
    const el = await showing('article', 1280);
    el.zoomTo('2012-01-01', '2017-03-01');
    await settle(el);
    const before = along(el, 'handover-baku');
    const svg = shadow(el, 'svg.chart')[0].getBoundingClientRect();
    const [x, y] = [Math.round(svg.left + 300), Math.round(svg.top + svg.height - 40)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 150, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(along(el, 'handover-baku')).to.be.closeTo(before - 150, 1);
    await undoMediaEmulation({ reducedMotion: 'no-preference' });
  });
});

describe('real data drawn well: nothing hidden without a number', () => {
  before(() => setViewport({ width: 1320, height: 900 }));

  for (const [name, width] of [['la-riots', 1280], ['la-riots', 390], ['movies', 1280], ['movies', 390], ['earthquakes', 1280]] as const) {
    it(`labels or counts every event in view of ${name} at ${width} px, zoomed out, in and panned`, async () => {
      const el = await showing(name, width);
      const views: [string, string][] = name === 'movies'
        ? [['1995-01-01', '1998-01-01'], ['1997-05-01', '1997-06-15'], ['1997-06-01', '1997-07-15']]
        : name === 'la-riots'
          ? [['1992-04-29', '1992-05-04'], ['1992-04-30', '1992-05-01'], ['1992-05-01', '1992-05-02']]
          : [['2018-02-01', '2018-02-02'], ['2018-02-03T00:00Z', '2018-02-03T06:00Z']];
      expectLabelledOrCounted(el, await inView(el, name), 'the whole');
      for (const [start, end] of views) {
        el.zoomTo(start, end);
        await settle(el);
        expectLabelledOrCounted(el, await inView(el, name), `${start} – ${end}`);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('opens a pile of unlabelled marks with a click, and a cluster with Enter', async () => {
    await preferReducedMotion();
    const el = await showing('la-riots', 1280);
    const pile = shadow(el, '[part="cluster"].pile')[0];
    expect(pile, 'the riots\' first night leaves marks unlabelled').to.exist;
    const span = +el.view!.end - +el.view!.start;
    const box = pile.querySelector('.pile-box')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await settle(el);
    expect(+el.view!.end - +el.view!.start).to.be.below(span / 10);

    const movies = await showing('movies', 1280);
    const cluster = shadow(movies, '[part="cluster"]:not(.pile)')[0] as SVGGElement;
    const before = +movies.view!.end - +movies.view!.start;
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await settle(movies);
    expect(+movies.view!.end - +movies.view!.start).to.be.below(before / 10);
    await undoMediaEmulation({ reducedMotion: 'no-preference' });
  });
});

describe('real data drawn well: the shape of the data', () => {
  before(() => setViewport({ width: 1320, height: 900 }));

  it('draws 3,200 films as bars as tall as their counts, with the counts, and reaches titles in two clicks', async () => {
    await preferReducedMotion();
    const el = await showing('movies', 1280);
    const bars = clusterBars(el).map(({ node, bar }) => ({
      node,
      count: Number(node.getAttribute('data-count')),
      height: bar.height,
      text: node.querySelector('.cluster-count')?.textContent,
    }));
    const largest = bars.reduce((a, b) => (b.count > a.count ? b : a));
    const smallest = bars.reduce((a, b) => (b.count < a.count ? b : a));
    expect(largest.height / smallest.height, `${largest.count} against ${smallest.count}`).to.be.above(5);
    for (const [a, b] of bars.map((bar, i) => [bar, bars[(i + 1) % bars.length]])) {
      if (a.count > b.count) expect(a.height).to.be.at.least(b.height);
    }
    expect(largest.text).to.equal(String(largest.count));
    // Each bar spans its cluster's slice of time, which its hit box (the pointer's and the focus ring's) covers.
    for (const { node, bar } of clusterBars(el)) {
      const [ox, oy] = (node.getAttribute('transform')!.match(/-?[\d.]+/g) ?? []).map(Number);
      const hit = node.querySelector('.cluster-hit')!;
      expect(bar.x).to.be.closeTo(ox + Number(hit.getAttribute('x')), 0.02);
      expect(bar.width).to.be.closeTo(Number(hit.getAttribute('width')), 0.02);
      const top = oy + Number(hit.getAttribute('y'));
      expect(bar.y).to.be.at.least(top);
      expect(bar.y + bar.height).to.be.at.most(top + Number(hit.getAttribute('height')) + 0.02);
    }
    // The earliest film is in a cluster like the others, not pulled out as the tab stop: the first cluster takes the tab stop.
    expect(shadow(el, '[part~="event"]').length).to.be.below(5);
    const stops = shadow(el, '[role="option"][tabindex="0"]');
    expect(stops).to.have.length(1);
    expect(stops[0].getAttribute('data-cluster')).to.equal(shadow(el, '[part="cluster"]')[0].getAttribute('data-cluster'));
    for (let click = 0; click < 2; click++) {
      // The largest cluster the pointer can reach (WebKit's driver cannot widen its window to the chart's width).
      const reachable = shadow(el, '[part="cluster"]').filter((node) => {
        const box = node.querySelector('.cluster-hit, .pile-box')!.getBoundingClientRect();
        return box.left + box.width / 2 < innerWidth - 2 && box.bottom < innerHeight;
      });
      const next = reachable.reduce((a, b) => (Number(b.getAttribute('data-count')) > Number(a.getAttribute('data-count')) ? b : a));
      const box = next.querySelector('.cluster-hit, .pile-box')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height - 4)] });
      await settle(el);
    }
    expect(shadow(el, '[part="label"]').length, 'titles after two clicks').to.be.at.least(10);
    await expect(el).to.be.accessible();
    await undoMediaEmulation({ reducedMotion: 'no-preference' });
  });
});

describe('real data drawn well: clusters that hold still', () => {
  before(() => setViewport({ width: 1300, height: 900 }));

  it('moves the films\' clusters with the data as the view pans: same counts, same nodes, as far as the axis moved', async () => {
    await preferReducedMotion();
    const el = await showing('movies', 1280);
    el.zoomTo('1990-01-01', '2000-01-01');
    await settle(el);
    const read = () => new Map(shadow(el, '[part="cluster"]:not(.pile)').map((node) => [node.getAttribute('data-cluster')!, {
      node, count: node.getAttribute('data-count'), text: node.querySelector('.cluster-count')?.textContent ?? '',
      // Where its slice of time begins: its hit box's edge, which is its bar's.
      left: node.querySelector('.cluster-hit')!.getBoundingClientRect().left,
    }]));
    let before = read();
    expect(before.size).to.be.above(10);
    const pxPerYear = axisWidth(el) / 10;
    for (let step = 1; step <= 6; step++) {
      // A third of a year further each time.
      const start = new Date(Date.UTC(1990, 0, 1) + (step * 365.25 * 86_400_000) / 3);
      el.view = { start, end: new Date(+start + 10 * 365.25 * 86_400_000) };
      await settle(el);
      const after = read();
      let kept = 0;
      for (const [id, now] of after) {
        const was = before.get(id);
        // The first and last clusters are cut by the view's ends: what they hold changes.
        if (!was || now.left < 60 || was.left < 60 || now.left > 1180 || was.left > 1180) continue;
        expect(now.count, `${id} keeps its count`).to.equal(was.count);
        expect(now.text, `${id} keeps its label`).to.equal(was.text);
        expect(now.node, `${id} keeps its node`).to.equal(was.node);
        expect(was.left - now.left, `${id} moves with the axis`).to.be.closeTo(pxPerYear / 3, 1);
        kept++;
      }
      expect(kept, `step ${step}: most clusters stay`).to.be.above(before.size / 2);
      before = after;
    }
    await expect(el).to.be.accessible();
    await undoMediaEmulation({ reducedMotion: 'no-preference' });
  });
});

describe('real data drawn well: a steady height', () => {
  before(() => setViewport({ width: 1320, height: 900 }));

  for (const [name, width] of [['movies', 1280], ['la-riots', 1280], ['article', 1280], ['la-riots', 390], ['movies', 390]] as const) {
    it(`keeps the height of ${name} at ${width} px through zooms and pans`, async () => {
      await preferReducedMotion();
      const el = await showing(name, width);
      const height = el.getBoundingClientRect().height;
      const views: [string, string][] = [
        ['1997-01-01', '1998-01-01'], ['1997-05-01', '1997-06-01'], ['1992-04-29', '1992-05-04'], ['1992-04-30', '1992-05-01'],
        ['2016-12-01', '2017-10-01'], ['2017-09-01', '2017-09-20'], ['1950-01-01', '1960-01-01'],
      ];
      for (const [start, end] of views) {
        el.zoomTo(start, end);
        await settle(el);
        expect(el.getBoundingClientRect().height, `${start} – ${end}`).to.equal(height);
        (shadow(el, '[part~="zoom-out"]')[0] as HTMLButtonElement).click();
        await settle(el);
        expect(el.getBoundingClientRect().height, `zoomed out of ${start} – ${end}`).to.equal(height);
      }
      (shadow(el, '[part~="zoom-fit"]')[0] as HTMLButtonElement).click();
      await settle(el);
      expect(el.getBoundingClientRect().height).to.equal(height);
      await undoMediaEmulation({ reducedMotion: 'no-preference' });
    });
  }
});

describe('real data drawn well: phones', () => {
  before(() => setViewport({ width: 420, height: 900 }));

  it('shows every cluster\'s count on a phone, inside the chart, and bars as thick as their counts', async () => {
    const el = await showing('movies', 390);
    const svg = shadow(el, 'svg.chart')[0].getBoundingClientRect();
    const clusters = shadow(el, '[part="cluster"]:not(.pile)');
    expect(clusters.length).to.be.above(10);
    for (const cluster of clusters) {
      const count = cluster.querySelector('.cluster-count');
      expect(count?.textContent, 'a count').to.match(/^\d/);
      const box = count!.getBoundingClientRect();
      expect(box.left >= svg.left && box.right <= svg.right, 'inside the chart').to.equal(true);
    }
    const widths = clusterBars(el).map(({ node, bar }) => [Number(node.getAttribute('data-count')), bar.width]);
    const [most] = widths.reduce((a, b) => (b[0] > a[0] ? b : a));
    expect(widths.find(([count]) => count === most)![1]).to.be.above(widths.reduce((a, b) => (b[0] < a[0] ? b : a))[1] * 3);
    await expect(el).to.be.accessible();
  });

  it('lays out the five days of the riots day by day on a phone: each label by its date', async () => {
    const el = await showing('la-riots', 390);
    const labels = shadow(el, '[part~="event"]').filter((node) => node.querySelector('[part="label"]'));
    expect(labels.length).to.be.above(15);
    for (const node of labels) {
      const mark = node.querySelector('.mark')!.getBoundingClientRect();
      const label = node.querySelector('[part="label"]')!.getBoundingClientRect();
      const gap = Math.abs((label.top + label.bottom) / 2 - (mark.top + mark.bottom) / 2);
      // Two rows at most, less half a pixel of each engine's own text box (Firefox's was 44.008).
      expect(gap, `${node.getAttribute('aria-label')}: label ${gap}px from its mark`).to.be.at.most(44.5);
    }
    // The day of the riots' second night is counted where it is: its pile sits among its own labels.
    const piles = shadow(el, '[part="cluster"].pile');
    expect(piles.length).to.be.at.least(2);
    // Each death after the five days, alone between two breaks, has its day named on the axis.
    // (A tick's label is stacked in lines, one tspan each: "Nov 24" over "1993".)
    const lines = (text: Element) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') || text.textContent!;
    const ticks = shadow(el, '[part~="axis"] .tick text').map(lines);
    for (const day of ['May 20', 'May 23', 'Aug 12', 'Dec 16', 'Nov 24 1993']) expect(ticks, ticks.join(' | ')).to.include(day);
    await expect(el).to.be.accessible();
  });

  it('wraps the article\'s Armenian labels onto two lines rather than cutting them', async () => {
    const el = await showing('article', 390, 'hy');
    const labels = shadow(el, '[part="label"]');
    expect(labels).to.have.length(12);
    const wrapped = labels.filter((label) => label.querySelectorAll('tspan').length === 2);
    expect(wrapped.length).to.be.at.least(4);
    expect(labels.every((label) => !label.textContent!.includes('…'))).to.equal(true);
    const svg = shadow(el, 'svg.chart')[0].getBoundingClientRect();
    for (const label of labels) expect(label.getBoundingClientRect().right).to.be.at.most(svg.right + 0.5);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="label"]'));
    await expect(el).to.be.accessible();
  });
});
