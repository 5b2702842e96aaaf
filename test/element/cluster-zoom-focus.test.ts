/**
 * A focused cluster that a zoom splits, as a tester found it on co2-concentration.csv (Tab to the first
 * cluster, then `+` twice): the cluster's node went with the redraw and the focus fell to the page's body,
 * where the arrows, `+` and `-` did nothing. The focus goes on to the cluster's first event now drawn (or to
 * the cluster that now holds it), with the tab stop, whatever changed the view: a key, the wheel, the page;
 * with none of its events left in view, to the item nearest in time. Zooming out again, a focused event is
 * never swallowed by a cluster (it is kept out of them), and keeps the focus.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport as setSize } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { drawn, settle } from '../helpers/element.js';
import { driverCan, itWhere, NO_VIEWPORT } from '../helpers/engine.js';
import { preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';
import { shadow } from '../helpers/shadow.js';

const CO2 = '/node_modules/vega-datasets/data/co2-concentration.csv';
const FIRST_CLUSTER = '10 events, March 1, 1958 – February 1, 1959';

async function co2(lang: string, width: number): Promise<EventTimeline> {
  // The listener first: with the file cached by an earlier test, the load can end before fixture() returns.
  const page = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  Object.assign(el, { lang, fields: 'title:CO2,start:Date' });
  el.style.width = `${width}px`;
  const loaded = oneEvent(el, 'timeline-load');
  el.src = CO2;
  page.append(el);
  await loaded;
  await drawn(el);
  await settle(el);
  return el;
}

const focused = (el: EventTimeline) => el.shadowRoot!.activeElement;
const tabStops = (el: EventTimeline) => shadow(el, '[role="option"][tabindex="0"]');

async function press(el: EventTimeline, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await settle(el);
  }
}

/** Tab from the page into the chart until the first cluster has the focus, as the tester did. */
async function tabToFirstCluster(el: EventTimeline): Promise<Element> {
  const cluster = shadow(el, '[part="cluster"]').find((node) => node.getAttribute('data-cluster') && tabStops(el).includes(node));
  expect(cluster, 'the first cluster is the tab stop').to.exist;
  for (let i = 0; i < 12 && focused(el) !== cluster; i++) await press(el, 'Tab');
  expect(focused(el), 'Tab reaches the first cluster').to.equal(cluster);
  return cluster!;
}

/** The focus is on one of the chart's options, which is the one tab stop, and the page's focus is the element. */
function expectFocusInChart(el: EventTimeline): Element {
  const node = focused(el);
  expect(node, 'the focus stays in the element').to.not.equal(null);
  expect(document.activeElement).to.equal(el);
  expect(node!.getAttribute('role')).to.equal('option');
  expect(tabStops(el), 'the tab stop follows the focus').to.deep.equal([node]);
  return node!;
}

