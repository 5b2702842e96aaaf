/**
 * The details a reader meets first, on the article and on real data: a click on the centre of any mark
 * selects it (no axis or grid line catches it), the tooltip stays inside the page and goes away on a
 * click, and the summary says the span at a precision that tells something.
 */
import { preferReducedMotion } from '../helpers/media.js';
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport as setSize } from '@web/test-runner-commands';
import { NO_VIEWPORT, driverCan, itWhere } from '../helpers/engine.js';

/** The viewport's size where the driver can set it (not WebKit's, whose window keeps its size). */
const setViewport = (size: { width: number; height: number }) => (driverCan.setViewport ? setSize(size) : Promise.resolve());
import type { EventTimeline } from '../../src/timeline-element.js';
import { ARTICLE, settle, whenLoaded } from '../helpers/element.js';
import { earthquakes, laRiots, type OwnEvent } from '../helpers/real-data.js';
import { shadow, texts } from '../helpers/shadow.js';

/** The element at the page's left edge, as wide as asked: where a tooltip is likeliest to leave the page. */
async function mountAtEdge(width: number, give: (el: EventTimeline) => void): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="display:block; width:${width}px; margin:0"></event-timeline>`);
  await whenLoaded(el, () => give(el));
  return el;
}

const withIds = (events: OwnEvent[]) => events.map((event, i) => ({ id: `e${i}`, ...event }));

/** The centre of an element on the page, after scrolling it into view. */
function centreOf(node: Element): [number, number] {
  node.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = node.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** The event whose mark is painted on top at a point of the page, if any. */
function topMarkAt(el: EventTimeline, [x, y]: [number, number]): string | undefined {
  const hit = el.shadowRoot!.elementsFromPoint(x, y).find((node) => node.classList.contains('mark'));
  return hit?.closest('[data-id]')?.getAttribute('data-id') ?? undefined;
}

/**
 * Clicks the centre of every drawn mark with the real mouse. Each click selects the event whose mark is
 * painted there: its own, unless another mark lies over it (a pile of one day's events, which the density
 * work counts); never nothing, as when an axis or grid line took the click. Returns how many selected their own.
 */
async function clickEveryMark(el: EventTimeline): Promise<{ own: number; total: number }> {
  const ids = shadow(el, '[part~="event"]').map((node) => node.getAttribute('data-id')!);
  let own = 0;
  for (const id of ids) {
    // Closed first: the details change the page's height, and so where the chart is scrolled to.
    el.selected = undefined;
    await el.updateComplete;
    const mark = el.shadowRoot!.querySelector(`[data-id="${id}"] .mark`)!;
    const point = centreOf(mark);
    const painted = topMarkAt(el, point);
    expect(el.shadowRoot!.elementsFromPoint(...point), `${id}'s mark is under its centre`).to.include(mark);
    await sendMouse({ type: 'click', position: point });
    await settle(el);
    expect(el.selected, `a click on the centre of ${id}'s mark`).to.equal(painted);
    if (painted === id) own++;
  }
  await resetMouse();
  return { own, total: ids.length };
}

