/**
 * The details panel opens under the chart: under a tall chart, below the fold, and the reader saw nothing
 * change (la-riots on the real-data demo: the panel's top at y=865 of an 800 px window). Opened by the
 * reader (Enter, Space, a click), it is scrolled into view, just enough, and the focus stays on the event;
 * a panel already in view does not move the page, nor does a selection made from script.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { driverCan, itWhere } from '../helpers/engine.js';
import { settle, whenLoaded } from '../helpers/element.js';
import { NO_MEDIA_EMULATION, preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';

/** A year apart, with titles of one length and nothing else: every event's panel is as tall as the next one's. */
const EVENTS = Array.from({ length: 8 }, (_, i) => ({ id: `e${i + 1}`, title: `Event ${i + 1}`, start: `${2001 + i}-06-15` }));

/** Px of the element left above the fold: its chart in view, its details (under the chart) below. */
const ABOVE_FOLD = 8;

const panel = (el: EventTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="details"]');
const focusedId = (el: EventTimeline) => el.shadowRoot!.activeElement?.getAttribute('data-id') ?? null;
const eventNode = (el: EventTimeline, id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"][role="option"]`)!;

/** Whether the box lies wholly within the window's height (a pixel's rounding allowed). */
function inView(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.top >= -1 && box.bottom <= innerHeight + 1;
}

/**
 * A page taller than the window: a spacer, then the timeline, whose bottom edge is just above the fold
 * (so its events are in view and its details open below it), then more page.
 */
async function tallPage(): Promise<EventTimeline> {
  const page = await fixture<HTMLElement>(html`<div>
    <div class="spacer"></div>
    <event-timeline lang="en" style="width: 700px"></event-timeline>
    <div style="height: 100vh"></div>
  </div>`);
  const el = page.querySelector('event-timeline')!;
  await whenLoaded(el, () => (el.events = EVENTS));
  scrollTo(0, 0);
  const bottom = el.getBoundingClientRect().bottom;
  expect(bottom, 'the timeline fits in the window, to be pushed down to the fold').to.be.below(innerHeight - ABOVE_FOLD);
  page.querySelector<HTMLElement>('.spacer')!.style.height = `${innerHeight - ABOVE_FOLD - bottom}px`;
  await settle(el);
  expect(document.documentElement.scrollHeight).to.be.above(innerHeight);
  expect(scrollY).to.equal(0);
  return el;
}

describe('<event-timeline> details brought into view', () => {
  before(async () => {
    await preferReducedMotion();
  });
  afterEach(() => scrollTo(0, 0));

  it('Enter scrolls the details into view, just enough, and the focused event stays in view', async () => {
    const el = await tallPage();
    el.focusEvent('e4');
    await settle(el);
    expect(focusedId(el)).to.equal('e4');
    expect(inView(eventNode(el, 'e4')), 'the focused event is in view').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('e4');
    const details = panel(el)!;
    const box = details.getBoundingClientRect();
    expect(box.bottom, 'the panel is in view').to.be.at.most(innerHeight + 1);
    expect(box.top).to.be.at.least(0);
    // Just enough: the panel's bottom edge at the window's, not its top at the top.
    expect(box.bottom).to.be.closeTo(innerHeight, 2);
    expect(scrollY).to.be.above(0);
    // The focus did not move, and the event it is on was not scrolled away.
    expect(focusedId(el)).to.equal('e4');
    expect(inView(eventNode(el, 'e4')), 'the focused event is still in view').to.equal(true);
    await expect(el).to.be.accessible();

    // Another event opened while the panel is in view: the page does not move.
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el)).to.equal('e5');
    const before = scrollY;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('e5');
    expect(panel(el)!.textContent).to.contain('Event 5');
    expect(inView(panel(el)!)).to.equal(true);
    expect(scrollY, 'no jump when the panel is already in view').to.equal(before);
    // Space opens too, and again the page stays.
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.selected).to.equal('e4');
    expect(scrollY).to.equal(before);
  });

  it('a selection made from script does not scroll the page', async () => {
    const el = await tallPage();
    el.selected = 'e3';
    await settle(el);
    expect(panel(el), 'the panel is drawn').to.not.equal(null);
    expect(scrollY).to.equal(0);
    expect(inView(panel(el)!)).to.equal(false);
  });

  itWhere(driverCan.emulateMedia, NO_MEDIA_EMULATION)('a click opens the details into view, smoothly when motion is welcome', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      const el = await tallPage();
      const box = eventNode(el, 'e2').querySelector('.mark')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await settle(el);
      expect(el.selected).to.equal('e2');
      await waitUntil(() => inView(panel(el)!), 'the panel never came into view', { timeout: 3000 });
      await expect(el).to.be.accessible();
    } finally {
      await undoMediaEmulation({ reducedMotion: 'reduce' });
    }
  });
});
