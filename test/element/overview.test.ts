import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { ARTICLE, mount, settle, whenLoaded } from '../helpers/element.js';
import { preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';
import { shadow } from '../helpers/shadow.js';

const DAY = 86_400_000;

async function withOverview(lang = 'en', dir = 'ltr'): Promise<EventTimeline> {
  const el = await mount(lang, 1000);
  el.setAttribute('dir', dir);
  el.overview = true;
  await whenLoaded(el, () => (el.src = ARTICLE));
  await waitUntil(() => shadow(el, '[part="overview-window"]').length === 1, 'no overview drawn');
  return el;
}

const strip = (el: EventTimeline) => el.shadowRoot!.querySelector('[part="overview"]')!.getBoundingClientRect();
const windowNode = (el: EventTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part="overview-window"]')!;
const box = (el: EventTimeline) => windowNode(el).getBoundingClientRect();
const span = (el: EventTimeline) => +el.view!.end - +el.view!.start;
/** Where an instant is along the strip, 0 to 1 from its left. */
const along = (el: EventTimeline, x: number) => (x - strip(el).left) / strip(el).width;

describe('<event-timeline overview>', () => {
  before(preferReducedMotion);
  after(() => undoMediaEmulation({ reducedMotion: 'no-preference' }));

  it('draws the density of all events under the chart, and the whole view as its window', async () => {
    const el = await withOverview();
    const chart = el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
    expect(strip(el).top).to.be.at.least(chart.bottom - 1);
    expect(strip(el).height).to.be.below(40);
    expect(el.shadowRoot!.querySelector('.overview-density path')!.getAttribute('d')).to.match(/^M/);
    // Unzoomed, the window covers the whole strip.
    expect(box(el).width).to.be.closeTo(strip(el).width, 3);
    const slider = windowNode(el);
    // (Spaces as the engine's Intl puts them around a range's dash: thin in Chromium, plain in Firefox.)
    const words = slider.getAttribute('aria-valuetext')!.replace(/\s/g, ' ');
    expect([slider.getAttribute('role'), slider.getAttribute('aria-label'), words])
      .to.deep.equal(['slider', 'Overview: the part of the timeline in view', '2008 – 2028']);
    await expect(el).to.be.accessible();
  });

  it('follows the chart\'s zoom and pan, with the span in words in the element\'s language', async () => {
    const el = await withOverview('hy');
    const full = el.view!;
    const fraction = (t: number) => (t - +full.start) / (+full.end - +full.start);
    el.zoomTo('2016-11-01', '2017-10-01');
    await settle(el);
    expect(along(el, box(el).left)).to.be.closeTo(fraction(Date.UTC(2016, 10, 1)), 0.01);
    expect(along(el, box(el).right)).to.be.closeTo(fraction(Date.UTC(2017, 9, 1)), 0.01);
    // Armenian month words: the element's own where the engine has none (Chromium), else the engine's,
    // which may leave out the "թ." (year) after the number, or write its dot as "․".
    expect(windowNode(el).getAttribute('aria-valuetext')!.replace(/\s/g, ' ')).to.match(/^2016( թ[.․])? նոյ – 2017( թ[.․])? հոկ$/);
    await expect(el).to.be.accessible();
  });

  it('the slider keys move the view: arrows a tenth, Page Down a whole span, Home and End to the ends', async () => {
    const el = await withOverview();
    el.zoomTo('2016-11-01', '2017-10-01');
    await settle(el);
    const before = el.view!;
    const width = span(el);
    windowNode(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(+el.view!.start - +before.start).to.be.closeTo(width / 10, DAY);
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    expect(+before.start - +el.view!.start).to.be.closeTo(width * 0.9, DAY);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(box(el).left).to.be.closeTo(strip(el).left, 2);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(box(el).right).to.be.closeTo(strip(el).right, 2);
    expect(span(el)).to.be.closeTo(width, DAY);
    expect(el.shadowRoot!.activeElement).to.equal(windowNode(el));
    await expect(el).to.be.accessible();
  });

  it('dragging the window pans the chart; dragging its edge zooms it', async () => {
    const el = await withOverview();
    el.zoomTo('2012-01-01', '2016-01-01');
    await settle(el);
    const width = span(el);
    const start = +el.view!.start;
    const { left, right, top, height } = box(el);
    const y = Math.round(top + height / 2);
    const middle = Math.round((left + right) / 2);
    await sendMouse({ type: 'move', position: [middle, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [middle + 100, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const full = strip(el).width;
    const extent = width / (right - left) * full;
    expect(+el.view!.start - start).to.be.closeTo((100 / full) * extent, 5 * DAY);
    expect(span(el)).to.be.closeTo(width, DAY);
    // The right edge, dragged 50 px further right: a longer view, the same start.
    // (The chart may have grown a lane for what came into view, and the strip moved down.)
    const after = box(el);
    const moved = +el.view!.start;
    const y2 = Math.round(after.top + after.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(after.right - 1), y2] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(after.right + 50), y2] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(+el.view!.start).to.be.closeTo(moved, DAY);
    expect(span(el)).to.be.closeTo(width + (50 / full) * extent, 5 * DAY);
    await expect(el).to.be.accessible();
  });

  it('right to left, time runs leftward along the strip too', async () => {
    const el = await withOverview('en', 'rtl');
    el.zoomTo('2009-01-01', '2012-01-01');
    await settle(el);
    // The earliest years are at the right.
    expect(along(el, box(el).right)).to.be.above(0.9);
    expect(along(el, box(el).left)).to.be.above(0.7);
    windowNode(el).focus();
    const before = +el.view!.start;
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(+el.view!.start).to.be.above(before);
    await expect(el).to.be.accessible();
  });
});