describe('<event-timeline> details on the article and real data', () => {
  before(async () => {
    await preferReducedMotion();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetMouse();
  });

  it('a click on the centre of every mark selects it, horizontal and vertical, on the article', async () => {
    await setViewport({ width: 1280, height: 800 });
    for (const width of [1000, 390]) {
      const el = await mountAtEdge(width, (node) => (node.src = ARTICLE));
      const { own, total } = await clickEveryMark(el);
      expect(total, `${width}: every event drawn`).to.equal(12);
      // Horizontal, no two marks of the article overlap. In the vertical column some points of 2017 do
      // (two events of 11 September are one point): there the one drawn on top is chosen.
      if (width > 520) expect(own, `${width}: marks selected by a click on their own centre`).to.equal(12);
      el.remove();
    }
  });

  // Five days of riots need a wide page, or same-day points share a spot: where the driver cannot size it, skipped.
  itWhere(driverCan.setViewport, NO_VIEWPORT)('a click on the centre of every mark selects it on la-riots.csv, zoomed to its five days, in both orientations', async function (this: Mocha.Context) {
    // 126 real clicks, each awaited: more than the default 10 s on a busy 2-core machine.
    this.timeout(40_000);
    await setViewport({ width: 1280, height: 800 });
    const riots = withIds(await laRiots());
    for (const width of [1280, 390]) {
      const el = await mountAtEdge(width, (node) => (node.events = riots));
      el.view = { start: new Date('1992-04-28'), end: new Date('1992-05-05') };
      await settle(el);
      const { own, total } = await clickEveryMark(el);
      expect(total, `${width}: the burst drawn one by one`).to.be.at.least(50);
      // Vertical, a day's deaths are one point on the axis (the phone layout of bursts is other work).
      if (width > 520) expect(own, 'horizontal: most marks lie clear of others').to.be.greaterThan(total / 2);
      el.remove();
    }
  });

  itWhere(driverCan.setViewport, NO_VIEWPORT)('the focus tooltip of the first event stays inside a 390 px page, and of the last at 1280 px', async () => {
    for (const [page, first] of [[390, true], [1280, false], [390, false]] as const) {
      await setViewport({ width: page, height: 800 });
      const el = await mountAtEdge(page, (node) => (node.src = ARTICLE));
      const ids = shadow(el, '[part~="event"]').map((node) => node.getAttribute('data-id')!);
      el.focusEvent(first ? ids[0] : ids.at(-1)!);
      await settle(el);
      const tooltip = shadow(el, '[part="tooltip"]')[0];
      expect(tooltip, 'a tooltip for the focused event').to.not.equal(undefined);
      const rect = tooltip.getBoundingClientRect();
      expect(rect.left, `${page} px: left edge on the page`).to.be.at.least(0);
      expect(rect.right, `${page} px: right edge on the page`).to.be.at.most(document.documentElement.clientWidth);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('a click puts the tooltip away: it does not stay over the details', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mountAtEdge(1000, (node) => (node.src = ARTICLE));
    const point = centreOf(el.shadowRoot!.querySelector('[data-id="arrest-minsk"] .mark')!);
    await sendMouse({ type: 'move', position: point });
    await settle(el);
    expect(texts(el, '[part="tooltip"]')[0]).to.contain('Lapshin arrested in Minsk');
    await sendMouse({ type: 'click', position: point });
    await settle(el);
    expect(el.selected).to.equal('arrest-minsk');
    expect(shadow(el, '[part="details"]')).to.have.length(1);
    expect(shadow(el, '[part="tooltip"]'), 'no tooltip once the details are open').to.have.length(0);
    // Moving on to another mark shows its tooltip again.
    await sendMouse({ type: 'move', position: centreOf(el.shadowRoot!.querySelector('[data-id="pardon-decree"] .mark')!) });
    await settle(el);
    expect(texts(el, '[part="tooltip"]')[0]).to.contain('pardon');
    await expect(el).to.be.accessible();
  });

  it('the summary names the span at a precision that tells something', async () => {
    const [riotEvents, quakeEvents] = await Promise.all([laRiots(), earthquakes()]);
    const riots = await mountAtEdge(1000, (node) => (node.events = withIds(riotEvents)));
    expect(texts(riots, '[part="summary"]')[0].replace(/\s+/g, ' ')).to.equal('63 events, Apr 1992 – Nov 1993');
    const quakes = await mountAtEdge(1000, (node) => (node.events = withIds(quakeEvents)));
    const summary = texts(quakes, '[part="summary"]')[0].replace(/\s+/g, ' ');
    expect(summary).to.match(/^1,707 events, Jan 3\d – Feb \d, 2018$/);
    expect(summary).to.not.contain('from 2018 to 2018');
    const article = await mountAtEdge(1000, (node) => (node.src = ARTICLE));
    expect(texts(article, '[part="summary"]')[0]).to.equal('12 events, from 2009 to 2027');
  });
});
