/**
 * Grouped charts at scale, as a reader meets them: a chart of many bands puts in the page only the marks of
 * the bands on screen or near it (the others fill in as they are scrolled to), while the keys, the export
 * and the tab stop still reach every event; and a search marks a band's cluster only for its own matches.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mount, settle, whenLoaded } from '../helpers/element.js';
import { drawnIds, shadow, texts } from '../helpers/shadow.js';
import type { EventTimeline } from '../../src/timeline-element.js';

/**
 * Groups of two events each, bands some 66 px tall: at least 40, and enough to make the chart over four
 * screens tall whatever the window (WebKit's driver cannot size it, and its window may be tall).
 */
const GROUPS = Math.max(40, Math.ceil((4 * innerHeight) / 60));
const LAST = `e${GROUPS * 2 - 1}`;
const LAST_BUT_ONE = `e${GROUPS * 2 - 2}`;
const groupId = (n: number) => `g${String(n).padStart(3, '0')}`;
const MANY = {
  events: Array.from({ length: GROUPS * 2 }, (_, i) => ({
    id: `e${i}`, start: `${2001 + (i % 2) * 3}-0${1 + (i % 9)}`, title: `Event ${i}`, group: groupId(Math.floor(i / 2)),
  })),
};

async function many(): Promise<EventTimeline> {
  const el = await mount('en', 1000);
  await whenLoaded(el, () => (el.events = structuredClone(MANY)));
  await settle(el, 100);
  return el;
}

/**
 * Waits for the band window to have been told where the bands are: an IntersectionObserver made now gets its
 * first answer in the same rendering step as those made before it (the band window's), and after them.
 */
async function bandsTold(el: EventTimeline): Promise<void> {
  await new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
  await el.updateComplete;
}

const bandOf = (el: EventTimeline, id: string) => shadow(el, '[part="group"]').find((band) => band.getAttribute('data-group') === id)!;

describe('<event-timeline> many groups: only the bands near the screen are filled', () => {
  afterEach(() => window.scrollTo(0, 0));

  // In WebKitGTK this failed with every band drawn while the window watched the bands' SVG rects, whose box
  // its IntersectionObserver takes as an empty one at the top of the SVG (controllers/band-window.ts).
  it('draws the marks of the bands near the screen; a band scrolled to fills in; every band has its label', async () => {
    const el = await many();
    expect(shadow(el, '[part="group"]')).to.have.length(GROUPS);
    expect(shadow(el, '[part="group-label"]')).to.have.length(GROUPS);
    const last = bandOf(el, groupId(GROUPS - 1));
    expect(last.getBoundingClientRect().top).to.be.above(2 * innerHeight);
    expect(drawnIds(el)).to.include.members(['e0', 'e1']);
    // The bands are told of what is near the screen a frame or two after they are drawn (before, the bands
    // in the first screen and a half are drawn); once told, the far ones stay empty.
    await bandsTold(el);
    expect(drawnIds(el), 'the last band is filled though far below').to.not.include(LAST);
    expect(drawnIds(el).length).to.be.below(GROUPS);
    // What a screen reader reads in place of the drawing still holds the far band's events, each with its group.
    const listed = (id: string) => texts(el, `ol.visually-hidden > li[data-id="${id}"]`)[0] ?? `(${id} not listed)`;
    expect(listed(LAST)).to.match(new RegExp(`^Event ${LAST.slice(1)}, .+\\. Group: ${groupId(GROUPS - 1)}\\.$`));
    expect(listed('e0')).to.match(/^Event 0, .+\. Group: g000\.$/);
    await expect(el).to.be.accessible();
    last.scrollIntoView();
    await waitUntil(() => drawnIds(el).includes(LAST), 'the last band did not fill in');
    expect(drawnIds(el)).to.include(LAST_BUT_ONE);
    // The second band is far above now: its marks have left the page (the first event, the tab stop, stays).
    await waitUntil(() => !drawnIds(el).includes('e2'), 'the second band is still filled');
    expect(drawnIds(el)).to.include('e0');
    await expect(el).to.be.accessible();
  });

  it('the keys reach an event in a band far below, which is drawn and focused; the export and print hold every band', async () => {
    const el = await many();
    expect(el.focusEvent(LAST)).to.equal(true);
    await settle(el, 100);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(LAST);
    // The page has scrolled to the focused event, in every engine.
    const mark = el.shadowRoot!.activeElement!.getBoundingClientRect();
    expect(mark.top, 'the focused mark is on screen').to.be.within(0, innerHeight - mark.height);
    // A band between the two is not in the page once the page has scrolled to the focused event and the
    // bands have been told, which a busy machine can take longer than a frame or two for; the export draws it
    // all the same.
    await waitUntil(() => !drawnIds(el).includes('e20'), 'the band of e20 stayed in the page, far above the focus');
    const svg = el.toSVG()!;
    for (const id of ['0', '20', '40', LAST.slice(1)]) expect(svg.includes(`>Event ${id}</text>`), id).to.equal(true);
    await waitUntil(() => !drawnIds(el).includes('e20'), 'the export left every band in the page');
    // Printed, every band is on paper; after, only the near ones again.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(drawnIds(el)).to.include.members(['e0', 'e20', 'e40', LAST]);
    window.dispatchEvent(new Event('afterprint'));
    await waitUntil(() => !drawnIds(el).includes('e20'), 'printing left every band in the page');
    await expect(el).to.be.accessible();
  });
});

