import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { driverCan, itWhere, NO_VIEWPORT } from '../helpers/engine.js';
import { ARTICLE, mount, settle, whenLoaded } from '../helpers/element.js';
import { shadow } from '../helpers/shadow.js';
import type { EventTimeline } from '../../src/timeline-element.js';

async function story(lang = 'en', width = 1000): Promise<EventTimeline> {
  const el = await mount(lang, width);
  el.mode = 'story';
  await whenLoaded(el, () => (el.src = ARTICLE));
  await waitUntil(() => shadow(el, '[part="story"]').length === 1, 'no story card');
  return el;
}
const card = (el: EventTimeline) => el.shadowRoot!.querySelector('[part="story"]')!;
const heading = (el: EventTimeline) => card(el).querySelector('[role="heading"]')!.textContent!.trim();
const live = (el: EventTimeline) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

describe('<event-timeline mode="story">', () => {
  it('opens on the title card, then walks the events in time order with Next and Previous, selecting each', async () => {
    const el = await story();
    expect(heading(el)).to.equal('The Lapshin case and Azerbaijan–Israel relations');
    expect(card(el).textContent).to.contain('1 of 13');
    expect((card(el).querySelector('[part~="previous"]') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).to.be.accessible();
    (card(el).querySelector('[part~="next"]') as HTMLButtonElement).click();
    // The zoom to the card's event runs its course (mid-way, the view can pass the earliest event by).
    await settle(el, 400);
    expect(heading(el)).to.equal('US cable records Aliyev’s “iceberg” remark');
    expect(el.selected).to.equal('wikileaks-iceberg-cable');
    expect(live(el)).to.equal('US cable records Aliyev’s “iceberg” remark');
    expect(shadow(el, '[part~="selected"]').map((g) => g.getAttribute('data-id'))).to.deep.equal(['wikileaks-iceberg-cable']);
    // Only the card shows the event: no second details panel.
    expect(shadow(el, '[part="details"]')).to.have.length(1);
    await expect(el).to.be.accessible();
    (card(el).querySelector('[part~="previous"]') as HTMLButtonElement).click();
    await settle(el);
    expect(el.selected).to.equal(undefined);
    expect(card(el).textContent).to.contain('1 of 13');
  });

  it('moves with the arrow keys (mirrored right to left) and centres the chart on the card\'s event', async () => {
    const el = await story('hy');
    const press = async (key: string) => {
      card(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await settle(el, 400);
    };
    for (let i = 0; i < 5; i++) await press('ArrowRight');
    expect(el.selected).to.equal('arrest-minsk');
    const view = el.view!;
    const middle = (+view.start + +view.end) / 2;
    expect(Math.abs(middle - Date.UTC(2016, 11, 15))).to.be.below(3 * 86_400_000);
    el.setAttribute('dir', 'rtl');
    await settle(el);
    await press('ArrowRight');
    expect(el.selected).to.equal('karabakh-visit-2012');
    await expect(el).to.be.accessible();
  });

  it('moves with a swipe on touch (left: next; right: previous), and not with a mouse drag or a short touch', async () => {
    const el = await story();
    const swipe = async (from: number, to: number, pointerType = 'touch') => {
      const options = { bubbles: true, composed: true, pointerType, clientY: 300 };
      card(el).dispatchEvent(new PointerEvent('pointerdown', { ...options, clientX: from }));
      card(el).dispatchEvent(new PointerEvent('pointerup', { ...options, clientX: to }));
      await settle(el, 400);
    };
    await swipe(300, 200);
    expect(el.selected).to.equal('wikileaks-iceberg-cable');
    await swipe(300, 200);
    expect(el.selected).to.equal('blacklisting');
    await swipe(200, 300);
    expect(el.selected).to.equal('wikileaks-iceberg-cable');
    await swipe(300, 200, 'mouse');
    await swipe(300, 270);
    expect(el.selected, 'a mouse drag and a 30 px touch move nothing').to.equal('wikileaks-iceberg-cable');
  });

  it('follows the document\'s story order, and a selection made on the chart', async () => {
    const el = await mount();
    el.mode = 'story';
    await whenLoaded(el, () => (el.events = { story: ['c', 'a'], events: [
      { id: 'a', title: 'A', start: '2017-01-01' }, { id: 'b', title: 'B', start: '2017-02-01' }, { id: 'c', title: 'C', start: '2017-03-01' },
    ] }));
    await waitUntil(() => shadow(el, '[part="story"]').length === 1, 'no story card');
    (card(el).querySelector('[part~="next"]') as HTMLButtonElement).click();
    await settle(el);
    expect([el.selected, heading(el)]).to.deep.equal(['c', 'C']);
    el.selected = 'a';
    await settle(el);
    expect(card(el).textContent).to.contain('3 of 3');
    expect((card(el).querySelector('[part~="next"]') as HTMLButtonElement).disabled).to.equal(true);
  });

  itWhere(driverCan.setViewport, NO_VIEWPORT)('on a phone, the card is under a compact horizontal chart, Next on screen, nothing wider than the page', async () => {
    await setViewport({ width: 390, height: 560 });
    try {
      const el = await story('hy', 374);
      el.selected = 'arrest-minsk';
      await settle(el, 400);
      const chart = el.shadowRoot!.querySelector('svg.chart')!;
      // Not the vertical column a chart takes below 520 px, which would push the card a screen down.
      expect(chart.classList.contains('horizontal')).to.equal(true);
      expect(chart.getBoundingClientRect().height).to.be.below(260);
      expect(card(el).getBoundingClientRect().top - chart.getBoundingClientRect().bottom).to.be.below(60);
      // Read from its top, a card longer than the screen keeps Next at the foot of the screen.
      card(el).scrollIntoView({ block: 'start' });
      const next = card(el).querySelector('[part~="next"]')!.getBoundingClientRect();
      expect(card(el).getBoundingClientRect().bottom).to.be.above(innerHeight);
      expect(next.bottom).to.be.at.most(innerHeight);
      expect(next.top).to.be.at.least(0);
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
