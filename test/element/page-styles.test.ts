import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '../../src/timeline-element.js';
import { ARTICLE, whenLoaded } from '../helpers/element.js';
import { shadow } from '../helpers/shadow.js';

/**
 * Inherited CSS crosses the shadow boundary. A page's text styles must not reach the element's layout:
 * labels keep the widths they were measured at and never overlap, and the title and legend stay where
 * the element puts them.
 */

/** A common look for headings and whole sites, and the other inherited text styles that change a text's box. */
const PAGE_TEXT_STYLES = `body {
  letter-spacing: 2px; word-spacing: 8px; text-transform: uppercase; text-align: center; line-height: 3;
  white-space: nowrap; font-weight: 700; font-style: italic; font-variant: small-caps; font-stretch: condensed;
  text-indent: 3em; font-kerning: none; font-feature-settings: "smcp"; font-size-adjust: 0.7;
  word-break: break-all; hyphens: auto; text-rendering: optimizeSpeed;
}`;

const CASES = [
  { lang: 'en', orientation: 'horizontal', width: 1000 },
  { lang: 'hy', orientation: 'horizontal', width: 1000 },
  { lang: 'en', orientation: 'vertical', width: 400 },
  { lang: 'hy', orientation: 'vertical', width: 400 },
] as const;

async function withPageStyles<T>(css: string, run: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    return await run();
  } finally {
    style.remove();
  }
}

async function mountCase({ lang, orientation, width }: (typeof CASES)[number]): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<event-timeline lang=${lang} orientation=${orientation} style="width: ${width}px"></event-timeline>`);
  await whenLoaded(el, () => (el.src = ARTICLE));
  return el;
}

const labelWidths = (el: EventTimeline) =>
  new Map(shadow(el, '[part="event"]').map((event) => [event.getAttribute('data-id'), event.querySelector('[part="label"]')!.getBoundingClientRect().width]));

/** Every two labels that overlap, and every label cut off by the chart's edges, described. */
function collisions(el: EventTimeline): string[] {
  const chart = shadow(el, 'svg.chart')[0].getBoundingClientRect();
  const labels = shadow(el, '[part="label"]');
  const boxes = labels.map((label) => label.getBoundingClientRect());
  const found: string[] = [];
  boxes.forEach((a, i) => {
    if (a.left < chart.left - 0.5 || a.right > chart.right + 0.5) found.push(`"${labels[i].textContent}" is cut off`);
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        found.push(`"${labels[i].textContent}" and "${labels[j].textContent}" overlap`);
      }
    }
  });
  return found;
}

/** How far the first line of `node`'s text starts from the start of its box, px. */
function textIndentOf(node: Element): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getClientRects()[0].left - node.getBoundingClientRect().left;
}

describe('<event-timeline> on a page with its own text styles', () => {
  for (const look of CASES) {
    it(`keeps ${look.lang} labels as measured and apart, title and legend at the start (${look.orientation})`, async () => {
      const plain = await mountCase(look);
      const plainWidths = labelWidths(plain);
      const plainTitleHeight = shadow(plain, '[part="title"]')[0].getBoundingClientRect().height;
      plain.remove();
      await withPageStyles(PAGE_TEXT_STYLES, async () => {
        const el = await mountCase(look);
        expect(getComputedStyle(document.body).letterSpacing, 'the page styles apply to the page').to.equal('2px');
        const widths = labelWidths(el);
        expect(widths.size).to.be.greaterThan(0);
        expect(widths.size).to.equal(plainWidths.size);
        for (const [id, width] of widths) expect(width, `label of ${id}`).to.be.closeTo(plainWidths.get(id)!, 0.5);
        expect(collisions(el)).to.deep.equal([]);
        expect(textIndentOf(shadow(el, '[part="title"]')[0]), 'the title starts at the start').to.be.closeTo(0, 1);
        const legend = shadow(el, '[part="legend"]')[0];
        const firstEntry = legend.querySelector('li')!;
        expect(firstEntry.getBoundingClientRect().left - legend.getBoundingClientRect().left, 'the legend starts at the start').to.be.closeTo(0, 1);
        expect(textIndentOf(firstEntry.querySelector('span')!), 'legend text right after its swatch').to.be.closeTo(0, 1);
        // The page's line-height: 3 would make each line of the title twice as tall.
        expect(shadow(el, '[part="title"]')[0].getBoundingClientRect().height, 'the title\'s lines').to.be.closeTo(plainTitleHeight, 1);
      });
    });
  }

  for (const look of CASES) {
    it(`keeps ${look.lang} labels apart when the page styles the element and its labels itself (${look.orientation})`, async () => {
      // Rules on the element itself win over its own defaults, and ::part(label) is there to style labels:
      // these do reach the labels, which are then measured as they are drawn.
      const css = `event-timeline { letter-spacing: 1.5px; word-spacing: 6px; text-transform: uppercase }
        event-timeline::part(label) { font-size: 16px; font-weight: 800 }`;
      await withPageStyles(css, async () => {
        const el = await mountCase(look);
        const label = shadow(el, '[part="label"]')[0];
        expect(getComputedStyle(label).fontSize, 'the page styles reach the labels').to.equal('16px');
        expect(collisions(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    });
  }
});
