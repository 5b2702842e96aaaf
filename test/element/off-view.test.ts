/**
 * la-riots.csv as the real-data page reads it, driven from the keyboard as a tester did: nothing of the chart
 * is drawn outside it when the view starts inside a day whose events it leaves out (their points are at
 * midnight), the keys' zoom keeps the focused event in view, and the focus stays on an event throughout.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport as setSize } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { drawn, settle } from '../helpers/element.js';
import { driverCan } from '../helpers/engine.js';
import { preferReducedMotion } from '../helpers/media.js';
import { shadow } from '../helpers/shadow.js';

const RIOTS = '/node_modules/vega-datasets/data/la-riots.csv';
const setViewport = (size: { width: number; height: number }) => (driverCan.setViewport ? setSize(size) : Promise.resolve());

async function riots(width: number): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style=${`width: ${width}px`} src=${RIOTS}
    fields="title:last_name, start:death_date, category:type, place:neighborhood"></event-timeline>`);
  await oneEvent(el, 'timeline-load');
  await drawn(el);
  await settle(el);
  return el;
}

/** What of the chart is drawn outside its box (marks, labels, leaders and piles), by their boxes on the page. */
function outsideTheChart(el: EventTimeline): string[] {
  const chart = el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
  const drawnParts = shadow(el, '.event:not(.off-view) .mark, .event [part~="label"], .event .leader, .pile');
  return drawnParts.flatMap((node) => {
    const box = node.getBoundingClientRect();
    const name = node.closest('[aria-label]')?.getAttribute('aria-label')?.split(',')[0];
    const out = box.top < chart.top - 0.5 || box.bottom > chart.bottom + 0.5 || box.left < chart.left - 0.5 || box.right > chart.right + 0.5;
    return out ? [`${node.getAttribute('class') ?? node.getAttribute('part')} of ${name}: ${Math.round(box.left)},${Math.round(box.top)} outside ${Math.round(chart.left)},${Math.round(chart.top)}–${Math.round(chart.right)},${Math.round(chart.bottom)}`] : [];
  });
}

const focusedEvent = (el: EventTimeline) => el.shadowRoot!.activeElement?.closest('[part~="event"][role="option"]') ?? null;

async function press(el: EventTimeline, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await settle(el);
  }
}

describe('<event-timeline> la-riots.csv from the keyboard: nothing drawn outside the chart', () => {
  before(async () => {
    await preferReducedMotion();
    await setViewport({ width: 390, height: 844 });
  });
  after(() => setViewport({ width: 1280, height: 900 }));

  it('at 390 px, as the tester did on the demo page (Tab, ↓, Enter, Escape, +, +: the zoom button has the focus): nothing above the chart, the tab stop\'s death of 29 April in view', async () => {
    // As wide as on the demo page (real-data.html) in a 390 px window.
    const el = await riots(358);
    expect(el.shadowRoot!.querySelector('svg.chart')!.classList.contains('vertical')).to.equal(true);
    const stop = el.shadowRoot!.querySelector('[part~="event"][tabindex="0"]')!;
    expect(stop.getAttribute('aria-label')).to.contain('April 29, 1992');
    await press(el, 'Tab', 'ArrowDown', 'Enter', 'Escape', '+', '+');

    expect(outsideTheChart(el)).to.deep.equal([]);
    // The zooms were about the tab stop's event (its point, at midnight), which is still drawn.
    const kept = el.shadowRoot!.querySelector(`[data-id="${stop.getAttribute('data-id')}"]`);
    expect(kept?.querySelector('circle.mark'), 'the tab stop\'s event is drawn').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('at 390 px, with the focus on the first death: ↓, Enter, Escape, +, +: the focus is still on that event, drawn in view, nothing above the chart', async () => {
    const el = await riots(390);
    // Tab past the buttons to the chart's tab stop.
    for (let i = 0; i < 8 && !focusedEvent(el); i++) await press(el, 'Tab');
    expect(focusedEvent(el), 'Tab reaches the chart').to.not.equal(null);
    await press(el, 'ArrowDown', 'Enter', 'Escape');
    const focused = focusedEvent(el);
    expect(focused?.getAttribute('aria-label'), 'the focus is on a death of 29 April').to.contain('April 29, 1992');
    const id = focused!.getAttribute('data-id');
    await press(el, '+', '+');

    expect(outsideTheChart(el)).to.deep.equal([]);
    const now = focusedEvent(el);
    expect(now?.getAttribute('data-id'), 'the focus is still on that event').to.equal(id);
    // The zoom kept it in view: it is drawn, not only kept for the focus.
    expect(now!.classList.contains('off-view'), 'the focused event is in view').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('at 390 px, a view that starts inside 29 April draws that day\'s deaths at the top of the axis, and keeps a focused event the view has left', async () => {
    const el = await riots(390);
    el.focusEvent(el.shadowRoot!.querySelector('[part~="event"]')!.getAttribute('data-id')!);
    await settle(el);
    const id = focusedEvent(el)!.getAttribute('data-id')!;
    el.zoomTo('1992-04-29T09:00Z', '1992-05-03T00:00Z');
    await settle(el);
    expect(outsideTheChart(el)).to.deep.equal([]);
    const day29 = shadow(el, '.event:not(.off-view)').filter((node) => node.getAttribute('aria-label')?.includes('April 29'));
    expect(day29.length, 'the deaths of the 29th are drawn').to.be.above(0);
    const axisTop = Math.min(...day29.map((node) => node.querySelector('circle.mark, .mark')!.getBoundingClientRect().top));
    expect(axisTop).to.be.at.least(el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect().top);
    await expect(el).to.be.accessible();

    // A view the focused event is not in at all: it keeps its node, unseen, and the focus.
    el.zoomTo('1992-05-01T00:00Z', '1992-05-04T00:00Z');
    await settle(el);
    expect(outsideTheChart(el)).to.deep.equal([]);
    const kept = focusedEvent(el);
    expect(kept?.getAttribute('data-id'), 'the focus stays on its event').to.equal(id);
    expect(kept!.classList.contains('off-view')).to.equal(true);
    expect(kept!.querySelector('.mark, [part~="label"]'), 'nothing of it is drawn').to.equal(null);
    await expect(el).to.be.accessible();

    // A key that moves on brings the view back to what it moves to.
    await press(el, 'ArrowDown');
    const next = focusedEvent(el);
    expect(next, 'the focus is on an event').to.not.equal(null);
    expect(next!.getAttribute('data-id')).to.not.equal(id);
    expect(next!.classList.contains('off-view')).to.equal(false);
    expect(outsideTheChart(el)).to.deep.equal([]);
  });

  it('at 1280 px, End then + three times: no label without its mark at the chart\'s left edge', async () => {
    await setViewport({ width: 1320, height: 900 });
    const el = await riots(1280);
    el.focusEvent(el.shadowRoot!.querySelector('[part~="event"]')!.getAttribute('data-id')!);
    await settle(el);
    await press(el, 'End', '+', '+', '+');
    expect(outsideTheChart(el)).to.deep.equal([]);
    // Every label drawn has its mark drawn.
    for (const event of shadow(el, '.event')) {
      if (event.querySelector('[part~="label"]')) expect(event.querySelector('.mark'), event.getAttribute('aria-label')!).to.not.equal(null);
    }
    expect(focusedEvent(el), 'the focus is on an event').to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
