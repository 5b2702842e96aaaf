import { expect } from '@open-wc/testing';
import { ARTICLE, mount, whenLoaded } from '../helpers/element.js';
import { drawnIds, shadow, texts } from '../helpers/shadow.js';

interface RawEvent {
  id: string;
  title: { hy: string; en: string };
}

describe('<event-timeline> with the article data', () => {
  let file: { events: RawEvent[] };
  before(async () => {
    file = await (await fetch(ARTICLE)).json();
  });

  it('draws every event of the article file, each with its English title', async () => {
    const el = await mount('en');
    const detail = await whenLoaded(el, () => (el.src = ARTICLE));
    expect(detail.events).to.have.length(file.events.length);
    expect(detail.problems).to.deep.equal([]);
    expect(drawnIds(el).sort()).to.deep.equal(file.events.map((e) => e.id).sort());
    const labels = texts(el, '[part="label"]');
    for (const event of file.events) expect(labels.some((label) => label.startsWith(event.title.en))).to.equal(true, event.title.en);
    // The disputed date is in the mark's dotted outline and the event's name, not a "?" after its title.
    expect(labels).to.include('Lapshin arrested in Minsk');
    expect(labels.every((label) => !label.endsWith('?')), labels.join(' | ')).to.equal(true);
    const arrest = shadow(el, '[data-id="arrest-minsk"]')[0];
    expect(arrest.querySelector('.mark')!.classList.contains('uncertain')).to.equal(true);
    expect(arrest.getAttribute('aria-label')).to.contain('disputed');
  });

  it('shows the Armenian titles, month names and source date when lang is hy', async () => {
    const el = await mount('hy');
    await whenLoaded(el, () => (el.src = ARTICLE));
    const labels = texts(el, '[part="label"]');
    for (const event of file.events) expect(labels.some((label) => label.startsWith(event.title.hy))).to.equal(true, event.title.hy);
    const list = texts(el, 'ol li').join('\n');
    expect(list).to.contain('ըստ տարբեր աղբյուրների՝ 14 կամ 15 դեկտեմբերի, 2016 թ.');
    expect(list).to.contain('20 հուլիսի, 2017 թ.');
    expect(list).to.contain('2009 թ․ հունվար');
    expect(texts(el, '[part="source"]')[0]).to.contain('11 սեպտեմբերի, 2017 թ.');
    expect(texts(el, '[part="title"]')[0]).to.equal('Լապշինի գործը և ադրբեջանա-իսրայելական հարաբերությունները');
  });

  it('says each date in words, with its precision and qualifiers, to screen readers', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = ARTICLE));
    const items = texts(el, 'ol[aria-label="Events in time order"] li');
    expect(items).to.have.length(file.events.length);
    const byId = (id: string) => texts(el, `ol li[data-id="${id}"]`)[0];
    expect(byId('arrest-minsk')).to.contain('disputed: December 14 or 15, 2016');
    expect(byId('handover-baku')).to.contain('February 7, 2017');
    expect(byId('wikileaks-iceberg-cable')).to.contain('January 2009');
    expect(byId('command-centre-visits')).to.contain('approximately September 2017');
    expect(byId('gas-purchase-plan')).to.contain('approximately 2017 – approximately 2027');
  });

  it('draws a month as the whole month and a day as a point', async () => {
    const el = await mount('en', 1200);
    el.axis = 'linear';
    await whenLoaded(el, () => (el.src = ARTICLE));
    const cable = el.shadowRoot!.querySelector('[data-id="wikileaks-iceberg-cable"] rect.mark')!;
    const handover = el.shadowRoot!.querySelector('[data-id="handover-baku"] circle.mark');
    expect(handover, 'a day is a point').to.exist;
    // On a linear axis the chart spans about 19 years in 1176 px: a month is about 5 px, drawn at least CHART.minBarWidth (8 px) wide.
    expect(Number(cable.getAttribute('width'))).to.be.within(5, 8);
    const gas = el.shadowRoot!.querySelector('[data-id="gas-purchase-plan"] rect.mark')!;
    expect(gas.classList.contains('approximate')).to.equal(true);
    const arrest = el.shadowRoot!.querySelector('[data-id="arrest-minsk"] rect.mark')!;
    expect(arrest.classList.contains('uncertain')).to.equal(true);
  });

  it('places labels so that no two overlap and none is cut off', async () => {
    for (const width of [1200, 700, 420]) {
      const el = await mount('hy', width);
      await whenLoaded(el, () => (el.src = ARTICLE));
      const svg = el.shadowRoot!.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const rects = shadow(el, '[part="label"]').map((label) => label.getBoundingClientRect());
      expect(rects.length).to.be.greaterThan(0);
      for (const r of rects) {
        expect(r.left).to.be.at.least(box.left - 0.5, `cut off on the left at ${width}px`);
        expect(r.right).to.be.at.most(box.right + 0.5, `cut off on the right at ${width}px`);
      }
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const [a, b] = [rects[i], rects[j]];
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `labels ${i} and ${j} overlap at ${width}px`).to.equal(false);
        }
      }
      el.remove();
    }
  });

  it('shows a legend of the categories in the reader language', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = ARTICLE));
    const legend = texts(el, '[part="legend"] li');
    expect(legend).to.include.members(['Background', 'Arrest, trial and pardon', 'Defence cooperation', 'Diplomacy', 'Energy']);
  });

  it('is accessible to axe when loaded', async () => {
    const el = await mount('hy');
    await whenLoaded(el, () => (el.src = ARTICLE));
    await expect(el).to.be.accessible();
  });
});
