import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount, settle, whenLoaded } from '../helpers/element.js';
import { preferReducedMotion } from '../helpers/media.js';
import { pad } from '../helpers/model.js';
import { mulberry32 } from '../helpers/random.js';
import { drawnEvents, shadow } from '../helpers/shadow.js';

/** N events over 1950-2019: days, months and ranges, as a data file would give them. */
function generate(n: number, seed = 1) {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const year = 1950 + Math.floor(random() * 70);
    const month = 1 + Math.floor(random() * 12);
    const kind = random();
    const start = kind < 0.6 ? `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}` : `${year}-${pad(month)}`;
    const end = kind > 0.9 ? `${Math.min(2019, year + 1 + Math.floor(random() * 5))}` : undefined;
    return { id: `e${i}`, start, ...(end ? { end } : {}), title: `Event ${i}`, category: `c${i % 5}` };
  });
}

function inViewCount(events: { from: number; to: number }[], view: { start: Date; end: Date }) {
  return events.filter((event) => event.to >= +view.start && event.from <= +view.end).length;
}

describe('<event-timeline> with 20,000 events', () => {
  let el: EventTimeline;
  let events: { id: string; from: number; to: number }[];
  const data = generate(20_000);
  before(async () => {
    await preferReducedMotion();
  });
  // A new element for each test: the fixture is removed from the page after every test.
  beforeEach(async () => {
    el = await mount('en', 1000);
    events = (await whenLoaded(el, () => (el.events = data))).events;
  });

  it('gathers dense events into clusters and draws a bounded number of nodes', () => {
    const { singles, clusters, total } = drawnEvents(el);
    expect(clusters.length).to.be.greaterThan(10);
    expect(singles.length + clusters.length).to.be.lessThan(400);
    expect(total).to.equal(20_000);
    expect(shadow(el, 'ol li').length).to.be.at.most(200);
  });

  it('no event is lost or drawn twice at any zoom', async () => {
    const random = mulberry32(9);
    for (let round = 0; round < 12; round++) {
      const start = Date.UTC(1950, 0, 1) + random() * 68 * 365 * 86_400_000;
      const span = (0.002 + random() * random() * 30) * 365 * 86_400_000;
      el.view = { start: new Date(start), end: new Date(start + span) };
      await settle(el);
      const { singles, total } = drawnEvents(el);
      expect(new Set(singles).size, 'no event drawn twice').to.equal(singles.length);
      expect(total, `view ${round}`).to.equal(inViewCount(events, el.view!));
    }
  });

  it('labels never overlap at any zoom', async () => {
    for (const [start, end] of [['1950', '2020'], ['1990', '1992'], ['1990-03', '1990-06'], ['1990-03-01', '1990-03-08']]) {
      el.zoomTo(start, end);
      await settle(el);
      const boxes = shadow(el, '[part="label"]').map((label) => label.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          expect(overlap, `labels ${i} and ${j} overlap in ${start}..${end}`).to.equal(false);
        }
      }
    }
  });

  it('a click on a cluster zooms in and splits it', async () => {
    el.zoomTo('1950', '2020');
    await settle(el);
    const node = shadow(el, '[part="cluster"]').reduce((a, b) => (Number(b.getAttribute('data-count')) > Number(a.getAttribute('data-count')) ? b : a));
    const count = Number(node.getAttribute('data-count'));
    // A count drawn short ("1.2K") begins the name, which then says it in full.
    const shown = node.querySelector('.cluster-count')!.textContent!;
    const prefix = shown && shown !== count.toLocaleString('en') ? `${shown.replace('.', '\\.')}: ` : '';
    expect(node.getAttribute('aria-label')).to.match(new RegExp(`^${prefix}${count.toLocaleString('en')} events, \\d{4} – \\d{4}\\. Enter or a click zooms in\\.$`));
    const before = +el.view!.end - +el.view!.start;
    (node.querySelector('.cluster-hit') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(+el.view!.end - +el.view!.start).to.be.lessThan(before / 10);
    const after = drawnEvents(el);
    expect(Math.max(0, ...after.clusters)).to.be.lessThan(count);
  });

  it('the keyboard still visits every event in time order', async () => {
    el.zoomTo('1950', '2020');
    await settle(el);
    el.focusEvent(events[0].id);
    await settle(el);
    const visited = [el.shadowRoot!.activeElement?.getAttribute('data-id')];
    for (let i = 0; i < 40; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      visited.push(el.shadowRoot!.activeElement?.getAttribute('data-id'));
    }
    expect(visited).to.deep.equal(events.slice(0, 41).map((event) => event.id));
    const { singles, total } = drawnEvents(el);
    expect(singles).to.include(events[40].id);
    expect(total).to.equal(inViewCount(events, el.view!));
  });
});
