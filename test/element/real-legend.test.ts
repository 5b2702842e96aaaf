/**
 * Colours and the legend on real data (vega-datasets): twelve genres get twelve colours a reader can tell
 * apart, light and dark; the legend lists only what the data uses, and stays small with many categories.
 */
import { preferReducedMotion } from '../helpers/media.js';
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/timeline-element.js';
import { backgroundBehind, contrastRatio, parseColor } from '../helpers/contrast.js';
import { mount, settle, whenLoaded } from '../helpers/element.js';
import { laRiots, monarchs, movies, type OwnEvent } from '../helpers/real-data.js';
import { shadow, texts } from '../helpers/shadow.js';

async function show(events: OwnEvent[], options: { theme?: 'light' | 'dark'; width?: number } = {}): Promise<EventTimeline> {
  const el = await mount('en', options.width ?? 1280);
  if (options.theme) el.theme = options.theme;
  await whenLoaded(el, () => (el.events = events.map((event, i) => ({ id: `e${i}`, ...event }))));
  return el;
}

/** The legend's category entries: each label with the fill its swatch is drawn in. */
function categorySwatches(el: EventTimeline): { label: string; fill: string; node: Element }[] {
  const list = shadow(el, '[part="legend"]').find((node) => node.getAttribute('aria-label') === 'Categories')!;
  return [...list.querySelectorAll(':scope > li')].map((li) => ({
    label: li.textContent!.replace(/\s+/g, ' ').trim(),
    fill: getComputedStyle(li.querySelector('rect')!).fill,
    node: li.querySelector('rect')!,
  }));
}

const GENRES = ['Drama', 'Comedy', 'Action', 'Adventure', 'Thriller/Suspense', 'Horror', 'Romantic Comedy', 'Musical', 'Documentary', 'Black Comedy', 'Western', 'Concert/Performance'];

describe('<event-timeline> colours and legend on real data', () => {
  before(async () => {
    await preferReducedMotion();
  });

  it('movies.json: 12 genres in 12 distinct colours, each at least 3:1 against the background, light and dark', async () => {
    const films = await movies();
    for (const theme of ['light', 'dark'] as const) {
      const el = await show(films, { theme });
      const swatches = categorySwatches(el);
      // The twelve genres, the largest first; films with no genre (275 of them) last, as "Other".
      const labels = swatches.map((swatch) => swatch.label);
      expect(labels.slice(0, 12)).to.have.members(GENRES);
      expect(labels[12]).to.equal('Other');
      const sizes = labels.slice(0, 12).map((genre) => films.filter((film) => film.category === genre).length);
      expect(sizes, labels.join(', ')).to.deep.equal([...sizes].sort((a, b) => b - a));
      const genreFills = swatches.slice(0, 12).map((swatch) => swatch.fill);
      expect(new Set(genreFills).size, `${theme}: ${genreFills.join(' ')}`).to.equal(12);
      expect(genreFills, 'no genre in the neutral colour of "Other"').to.not.include(swatches[12].fill);
      for (const swatch of swatches.slice(0, 12)) {
        const ratio = contrastRatio(parseColor(swatch.fill), backgroundBehind(swatch.node));
        expect(ratio, `${theme} ${swatch.label} ${swatch.fill}`).to.be.at.least(3);
      }
      // The marks are drawn in the legend's colours: zoomed to 1999, each genre's films share one fill.
      el.view = { start: new Date('1999-03-01'), end: new Date('1999-05-01') };
      await settle(el);
      const fillOf = new Map<string, Set<string>>();
      for (const node of shadow(el, '[part~="event"]')) {
        const genre = films[Number(node.getAttribute('data-id')!.slice(1))].category ?? 'Other';
        const fills = fillOf.get(genre) ?? new Set();
        fills.add(getComputedStyle(node.querySelector('.mark')!).fill);
        fillOf.set(genre, fills);
      }
      expect(fillOf.size, 'several genres in view').to.be.at.least(5);
      for (const [genre, fills] of fillOf) {
        expect([...fills], genre).to.deep.equal([swatches.find((swatch) => swatch.label === genre)!.fill]);
      }
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('movies.json: the marks\' legend names only the kind of date the films have (days)', async () => {
    const el = await show(await movies());
    expect(texts(el, '[part="legend"][aria-label="Marks"] li')).to.deep.equal(['A day or a moment']);
  });

  it('la-riots.csv: every death has a type, so no "Other"; no approximate or uncertain dates, so no such marks', async () => {
    const el = await show(await laRiots());
    expect(categorySwatches(el).map((swatch) => swatch.label)).to.deep.equal(['Homicide', 'Officer-involved shooting', 'Not riot-related', 'Death']);
    expect(texts(el, '[part="legend"]').join(' ')).to.not.contain('Other').and.not.contain('Approximate').and.not.contain('Uncertain');
  });

  it('monarchs.json: no categories, so no colour legend at all; reigns are periods', async () => {
    const el = await show(await monarchs());
    expect(shadow(el, '[part="legend"][aria-label="Categories"]')).to.have.length(0);
    expect(texts(el, '[part="legend"] li')).to.deep.equal(['A period, or a month or year']);
  });

  it('10,000 events each in a category of its own: 12 named, one "N more" button that opens the largest', async () => {
    // Real titles and dates (movies.json, 3,200 films, three times over), each film its own category.
    const films = await movies();
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...films[i % films.length], category: `c${i}` }));
    const el = await show(many, { width: 1280 });
    const swatches = categorySwatches(el);
    expect(swatches).to.have.length(13);
    const more = shadow(el, '[part~="legend-more"]')[0] as HTMLButtonElement;
    expect(more.tagName).to.equal('BUTTON');
    expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.equal('9,988 more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el, '[part="legend"] li').length).to.be.lessThan(20);
    expect(el.getBoundingClientRect().height, 'the element stays about a chart high').to.be.lessThan(600);
    // The legend, as axe sees it (the chart's clusters are another matter: see the density tests).
    const legend = el.shadowRoot!.querySelector('.legend-group')!;
    await expect(legend).to.be.accessible();

    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const opened = shadow(el, '#legend-more')[0] as HTMLElement;
    expect(more.getAttribute('aria-controls')).to.equal('legend-more');
    expect(opened.hidden).to.equal(false);
    const items = texts(el, '#legend-more li');
    expect(items.length).to.be.at.most(201);
    expect(items.at(-1)).to.equal('9,788 more');
    // Opened, it scrolls within a few lines rather than making the element thousands of px tall.
    expect(opened.getBoundingClientRect().height).to.be.at.most(160);
    expect(el.getBoundingClientRect().height).to.be.lessThan(800);
    await expect(legend).to.be.accessible();

    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(opened.hidden).to.equal(true);
  });
});
