/**
 * Opening a cluster from the keyboard: Enter zooms into it, and the keyboard focus stays in the chart, on
 * the first of its events now drawn, with the tab stop there, so that the arrows go on from it. (The
 * cluster's node goes with the zoom: the focus used to fall to the page's body, and the arrows did nothing.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { driverCan, itWhere } from '../helpers/engine.js';
import { mount, settle, sleep, whenLoaded } from '../helpers/element.js';
import { NO_MEDIA_EMULATION, preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';
import { realEvents } from '../helpers/real-data-sets.js';
import { shadow, texts } from '../helpers/shadow.js';

const pad = (n: number) => String(n).padStart(3, '0');

const HOUR = 3_600_000;

/** A crowd of events two hours apart from `start`. */
const crowd = (name: string, start: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `${name}${pad(i)}`, title: `${name} ${i}`, start: new Date(start + i * 2 * HOUR).toISOString() }));

/**
 * An event a year, 2000 to 2020, and two crowds of 150, in March 2009 and March 2017: too many to draw one
 * by one in all (more than 250), few enough in one crowd.
 */
const EVENTS = [
  ...Array.from({ length: 21 }, (_, i) => ({ id: `y${2000 + i}`, title: `Year ${2000 + i}`, start: `${2000 + i}-06-15` })),
  ...crowd('a', Date.UTC(2009, 2, 1), 150),
  ...crowd('c', Date.UTC(2017, 2, 1), 150),
];

function focused(el: EventTimeline): Element | null {
  return el.shadowRoot!.activeElement;
}

describe('<event-timeline> opening a cluster from the keyboard', () => {
  before(async () => {
    await preferReducedMotion();
  });
  after(async () => {
    await undoMediaEmulation({ reducedMotion: 'no-preference' });
  });

  it('Enter on a cluster zooms in and keeps the focus in the chart, on its first event, and the arrows go on from there', async () => {
    const el = await mount('en', 1000);
    await whenLoaded(el, () => (el.events = { title: 'A crowd', events: EVENTS }));
    await settle(el);
    const cluster = shadow(el, '[part="cluster"]:not(.pile)').find((node) => node.getAttribute('aria-label')!.includes('March 1, 2017')) as SVGGElement | undefined;
    expect(cluster, 'the crowd of 2017 is drawn as a cluster').to.exist;
    const span = +el.view!.end - +el.view!.start;
    cluster!.focus();
    expect(focused(el)).to.equal(cluster);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await waitUntil(() => +el.view!.end - +el.view!.start < span / 10, 'Enter zooms into the cluster');

    // The focus is in the chart, on an event that was in the cluster: the first of them.
    const first = focused(el);
    expect(first, 'the focus stays in the element').to.exist;
    expect(document.activeElement).to.equal(el);
    expect(first!.getAttribute('part')).to.match(/\bevent\b/);
    expect(first!.getAttribute('data-id')).to.equal('c000');
    // It is the one tab stop.
    const stops = shadow(el, '[role="option"][tabindex="0"]');
    expect(stops).to.deep.equal([first]);
    // The live region says what is shown now.
    expect(texts(el, '[aria-live="polite"]')[0]).to.match(/\d+ events?/);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)?.getAttribute('data-id')).to.equal('c001');
    expect(shadow(el, '[role="option"][tabindex="0"]').map((node) => node.getAttribute('data-id'))).to.deep.equal(['c001']);
  });

  // The demo's case (real-data.html?set=earthquakes): a smooth zoom's frames on the way may leave the event
  // out of view for a moment, and its node with it; it takes the focus back once drawn again.
  itWhere(driverCan.emulateMedia, NO_MEDIA_EMULATION)('the same through a smooth zoom, in a week of earthquakes', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount('en', 1280);
    await whenLoaded(el, async () => (el.events = { title: 'earthquakes', events: await realEvents('earthquakes') }));
    await settle(el);
    // The first drawing's clusters are in time order: the first holds the earliest earthquake.
    const cluster = shadow(el, '[part="cluster"]')[0] as SVGGElement;
    expect(Number(cluster.getAttribute('data-count')), 'a week of earthquakes is drawn in clusters').to.be.above(1);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    // Through the smooth zoom (250 ms) and its last frame.
    await sleep(400);
    await settle(el);
    const first = focused(el);
    expect(first, 'the focus stays in the element').to.not.equal(null);
    expect(first!.getAttribute('part')).to.match(/\bevent\b/);
    expect(first!.getAttribute('aria-posinset'), 'the earliest earthquake').to.equal('1');
    expect(shadow(el, '[role="option"][tabindex="0"]')).to.deep.equal([first]);
    expect(texts(el, '[aria-live="polite"]')[0]).to.match(/\d+ events?/);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)?.getAttribute('aria-posinset')).to.equal('2');
    await preferReducedMotion();
  });
});
