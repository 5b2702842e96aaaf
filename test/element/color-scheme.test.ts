import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { driverCan, itWhere } from '../helpers/engine.js';
import { NO_MEDIA_EMULATION, undoMediaEmulation } from '../helpers/media.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import { ARTICLE, mount, whenLoaded } from '../helpers/element.js';
import { shadow } from '../helpers/shadow.js';
import { textContrast } from '../helpers/contrast.js';

/**
 * Colours follow the page's colour scheme, not the system's: whatever the combination, every text a reader
 * sees keeps WCAG AA contrast (4.5:1) against the background it is drawn on.
 */

/** Where text is, by what a reader calls it; each must match something. */
const TEXTS: Record<string, string> = {
  label: '[part="label"]',
  'axis text': '[part~="axis"] text',
  title: '[part="title"]',
  summary: '[part="summary"]',
  legend: '[part="legend"] li',
  source: '[part="source"]',
  details: '[part="details"]',
  button: 'button:not([aria-disabled="true"])',
};

/** Elements under `root` (itself included) that hold text of their own. */
function withOwnText(root: Element): Element[] {
  const all = [root, ...root.querySelectorAll('*')];
  return all.filter((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()));
}

/** Every text below 4.5:1, described; and how many texts were checked. */
function lowContrast(el: EventTimeline): { failures: string[]; checked: number } {
  const failures: string[] = [];
  let checked = 0;
  for (const [name, selector] of Object.entries(TEXTS)) {
    const nodes = shadow(el, selector).flatMap(withOwnText);
    expect(nodes.length, `some ${name} text`).to.be.greaterThan(0);
    for (const node of nodes) {
      checked++;
      const ratio = textContrast(node);
      if (!(ratio >= 4.5)) failures.push(`${name} "${node.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}:1`);
    }
  }
  return { failures, checked };
}

async function mountWithDetails(theme?: 'light' | 'dark'): Promise<EventTimeline> {
  const el = await mount('en');
  if (theme) el.theme = theme;
  await whenLoaded(el, () => (el.src = ARTICLE));
  el.selected = 'pardon-decree';
  await el.updateComplete;
  expect(shadow(el, '[part="details"]'), 'details open').to.have.length(1);
  return el;
}

/** The page's own colour scheme and background, as a site that has a dark design sets them. */
function darkPage(): void {
  document.documentElement.style.colorScheme = 'dark';
  document.documentElement.style.background = 'rgb(27, 27, 31)';
  document.documentElement.style.color = 'rgb(230, 230, 230)';
}

describe('<event-timeline> colours follow the page', () => {
  afterEach(async () => {
    for (const name of ['color-scheme', 'background', 'color']) document.documentElement.style.removeProperty(name);
    await undoMediaEmulation({ colorScheme: 'light' });
  });

  itWhere(driverCan.emulateMedia, NO_MEDIA_EMULATION)('stays light on a light page when the system prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const el = await mountWithDetails();
    const { failures, checked } = lowContrast(el);
    expect(failures, `low contrast on a light page under a dark system (${checked} texts)`).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('turns dark on a page that declares color-scheme: dark, on a light system', async () => {
    darkPage();
    const el = await mountWithDetails();
    const { failures, checked } = lowContrast(el);
    expect(failures, `low contrast on a dark page (${checked} texts)`).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  itWhere(driverCan.emulateMedia, NO_MEDIA_EMULATION)('follows the system on a page that declares color-scheme: light dark', async () => {
    // A page that supports both schemes paints its background with the system colour for it. (axe takes an
    // unpainted page for white; the browser paints it dark under a dark system.)
    document.documentElement.style.colorScheme = 'light dark';
    document.documentElement.style.background = 'Canvas';
    const el = await mountWithDetails();
    const label = shadow(el, '[part="label"]')[0];
    const lightFill = getComputedStyle(label).fill;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(label).fill, 'the label turns light on the dark canvas').to.not.equal(lightFill);
    const { failures, checked } = lowContrast(el);
    expect(failures, `low contrast under the dark system colours (${checked} texts)`).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('theme="dark" makes it dark, on its own dark background, on a light page and system', async () => {
    const el = await mountWithDetails('dark');
    expect(el.getAttribute('theme'), 'the property is reflected').to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const { failures, checked } = lowContrast(el);
    expect(failures, `low contrast under theme="dark" (${checked} texts)`).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('theme="light" makes it light, on its own light background, on a dark page and system', async () => {
    // Where the driver cannot make the system dark (WebKit), the dark page alone is the case.
    if (driverCan.emulateMedia) await emulateMedia({ colorScheme: 'dark' });
    darkPage();
    const el = await mountWithDetails('light');
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    const { failures, checked } = lowContrast(el);
    expect(failures, `low contrast under theme="light" (${checked} texts)`).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a colour the page sets wins over the scheme and the theme', async () => {
    darkPage();
    const el = await mountWithDetails('light');
    el.style.setProperty('--event-timeline-text-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(el, '[part="label"]')[0]).fill).to.equal('rgb(1, 2, 3)');
  });
});

describe('<event-timeline> colours without light-dark()', () => {
  it('a browser without light-dark() gets the light colours, and the dark ones under theme="dark"', async () => {
    // The test browsers all have light-dark(); this reads the fallback the browser parsed instead.
    const el = await mount('en');
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const fallback = rules.find((rule): rule is CSSSupportsRule => rule instanceof CSSSupportsRule && /not .*light-dark/.test(rule.conditionText));
    expect(fallback, 'an @supports not (light-dark) block').to.exist;
    const style = (selector: string) =>
      [...fallback!.cssRules].find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === selector)!.style;
    const value = (selector: string, name: string) => style(selector).getPropertyValue(name).replace(/\s/g, '');
    expect(value(':host', '--_text')).to.equal('var(--event-timeline-text-color,#1f2328)');
    expect(value(':host', '--_surface')).to.equal('var(--event-timeline-surface,#ffffff)');
    expect(value(':host([theme="dark"])', '--_text')).to.equal('var(--event-timeline-text-color,#e6edf3)');
    expect(value(':host([theme="dark"])', '--_background')).to.equal('var(--event-timeline-background,#0d1117)');
  });
});
