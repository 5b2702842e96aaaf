import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { driverCan, itWhere } from '../helpers/engine.js';
import { ARTICLE, mount, settle, sleep, whenLoaded } from '../helpers/element.js';
import { NO_MEDIA_EMULATION, preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';
import { shadow, texts } from '../helpers/shadow.js';

const DAY = 86_400_000;

function focusedId(el: EventTimeline): string | null {
  return el.shadowRoot!.activeElement?.getAttribute('data-id') ?? null;
}

function span(el: EventTimeline): number {
  return +el.view!.end - +el.view!.start;
}

/**
 * Resolves once the page's scroll has stayed put for several frames: a smooth scroll (the details brought
 * into view when motion is welcome) runs over many frames, and may start after the update that asked for it.
 */
async function scrollAtRest(): Promise<void> {
  let last = NaN;
  let still = 0;
  while (still < 5) {
    await new Promise(requestAnimationFrame);
    still = scrollY === last ? still + 1 : 0;
    last = scrollY;
  }
}

function centreOf(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('<event-timeline> zoom and pan', () => {
  let el: EventTimeline;
  let ids: string[];
  before(async () => {
    await preferReducedMotion();
  });
  after(async () => {
    await undoMediaEmulation({ reducedMotion: 'no-preference' });
  });
  beforeEach(async () => {
    el = await mount('en', 1000);
    // Time runs evenly here, so that spans in time are spans on screen (test/element/density.test.ts zooms across breaks).
    el.axis = 'linear';
    const detail = await whenLoaded(el, () => (el.src = ARTICLE));
    ids = detail.events.map((event) => event.id);
  });

  it('the wheel zooms in about the pointer and fires timeline-view-change', async () => {
    const svg = shadow(el, 'svg.chart')[0];
    const full = span(el);
    const before = texts(el, '[part~="axis"] text');
    const changed = oneEvent(el, 'timeline-view-change');
    const [x, y] = centreOf(svg);
    for (let i = 0; i < 6; i++) svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    const { detail } = await changed;
    expect(+detail.end - +detail.start).to.be.lessThan(full);
    await sleep(300);
    await settle(el);
    // Six steps of the wheel, about 1.3 times each: about a fifth of the whole span.
    expect(span(el)).to.be.lessThan(full / 4);
    expect(texts(el, '[part~="axis"] text')).to.not.deep.equal(before);
  });

  it('zoomed in, the axis speaks in months and then days, in the element language', async () => {
    el.zoomTo('2016-11-01', '2017-10-01');
    await settle(el);
    expect(texts(el, '[part~="axis"] text')).to.include.members(['2017', 'Apr']);
    el.zoomTo('2017-09-01', '2017-09-20');
    await settle(el);
    const days = texts(el, '[part~="axis"] text');
    expect(days.some((label) => /^Sep \d+$/.test(label))).to.equal(true, days.join());
    el.lang = 'hy';
    await settle(el);
    expect(texts(el, '[part~="axis"] text').some((label) => /^\d+ սեպ$/.test(label))).to.equal(true);
  });

  it('dragging pans to earlier time', async () => {
    el.zoomTo('2016-06-01', '2017-12-31');
    await settle(el);
    const start = +el.view!.start;
    const svg = shadow(el, 'svg.chart')[0];
    const [x, y] = centreOf(svg);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 200, y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(+el.view!.start).to.be.lessThan(start);
    expect(span(el)).to.be.closeTo(+new Date('2017-12-31') - +new Date('2016-06-01'), DAY);
  });

  it('the buttons zoom in, out and back to everything, never beyond the data', async () => {
    const full = span(el);
    const [zoomIn, zoomOut, fit] = ['zoom-in', 'zoom-out', 'zoom-fit'].map((part) => shadow(el, `[part~="${part}"]`)[0] as HTMLButtonElement);
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
    zoomIn.click();
    await settle(el);
    expect(span(el)).to.be.closeTo(full / 2, DAY);
    zoomIn.click();
    await settle(el);
    expect(span(el)).to.be.closeTo(full / 4, DAY);
    fit.click();
    await settle(el);
    expect(span(el)).to.be.closeTo(full, DAY);
    zoomOut.click();
    await settle(el);
    expect(span(el), 'zooming out stops at the data').to.be.closeTo(full, DAY);
  });

  it('zooms in down to hours, no further', async () => {
    el.zoomTo('2017-09-11T00:00Z', '2017-09-11T00:10Z');
    await settle(el);
    expect(span(el)).to.be.at.least(3 * 3_600_000 - 1);
  });

  it('the view property moves the chart, and events out of view are not drawn', async () => {
    el.view = { start: new Date('2016-12-01'), end: new Date('2017-03-01') };
    await settle(el);
    const drawn = shadow(el, '[part~="event"]').map((node) => node.getAttribute('data-id'));
    expect(drawn).to.include.members(['arrest-minsk', 'extradition-decision', 'handover-baku', 'gas-purchase-plan']);
    expect(drawn).to.not.include('wikileaks-iceberg-cable');
    expect(drawn).to.not.include('pardon-decree');
    expect(texts(el, 'ol li')).to.have.length(ids.length);
  });
});

describe('<event-timeline> keyboard', () => {
  let el: EventTimeline;
  let ids: string[];
  before(async () => {
    await preferReducedMotion();
  });
  beforeEach(async () => {
    el = await mount('en', 1000);
    ids = (await whenLoaded(el, () => (el.src = ARTICLE))).events.map((event) => event.id);
  });

  it('has one tab stop for the events, on the first event', async () => {
    const stops = shadow(el, '[role="option"]').filter((node) => node.getAttribute('tabindex') === '0');
    expect(stops.map((node) => node.getAttribute('data-id'))).to.deep.equal([ids[0]]);
  });

  it('Right, Left, Home, End move in time order', async () => {
    el.focusEvent(ids[0]);
    await settle(el);
    expect(focusedId(el)).to.equal(ids[0]);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el)).to.equal(ids[1]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedId(el)).to.equal(ids[1]);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focusedId(el)).to.equal(ids[ids.length - 1]);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focusedId(el)).to.equal(ids[0]);
    const stops = shadow(el, '[role="option"][tabindex="0"]');
    expect(stops).to.have.length(1);
  });

  it('moving to an event out of view pans the view to it', async () => {
    el.zoomTo('2008-12-01', '2010-01-01');
    await settle(el);
    el.focusEvent(ids[0]);
    await settle(el);
    await sendKeys({ press: 'End' });
    await settle(el);
    await waitUntil(() => focusedId(el) === ids[ids.length - 1]);
    const last = (await (await fetch(ARTICLE)).json()).events.find((e: { id: string }) => e.id === ids[ids.length - 1]);
    expect(+el.view!.end).to.be.greaterThan(+new Date(String(last.start).replace(/[~?%]/g, '')));
  });

  it('PageDown goes a screenful on', async () => {
    el.zoomTo('2008-12-01', '2012-01-01');
    await settle(el);
    el.focusEvent(ids[0]);
    await settle(el);
    await sendKeys({ press: 'PageDown' });
    await settle(el);
    await waitUntil(() => focusedId(el) !== ids[0]);
    expect(ids.indexOf(focusedId(el)!)).to.be.greaterThan(1);
  });

  it('+, - and 0 zoom', async () => {
    el.axis = 'linear';
    el.focusEvent(ids[4]);
    await settle(el);
    const full = span(el);
    await sendKeys({ press: '+' });
    await settle(el);
    expect(span(el)).to.be.closeTo(full / 2, DAY);
    await sendKeys({ press: '-' });
    await settle(el);
    expect(span(el)).to.be.closeTo(full, DAY);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await sendKeys({ press: '0' });
    await settle(el);
    expect(span(el)).to.be.closeTo(full, DAY);
  });

  it('Enter opens the details, Escape closes them and gives the focus back', async () => {
    el.focusEvent('arrest-minsk');
    await settle(el);
    const selectEvent = oneEvent(el, 'event-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selectEvent;
    await settle(el);
    expect(detail.id).to.equal('arrest-minsk');
    expect(el.getAttribute('selected')).to.equal('arrest-minsk');
    const details = texts(el, '[part="details"]')[0];
    expect(details).to.contain('Lapshin arrested in Minsk');
    expect(details).to.contain('disputed: December 14 or 15, 2016');
    expect(details).to.contain('The source says: «at the end of 2016»');
    expect(details).to.contain('At the end of 2016 Lapshin had been arrested in Minsk');
    expect(details).to.contain('2016 թվականի վերջին Լապշինը Մինսկում ձերբակալվել էր');
    expect(details).to.contain('Minsk');
    expect(shadow(el, '[part="details"] a')[0].getAttribute('href')).to.match(/^https:\/\//);
    expect(texts(el, '[aria-live="polite"]')[0]).to.contain('Opened: Lapshin arrested in Minsk');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(shadow(el, '[part="details"]')).to.have.length(0);
    expect(focusedId(el)).to.equal('arrest-minsk');
  });

  it('Space selects too, and a click selects the event clicked', async () => {
    el.focusEvent('handover-baku');
    await settle(el);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.selected).to.equal('handover-baku');
    // Space brought the details into view (details-scroll.test.ts), scrolling the chart up out of a 600 px
    // window: back up to it, as a reader would, to click another event, once that scroll has ended (Firefox
    // went on with a smooth one after an instant scroll back, and the click met another event).
    await scrollAtRest();
    scrollTo({ top: 0, left: 0, behavior: 'instant' });
    await scrollAtRest();
    expect(scrollY).to.equal(0);
    const mark = el.shadowRoot!.querySelector('[data-id="wikileaks-iceberg-cable"] .mark')!;
    await sendMouse({ type: 'click', position: centreOf(mark) });
    await settle(el);
    expect(el.selected).to.equal('wikileaks-iceberg-cable');
    expect(texts(el, '[part="details-title"]')).to.deep.equal(['US cable records Aliyev’s “iceberg” remark']);
  });

  it('focusing an event shows a tooltip with its title and date', async () => {
    await resetMouse();
    el.focusEvent('sentence-baku');
    await settle(el);
    expect(texts(el, '[part="tooltip"]')[0]).to.contain('July 20, 2017');
  });

  it('names every event with its title and its date in words, and what it leads to', async () => {
    const names = shadow(el, '[role="option"]').map((node) => node.getAttribute('aria-label'));
    expect(names).to.include('Lapshin arrested in Minsk, disputed: December 14 or 15, 2016. Leads to: Belarus decides to extradite Lapshin.');
    expect(names).to.include('Visits to command centre and arms plants, approximately September 2017');
    const positions = shadow(el, '[role="option"]').map((node) => Number(node.getAttribute('aria-posinset')));
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(ids.map((_, i) => i + 1));
  });

  it('is accessible to axe when zoomed in', async () => {
    el.zoomTo('2016-11-01', '2017-10-01');
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

describe('<event-timeline> orientation and direction', () => {
  it('turns vertical below vertical-below, and the arrows follow', async () => {
    const el = await mount('en', 400);
    const detail = await whenLoaded(el, () => (el.src = ARTICLE));
    const ids = detail.events.map((event) => event.id);
    expect(shadow(el, 'svg.chart')[0].classList.contains('vertical')).to.equal(true);
    const labels = shadow(el, '[part="label"]');
    expect(labels).to.have.length(ids.length);
    const boxes = labels.map((label) => label.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top, 'labels one under another').to.be.at.least(boxes[i - 1].bottom - 0.5);
    const chart = shadow(el, 'svg.chart')[0].getBoundingClientRect();
    for (const box of boxes) expect(box.right, 'no label cut off').to.be.at.most(chart.right + 0.5);
    el.focusEvent(ids[0]);
    await settle(el);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedId(el)).to.equal(ids[1]);
    await expect(el).to.be.accessible();
  });

  it('orientation="horizontal" stays horizontal at any width', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" orientation="horizontal" style="width: 400px"></event-timeline>`);
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(shadow(el, 'svg.chart')[0].classList.contains('horizontal')).to.equal(true);
  });

  it('dir="rtl" mirrors the time axis and the arrow keys', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><event-timeline lang="en" style="width: 900px"></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    const ids = (await whenLoaded(el, () => (el.src = ARTICLE))).events.map((event) => event.id);
    const x = (id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"] .mark`)!.getBoundingClientRect().left;
    expect(x(ids[0])).to.be.greaterThan(x(ids[ids.length - 1]));
    const svg = shadow(el, 'svg.chart')[0].getBoundingClientRect();
    for (const label of shadow(el, '[part="label"]')) {
      const box = label.getBoundingClientRect();
      expect(box.left).to.be.at.least(svg.left - 0.5);
      expect(box.right).to.be.at.most(svg.right + 0.5);
    }
    el.focusEvent(ids[0]);
    await settle(el);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedId(el)).to.equal(ids[1]);
  });
});