describe('<event-timeline> a focused cluster split by a zoom (co2-concentration.csv)', function () {
  // 741 events read from a file, a dozen keys and an axe check each: more than the default 10 s on a busy machine.
  this.timeout(30_000);
  before(async () => {
    await preferReducedMotion();
  });
  after(async () => {
    await undoMediaEmulation({ reducedMotion: 'no-preference' });
    if (driverCan.setViewport) await setSize({ width: 1280, height: 900 });
  });

  it('at 1280 px, Tab to the first cluster, + +: the focus is on the cluster\'s first event, March 1958, and → goes on to April', async () => {
    const el = await co2('en', 1280);
    const cluster = await tabToFirstCluster(el);
    expect(cluster.getAttribute('aria-label')).to.match(new RegExp(`^${FIRST_CLUSTER}\\b`));

    await press(el, '+', '+');
    // The cluster is split: its node is gone, or draws another one.
    expect(shadow(el, `[data-cluster="${cluster.getAttribute('data-cluster')}"]`)).to.deep.equal([]);
    const first = expectFocusInChart(el);
    expect(first.getAttribute('part')).to.match(/\bevent\b/);
    expect(first.getAttribute('aria-label')).to.equal('315.70, March 1, 1958');
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.matches(':focus-visible'), 'its focus ring is drawn').to.equal(true);
    await expect(el).to.be.accessible();

    await press(el, 'ArrowRight');
    expect(expectFocusInChart(el).getAttribute('aria-posinset')).to.equal('2');
    expect(focused(el)!.getAttribute('aria-label')).to.equal('317.46, April 1, 1958');
    // The zoom keys still work from there, about the focused event, which stays focused.
    const span = +el.view!.end - +el.view!.start;
    await press(el, '+');
    expect(+el.view!.end - +el.view!.start).to.be.below(span);
    expect(expectFocusInChart(el).getAttribute('aria-posinset')).to.equal('2');
  });

  it('zooming out again (- - -): the focused event is not swallowed by a cluster, the focus stays on it, and ← goes back', async () => {
    const el = await co2('en', 1280);
    await tabToFirstCluster(el);
    await press(el, '+', '+', 'ArrowRight', 'ArrowRight');
    const id = expectFocusInChart(el).getAttribute('data-id');
    await press(el, '-', '-', '-');
    expect(shadow(el, '[part="cluster"]').length, 'zoomed out, the events are in clusters again').to.be.above(0);
    expect(expectFocusInChart(el).getAttribute('data-id')).to.equal(id);
    await expect(el).to.be.accessible();
    await press(el, 'ArrowLeft');
    expect(expectFocusInChart(el).getAttribute('aria-posinset')).to.equal('2');
  });

  it('the wheel, about the first cluster: the focus follows it into the clusters it is cut into, then to the earliest of its events drawn, and → goes on', async () => {
    const el = await co2('en', 1280);
    const cluster = await tabToFirstCluster(el);
    const svg = shadow(el, 'svg.chart')[0];
    const box = cluster.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    const seen = new Set<string>();
    for (let i = 0; i < 16 && !focused(el)?.matches('[part~="event"]'); i++) {
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      await settle(el);
      const node = expectFocusInChart(el);
      seen.add(node.getAttribute('data-cluster') ?? '');
      // While a cluster has the focus, it holds the first of the events (March 1958).
      if (node.matches('[part="cluster"]')) expect(node.getAttribute('aria-label')).to.match(/^\d+ events, March 1, 1958 –/);
    }
    expect(seen.size, 'the wheel cut the cluster anew before it split').to.be.above(1);
    const node = expectFocusInChart(el);
    expect(node.getAttribute('part')).to.match(/\bevent\b/);
    // The earliest event drawn, of those the first cluster held.
    const drawnOfCluster = shadow(el, '[part~="event"]').map((event) => Number(event.getAttribute('aria-posinset'))).filter((at) => at <= 10);
    expect(Number(node.getAttribute('aria-posinset'))).to.equal(Math.min(...drawnOfCluster));
    await expect(el).to.be.accessible();
    await press(el, 'ArrowRight');
    expect(Number(expectFocusInChart(el).getAttribute('aria-posinset'))).to.equal(Math.min(...drawnOfCluster) + 1);
  });

  it('a view set by the page that leaves out all of the focused cluster\'s events: the focus goes to the item nearest in time, January 1990', async () => {
    const el = await co2('en', 1280);
    await tabToFirstCluster(el);
    el.view = { start: new Date('1990-01-01'), end: new Date('1990-12-31') };
    await settle(el);
    expect(shadow(el, '[part="cluster"]'), 'a year is drawn event by event').to.deep.equal([]);
    expect(expectFocusInChart(el).getAttribute('aria-label')).to.equal('353.66, January 1, 1990');
    await expect(el).to.be.accessible();
    await press(el, 'ArrowRight');
    expect(expectFocusInChart(el).getAttribute('aria-label')).to.equal('354.70, February 1, 1990');
  });

  itWhere(driverCan.setViewport, NO_VIEWPORT)('at 390 px in Armenian (drawn vertically), Tab to the first cluster, + +: the focus is on its first event, and ↓ moves on, not the page', async () => {
    await setSize({ width: 390, height: 844 });
    const el = await co2('hy', 390);
    expect(el.shadowRoot!.querySelector('svg.chart')!.classList.contains('vertical')).to.equal(true);
    await tabToFirstCluster(el);
    await press(el, '+', '+');
    const first = expectFocusInChart(el);
    expect(first.getAttribute('part')).to.match(/\bevent\b/);
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    await expect(el).to.be.accessible();
    const scrolled = scrollY;
    await press(el, 'ArrowDown');
    expect(expectFocusInChart(el).getAttribute('aria-posinset')).to.equal('2');
    expect(scrollY, 'the arrow moves the focus, not the page').to.equal(scrolled);
  });
});
