/**
 * The time axis on real data nobody here wrote (vega-datasets): it names the year of the view and of each
 * year, never ticks finer than the data's dates, puts day events on their day's tick, and says the zone
 * of its times.
 */
import { preferReducedMotion } from '../helpers/media.js';
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount, settle, whenLoaded } from '../helpers/element.js';
import { earthquakes, laRiots, monarchs, type OwnEvent } from '../helpers/real-data.js';
import { shadow, texts } from '../helpers/shadow.js';

const DAY = 86_400_000;

interface DrawnTick {
  level: string;
  text: string;
  /** Along the time axis: x across a horizontal chart, y down a vertical one. */
  at: number;
}

function drawnTicks(el: EventTimeline): DrawnTick[] {
  const vertical = el.shadowRoot!.querySelector('svg.chart')!.classList.contains('vertical');
  return shadow(el, '[part~="axis"] .tick').map((tick) => {
    const line = tick.querySelector('line')!;
    return {
      level: [...tick.classList].find((name) => name !== 'tick')!,
      // Lines of a stacked label read with a space between them.
      text: [...tick.querySelectorAll('text tspan')].map((span) => span.textContent).join(' ') || tick.querySelector('text')!.textContent!.trim(),
      at: Number(line.getAttribute(vertical ? 'y1' : 'x1')),
    };
  });
}

async function show(events: OwnEvent[], lang = 'en', width = 1280): Promise<EventTimeline> {
  const el = await mount(lang, width);
  await whenLoaded(el, () => (el.events = events));
  return el;
}

async function zoomTo(el: EventTimeline, start: string, end: string): Promise<void> {
  el.view = { start: new Date(start), end: new Date(end) };
  await settle(el);
}

describe('<event-timeline> axis on real data', () => {
  before(async () => {
    await preferReducedMotion();
  });

  it('la-riots.csv: the first tick names 1992, the first of 1993 names 1993, at 1280 and 390 px', async () => {
    const riots = await laRiots();
    for (const [lang, width] of [['en', 1280], ['hy', 1280], ['en', 390], ['hy', 390]] as const) {
      const el = await show(riots, lang, width);
      const ticks = drawnTicks(el);
      expect(ticks[0].text, `${lang} ${width}`).to.contain('1992');
      const first1993 = ticks.find((tick) => tick.text.includes('1993'));
      expect(first1993, `${lang} ${width}: 1993 named`).to.not.equal(undefined);
      // Only those two ticks name a year: every other names a month of a year already named.
      expect(ticks.filter((tick) => /199\d/.test(tick.text)), `${lang} ${width}`).to.have.length(2);
      el.remove();
    }
  });

  it('la-riots.csv zoomed to its five days: day ticks only, and each death on its day\'s tick', async () => {
    const el = await show(await laRiots());
    // Asked for a view of six hours: day data is shown no narrower than three days.
    await zoomTo(el, '1992-04-30T09:00Z', '1992-04-30T15:00Z');
    expect(+el.view!.end - +el.view!.start).to.be.at.least(3 * DAY - 1);
    for (const tick of drawnTicks(el)) expect(tick.level, tick.text).to.not.equal('time');
    expect(texts(el, '[part~="axis"] text').join(' ')).to.not.match(/\d:\d\d/);

    await zoomTo(el, '1992-04-28T00:00Z', '1992-05-04T00:00Z');
    const ticks = drawnTicks(el);
    expect(ticks.map((tick) => tick.text)).to.include.members(['Apr 29', 'Apr 30', 'May 1']);
    expect(ticks.every((tick) => tick.level !== 'time')).to.equal(true);
    // Cesar A. Aguilar died on 30 April 1992: his point is on the "Apr 30" tick, not half a day after it.
    const aguilar = shadow(el, '[part~="event"]').find((node) => node.getAttribute('aria-label')!.startsWith('Cesar A. Aguilar'))!;
    const cx = Number(aguilar.querySelector('circle.mark')!.getAttribute('cx'));
    expect(cx).to.be.closeTo(ticks.find((tick) => tick.text === 'Apr 30')!.at, 0.5);
    await expect(el).to.be.accessible();
  });

  it('a file with one day event gets no clock on its axis, at any zoom', async () => {
    const [one] = await laRiots();
    const el = await show([one]);
    for (const tick of drawnTicks(el)) expect(tick.level, tick.text).to.not.equal('time');
    expect(drawnTicks(el).length).to.be.at.least(2);
    const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="zoom-in"]')!;
    expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
  });

  it('monarchs.json (years): year ticks only, even zoomed in as far as it goes', async () => {
    const el = await show(await monarchs());
    await zoomTo(el, '1700-01-01', '1700-02-01');
    expect(+el.view!.end - +el.view!.start).to.be.at.least(3 * 365 * DAY - 1);
    const ticks = drawnTicks(el);
    expect(ticks.length).to.be.at.least(2);
    expect(ticks.every((tick) => tick.level === 'year'), ticks.map((tick) => tick.text).join(' ')).to.equal(true);
  });

  it('earthquakes.json (seconds): the first time of the view says its day, year and zone; the details say UTC', async () => {
    for (const [lang, width] of [['en', 1280], ['hy', 390]] as const) {
      const el = await show(await earthquakes(), lang, width);
      await zoomTo(el, '2018-02-03T10:00Z', '2018-02-03T14:00Z');
      const [first, ...rest] = drawnTicks(el);
      expect(first.level).to.equal('time');
      expect(first.text, `${lang} ${width}`).to.contain('UTC').and.contain('2018').and.match(/10:00/);
      expect(rest.every((tick) => !tick.text.includes('UTC')), `${lang} ${width}: the zone once`).to.equal(true);
      const event = shadow(el, '[part~="event"]')[0] as SVGGElement;
      expect(event.getAttribute('aria-label'), 'its accessible name').to.match(/ UTC$/);
      event.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(el);
      expect(texts(el, '[part~="details"]')[0]).to.match(/\d:\d\d:\d\d(\s[AP]M)? UTC/);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
  it('la-riots.csv on a phone with a linear axis: every count is drawn in the chart, and the counts with the labels make all 63', async () => {
    // As /demo/real-data.html?set=la-riots&axis=linear shows it at 390 px: 55 deaths in five days crowd the
    // label column. A pile's count was drawn at y NaN above the chart, and labels it gave way were lost.
    const el = await mount('en', 390);
    el.setAttribute('axis', 'linear');
    el.setAttribute('fields', 'title:last_name, start:death_date, category:type, place:neighborhood');
    await whenLoaded(el, () => (el.src = '/node_modules/vega-datasets/data/la-riots.csv'));
    await settle(el);
    const svg = el.shadowRoot!.querySelector('svg.chart')!;
    const placed = [...svg.querySelectorAll('[transform], [x], [y]')].map((node) => `${node.getAttribute('transform')} ${node.getAttribute('x')} ${node.getAttribute('y')}`);
    expect(placed.filter((text) => text.includes('NaN'))).to.deep.equal([]);
    const chart = svg.getBoundingClientRect();
    const piles = shadow(el, '[part="cluster"].pile');
    for (const pile of piles) {
      const box = pile.getBoundingClientRect();
      expect(box.top, pile.textContent!).to.be.at.least(chart.top);
      expect(box.bottom, pile.textContent!).to.be.at.most(chart.bottom);
    }
    const counted = piles.reduce((sum, pile) => sum + Number(pile.getAttribute('data-count')), 0);
    const labelled = shadow(el, '[part~="event"] [part="label"]').length;
    expect(counted + labelled).to.equal(63);
    await expect(el).to.be.accessible();
  });
});