describe('<event-timeline> names and vertical zoom', () => {
  it('names the timeline by its title and describes it by its count and span', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = ARTICLE));
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('aria-label')).to.equal('The Lapshin case and Azerbaijan–Israel relations');
    const description = el.shadowRoot!.getElementById(figure.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal('12 events, from 2009 to 2027');
  });

  it('zooms with the buttons and the keys when vertical too', async () => {
    await preferReducedMotion();
    const el = await mount('en', 360);
    el.axis = 'linear';
    await whenLoaded(el, () => (el.src = ARTICLE));
    const full = span(el);
    (shadow(el, '[part~="zoom-in"]')[0] as HTMLButtonElement).click();
    await settle(el);
    expect(span(el)).to.be.closeTo(full / 2, DAY);
    el.focusEvent('pardon-decree');
    await settle(el);
    await sendKeys({ press: '+' });
    await settle(el);
    expect(span(el)).to.be.closeTo(full / 4, DAY);
    expect(+el.view!.start).to.be.at.most(+new Date('2017-09-11'));
    expect(+el.view!.end).to.be.at.least(+new Date('2017-09-12'));
  });
});

describe('<event-timeline> smooth zoom and its report', () => {
  itWhere(driverCan.emulateMedia, NO_MEDIA_EMULATION)('a smooth zoom reports the view it goes to', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount('en');
    el.axis = 'linear';
    await whenLoaded(el, () => (el.src = ARTICLE));
    const full = span(el);
    const changed = oneEvent(el, 'timeline-view-change');
    (shadow(el, '[part~="zoom-in"]')[0] as HTMLButtonElement).click();
    const { detail } = await changed;
    expect(+detail.end - +detail.start).to.be.closeTo(full / 2, DAY);
    await sleep(400);
    expect(span(el)).to.be.closeTo(full / 2, DAY);
  });

  it('reflects lang set as a property, and sets none when given none', async () => {
    const el = await mount('en');
    el.lang = 'hy';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('hy');
    const bare = document.createElement('event-timeline');
    document.body.append(bare);
    await bare.updateComplete;
    expect(bare.hasAttribute('lang')).to.equal(false);
    bare.remove();
  });

  it('cuts a range at the chart edges when zoomed into it', async () => {
    await preferReducedMotion();
    const el = await mount('en', 900);
    await whenLoaded(el, () => (el.src = ARTICLE));
    el.zoomTo('2017-06-01', '2018-01-01');
    await settle(el);
    const chart = shadow(el, 'svg.chart')[0].getBoundingClientRect();
    const gas = el.shadowRoot!.querySelector('[data-id="gas-purchase-plan"] .mark')!.getBoundingClientRect();
    expect(gas.left).to.be.at.least(chart.left - 1);
    expect(gas.right).to.be.at.most(chart.right + 1);
  });
});
