/**
 * A grouped chart's bands share a height that stays put: a band's height follows what is in view (issue 14)
 * while the chart's height, and the page under it, does not move as the view does (issue 10).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mount, settle, whenLoaded } from '../helpers/element.js';
import { drawnEvents, drawnIds, shadow } from '../helpers/shadow.js';
import type { EventTimeline } from '../../src/timeline-element.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Twelve quiet groups of 30 events over ten years, and a busy one with 40 events in one week of 2011. */
const QUIET = Array.from({ length: 12 }, (_, g) => `quiet${g}`);
const EVENTS = [
  ...QUIET.flatMap((group, g) => Array.from({ length: 30 }, (_, i) => ({
    id: `${group}-${i}`, start: iso(Date.UTC(2000, 0, 1) + (i * 120 + g * 7) * DAY), title: `${group} event ${i}`, group,
  }))),
  ...Array.from({ length: 40 }, (_, i) => ({
    id: `busy-${i}`, start: iso(Date.UTC(2011, 5, 6) + (i % 7) * DAY), title: `Busy week item ${i}`, group: 'busy',
  })),
];
const WEEK = { start: new Date('2011-06-05'), end: new Date('2011-06-14') };

const bandHeight = (el: EventTimeline, id: string) =>
  shadow(el, '[part="group"]').find((band) => band.getAttribute('data-group') === id)!.getBoundingClientRect().height;
const chartHeight = (el: EventTimeline) => el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect().height;
/** The distinct lanes of the labels drawn within a band. */
function labelLanes(el: EventTimeline, id: string): number {
  const band = shadow(el, '[part="group"]').find((item) => item.getAttribute('data-group') === id)!.getBoundingClientRect();
  const tops = shadow(el, '[part~="label"]')
    .map((label) => label.getBoundingClientRect())
    .filter((box) => box.height > 0 && box.top >= band.top && box.bottom <= band.bottom)
    .map((box) => Math.round(box.top));
  return new Set(tops).size;
}

describe('<event-timeline> grouped bands share a steady height', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('a band crowded in view takes the lanes of bands with nothing in view; the chart keeps its height', async () => {
    const el = await mount('en', 1000);
    await whenLoaded(el, () => (el.events = { events: structuredClone(EVENTS) }));
    await settle(el, 100);
    const whole = { chart: chartHeight(el), busy: bandHeight(el, 'busy'), quiet: QUIET.map((group) => bandHeight(el, group)) };
    // Seen whole, more events than are drawn one by one: the busy week is one cluster in its band's strip.
    expect(drawnEvents(el).clusters.length).to.be.above(0);
    expect(drawnIds(el).filter((id) => id.startsWith('busy'))).to.deep.equal([]);

    const wholeView = el.view!;
    el.view = WEEK;
    await settle(el, 400);
    // The week: forty events of the busy band in view, no quiet band's.
    expect(drawnIds(el).filter((id) => id.startsWith('quiet'))).to.deep.equal([]);
    expect(bandHeight(el, 'busy')).to.be.above(whole.busy + 30);
    // (A chart over two screens tall fills only the bands near the screen: the busy one is scrolled to.)
    shadow(el, '[part="group"]').find((band) => band.getAttribute('data-group') === 'busy')!.scrollIntoView();
    await waitUntil(() => labelLanes(el, 'busy') >= 3, `the busy band's labels are in ${labelLanes(el, 'busy')} lane(s)`);
    QUIET.forEach((group, i) => expect(bandHeight(el, group), group).to.be.below(whole.quiet[i]));
    expect(chartHeight(el)).to.be.closeTo(whole.chart, 1);
    await expect(el).to.be.accessible();

    // Back to the whole: every band has its room again.
    el.view = wholeView;
    await settle(el, 400);
    expect(bandHeight(el, 'busy')).to.be.closeTo(whole.busy, 1);
    QUIET.forEach((group, i) => expect(bandHeight(el, group), group).to.be.closeTo(whole.quiet[i], 1));
    expect(chartHeight(el)).to.be.closeTo(whole.chart, 1);
  });

  it('a collapsed band stays thin and gives nothing; expanding it gives it its share back', async () => {
    const el = await mount('en', 1000);
    await whenLoaded(el, () => (el.events = { events: structuredClone(EVENTS) }));
    await settle(el, 100);
    const open = bandHeight(el, 'quiet3');
    const toggle = shadow(el, '[part="group-label"]').find((label) => label.getAttribute('data-group') === 'quiet3')!.querySelector('button')!;
    toggle.click();
    await settle(el, 100);
    expect(bandHeight(el, 'quiet3')).to.be.below(open);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settle(el, 100);
    expect(bandHeight(el, 'quiet3')).to.be.closeTo(open, 1);
    await expect(el).to.be.accessible();
  });
});
