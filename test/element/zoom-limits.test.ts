/**
 * The zoom's limits as a person meets them, on la-riots.csv (vega-datasets: 63 deaths, most in five days of
 * 1992, the last in November 1993, so the default axis squeezes long empty stretches). Zooming in toward the
 * narrowest view keeps the focused event where it is, and at the limit `+` does nothing at all; a wheel zoom
 * never runs past the data's whole view, zooming out to within a hair of it shows all of it, and "−" and
 * "Show all" stay enabled while any of it is not shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport as setSize } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { driverCan, itWhere, NO_VIEWPORT } from '../helpers/engine.js';
import { drawn, settle } from '../helpers/element.js';
import { preferReducedMotion } from '../helpers/media.js';
import { shadow } from '../helpers/shadow.js';

const RIOTS = '/node_modules/vega-datasets/data/la-riots.csv';
const FIELDS = 'title:last_name,start:death_date,category:type';

async function riots(width: number): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="width: ${width}px" src=${RIOTS} fields=${FIELDS}></event-timeline>`);
  await drawn(el);
  await settle(el, 100);
  return el;
}

/** The centre of the focused event's mark on screen, and which event it is. */
function focusedMark(el: EventTimeline): { id: string | null; x: number; y: number } {
  const focused = el.shadowRoot!.activeElement;
  const box = focused?.querySelector('.mark')?.getBoundingClientRect();
  if (!focused || !box) throw new Error('no focused mark');
  return { id: focused.getAttribute('data-id'), x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

const button = (el: EventTimeline, part: string) => shadow(el, `[part~="${part}"]`)[0] as HTMLButtonElement;
const disabled = (el: EventTimeline, part: string) => button(el, part).getAttribute('aria-disabled');
const viewOf = (el: EventTimeline) => ({ start: +el.view!.start, end: +el.view!.end });
const live = (el: EventTimeline) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

/** Wheel notches over the chart at (x, y) in the page: negative `deltaY` zooms in. */
function wheel(el: EventTimeline, notches: number, deltaY: number, x: number, y: number): void {
  const svg = shadow(el, 'svg.chart')[0];
  for (let i = 0; i < notches; i++) svg.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true }));
}

describe('<event-timeline> zoom limits on la-riots.csv', () => {
  before(async () => {
    await preferReducedMotion();
  });

  for (const width of [1280, 390]) {
    itWhere(driverCan.setViewport, NO_VIEWPORT)(`at ${width} px, + keeps the focused first event in place down to the limit, and there does nothing`, async () => {
      await setSize({ width: width + 40, height: 900 });
      const el = await riots(width);
      for (let i = 0; i < 12 && !el.shadowRoot!.activeElement?.getAttribute('data-id'); i++) await sendKeys({ press: 'Tab' });
      const start = focusedMark(el);
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.match(/^Harris, April 29, 1992/);
      for (let press = 1; press <= 3; press++) {
        await sendKeys({ press: '+' });
        await settle(el, 100);
        const now = focusedMark(el);
        expect(now.id).to.equal(start.id);
        expect(now.x, `x after + ${press}`).to.be.closeTo(start.x, 1);
        expect(now.y, `y after + ${press}`).to.be.closeTo(start.y, 1);
      }
      // Three days for day dates: the limit, reached.
      expect(viewOf(el).end - viewOf(el).start).to.be.closeTo(3 * 86_400_000, 60_000);
      expect(disabled(el, 'zoom-in')).to.equal('true');
      const atLimit = viewOf(el);
      let changes = 0;
      el.addEventListener('timeline-view-change', () => changes++);
      await sendKeys({ press: '+' });
      await settle(el, 200);
      button(el, 'zoom-in').click();
      await settle(el, 200);
      expect(viewOf(el), 'at the limit, + moves nothing').to.deep.equal(atLimit);
      expect(changes).to.equal(0);
      const now = focusedMark(el);
      expect(now.x).to.be.closeTo(start.x, 1);
      expect(now.y).to.be.closeTo(start.y, 1);
      await expect(el).to.be.accessible();
    });
  }

  itWhere(driverCan.setViewport, NO_VIEWPORT)('a wheel zoom in and out leaves "−" and "Show all" enabled while events are off the chart, and never runs past the data', async () => {
    await setSize({ width: 1320, height: 900 });
    const el = await riots(1280);
    const whole = viewOf(el);
    expect(disabled(el, 'zoom-fit')).to.equal('true');
    // As a mouse wheel's notches: 3 and 5 in near the right end, 3 out in the middle.
    const steps: [number, number, number][] = [[3, -300, 1150], [5, -300, 1150], [3, 300, 640]];
    for (const [notches, deltaY, x] of steps) {
      wheel(el, notches, deltaY, x, 400);
      await settle(el, 100);
      const view = viewOf(el);
      expect(view.start, 'the view starts within the data').to.be.at.least(whole.start);
      expect(view.end, 'the view ends within the data').to.be.at.most(whole.end);
    }
    // The first deaths, of April 29, are left of the view: the buttons that bring them back are enabled.
    expect(viewOf(el).start).to.be.greaterThan(Date.UTC(1992, 3, 29));
    expect(disabled(el, 'zoom-out')).to.equal('false');
    expect(disabled(el, 'zoom-fit')).to.equal('false');
    await expect(el).to.be.accessible();
    button(el, 'zoom-fit').click();
    await settle(el, 200);
    expect(viewOf(el)).to.deep.equal(whole);
    expect(shadow(el, '[part~="event"]')).to.have.length(63);
    expect(live(el)).to.match(/63 events/);
    expect(disabled(el, 'zoom-fit')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  itWhere(driverCan.setViewport, NO_VIEWPORT)('a wheel zooming out to within a hair of the whole view shows all of it', async () => {
    await setSize({ width: 1320, height: 900 });
    const el = await riots(1280);
    const whole = viewOf(el);
    // In by 2^0.2, out by 2^-0.198: short of the whole by a sixth of a percent, near the right end.
    wheel(el, 1, -100, 1150, 400);
    await settle(el, 100);
    expect(disabled(el, 'zoom-fit')).to.equal('false');
    wheel(el, 1, 99, 1150, 400);
    await settle(el, 200);
    expect(viewOf(el)).to.deep.equal(whole);
    expect(disabled(el, 'zoom-out')).to.equal('true');
    expect(disabled(el, 'zoom-fit')).to.equal('true');
    expect(shadow(el, '[part~="event"]')).to.have.length(63);
    await expect(el).to.be.accessible();
  });
});