describe('<event-timeline> many groups: the hidden list of events', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('past 200 events, holds every band\'s share of those in view: a far band\'s, whose events come last in time, with its group', async () => {
    const el = await mount('en', 1000);
    const day = (i: number) => new Date(Date.UTC(2001, 0, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10);
    const early = Array.from({ length: (GROUPS - 1) * 6 }, (_, i) => ({ id: `a${i}`, start: day(i), title: `Early ${i}`, group: groupId(Math.floor(i / 6)) }));
    const late = [1, 2].map((n) => ({ id: `late${n}`, start: `2004-0${n}-15`, title: `Late ${n}`, group: groupId(GROUPS - 1) }));
    await whenLoaded(el, () => (el.events = { events: [...early, ...late] }));
    await settle(el, 100);
    await bandsTold(el);
    expect(bandOf(el, groupId(GROUPS - 1)).getBoundingClientRect().top).to.be.above(2 * innerHeight);
    const items = shadow(el, 'ol.visually-hidden > li');
    expect(items).to.have.length(200);
    // The first 200 in time order would all be early ones: the last band has its share, as every band does.
    const listed = (id: string) => texts(el, `ol.visually-hidden > li[data-id="${id}"]`)[0] ?? `(${id} not listed)`;
    expect(listed('late1')).to.match(new RegExp(`^Late 1, .+\\. Group: ${groupId(GROUPS - 1)}\\.$`));
    expect(listed('late2')).to.contain(`Group: ${groupId(GROUPS - 1)}.`);
    for (let group = 0; group < GROUPS - 1; group++) expect(listed(`a${group * 6}`), `group ${group}`).to.contain(`Group: ${groupId(group)}.`);
    await expect(el).to.be.accessible();
  });
});

describe('<event-timeline> search in a grouped chart of clusters', () => {
  it('marks a band\'s cluster as matching only for its own group\'s events, not another group\'s in the same slice', async () => {
    const el = await mount('en', 1000);
    el.search = true;
    // 300 events a day apart, alternately in A ("Alpha") and B ("Beta"): clusters, each slice holding both.
    const events = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`, start: new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), title: i % 2 ? `Beta ${i}` : `Alpha ${i}`, group: i % 2 ? 'B' : 'A',
    }));
    await whenLoaded(el, () => (el.events = { events }));
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="search"]'), 'no search field');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'beta';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    const inBand = (id: string) => {
      const band = bandOf(el, id).getBoundingClientRect();
      return shadow(el, '[part="cluster"]').filter((node) => {
        const box = node.querySelector('.cluster-hit')!.getBoundingClientRect();
        return box.top >= band.top && box.bottom <= band.bottom;
      });
    };
    expect(inBand('A').length).to.be.above(2);
    expect(inBand('B').length).to.be.above(2);
    expect(inBand('A').filter((node) => node.classList.contains('match'))).to.have.length(0);
    expect(inBand('B').every((node) => node.classList.contains('match'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<event-timeline> a grouped chart keeps its bands\' heights while the view moves', () => {
  const heights = (el: EventTimeline) => shadow(el, '[part="group"]').map((band) => Math.round(band.getBoundingClientRect().height));
  const chartHeight = (el: EventTimeline) => el.shadowRoot!.querySelector('svg.chart')!.getAttribute('height');

  it('few events: each band keeps the lanes it needs seen whole, zoomed in or panned', async () => {
    const el = await mount('en', 1000);
    // Army's three events on one day need three lanes; panned to the Bank's, none of them is in view.
    const events = [
      { id: 'a1', start: '2001-03-01', title: 'Parade', group: 'army' },
      { id: 'a2', start: '2001-03-01', title: 'Drill', group: 'army' },
      { id: 'a3', start: '2001-03-01', title: 'Review', group: 'army' },
      { id: 'b1', start: '2003-06-01', title: 'Rate raised', group: 'bank' },
    ];
    await whenLoaded(el, () => (el.events = { events }));
    await settle(el);
    const whole = heights(el);
    const height = chartHeight(el);
    expect(whole[0]).to.be.above(whole[1]);
    el.view = { start: new Date('2001-02-20'), end: new Date('2001-03-10') };
    await settle(el, 400);
    expect(heights(el)).to.deep.equal(whole);
    el.view = { start: new Date('2003-01-01'), end: new Date('2003-12-31') };
    await settle(el, 400);
    expect(drawnIds(el)).to.deep.equal(['b1']);
    expect(heights(el)).to.deep.equal(whole);
    expect(chartHeight(el)).to.equal(height);
    await expect(el).to.be.accessible();
  });

  it('events that cluster seen whole: each band keeps its strip of clusters and its lanes, zoomed in to single events', async () => {
    const el = await mount('en', 1000);
    const events = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`, start: new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), title: `E${i}`, group: i % 3 ? 'A' : 'B',
    }));
    await whenLoaded(el, () => (el.events = { events }));
    await settle(el);
    const whole = heights(el);
    expect(shadow(el, '[part="cluster"]').length).to.be.above(2);
    el.view = { start: new Date('2000-02-01'), end: new Date('2000-02-08') };
    await settle(el, 400);
    expect(drawnIds(el).length).to.be.above(2);
    expect(heights(el)).to.deep.equal(whole);
    await expect(el).to.be.accessible();
  });
});
