import { fixture, html } from '@open-wc/testing';
import { engine } from '../helpers/engine.js';
import { preferReducedMotion, undoMediaEmulation } from '../helpers/media.js';
import type { Orientation } from '../../src/layout/geometry.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import { ARTICLE, settle, whenLoaded } from '../helpers/element.js';
import { matchSnapshot } from '../helpers/snapshot.js';
import { svgMarkup } from '../helpers/svg-markup.js';

/**
 * The article's chart as markup, compared with test/snapshots/*.svg, the way Observable Plot tests its
 * plots: a change to the picture (a coordinate past 0.1 px, a label, a mark, an attribute) fails here and
 * shows in review as a diff of the snapshot file. After a change that is meant:
 * `npm run test:update-snapshots`, then look at the diff and commit it.
 */

// Label widths come from the fonts: the snapshots are taken with the Noto Sans fonts that
// scripts/chromium.mjs gives the browser through fontconfig, which only Linux reads.
// They are Chromium's drawings: Firefox and WebKit lay the same fonts out with sub-pixel differences.
const SKIPPED = !navigator.userAgent.includes('Linux')
  ? 'skipped: the snapshots are taken with the bundled Noto fonts on Linux, and labels measure differently elsewhere'
  : engine !== 'chromium'
    ? `skipped in ${engine}: the snapshots are Chromium's drawings, and each engine lays text out a little differently`
    : undefined;

interface Drawing {
  lang: 'en' | 'hy';
  orientation: Orientation;
  dir: 'ltr' | 'rtl';
}

/** The widths of a desktop column and of a phone. */
const WIDTH: Record<Orientation, number> = { horizontal: 1000, vertical: 390 };

const DRAWINGS: Drawing[] = (['en', 'hy'] as const).flatMap((lang) =>
  (['horizontal', 'vertical'] as const).flatMap((orientation) => (['ltr', 'rtl'] as const).map((dir) => ({ lang, orientation, dir }))),
);

const fileOf = ({ lang, orientation, dir }: Drawing) => `../snapshots/article-${lang}-${orientation}${dir === 'rtl' ? '-rtl' : ''}.svg`;

async function draw({ lang, orientation, dir }: Drawing): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(
    html`<event-timeline lang=${lang} dir=${dir} orientation=${orientation} style="width: ${WIDTH[orientation]}px"></event-timeline>`,
  );
  await whenLoaded(el, () => (el.src = ARTICLE));
  return el;
}

/** The chart's markup once it no longer changes (a resize or a late redraw would otherwise slip in). */
async function settledMarkup(el: EventTimeline): Promise<string> {
  let markup = '';
  for (let tries = 0; tries < 20; tries++) {
    await settle(el);
    const now = svgMarkup(el.shadowRoot!.querySelector('svg.chart')!);
    if (now === markup) return markup;
    markup = now;
  }
  throw new Error('the chart kept changing for a second');
}

(SKIPPED ? describe.skip : describe)(`<event-timeline> drawing of data/article-events.json ${SKIPPED ?? ''}`.trim(), () => {
  before(async () => {
    await preferReducedMotion();
  });
  after(async () => {
    await undoMediaEmulation({ reducedMotion: 'no-preference' });
  });

  for (const drawing of DRAWINGS) {
    const { lang, orientation, dir } = drawing;
    it(`draws the article in ${lang}, ${orientation}, ${dir}, ${WIDTH[orientation]} px wide, as test/snapshots/ has it`, async () => {
      const el = await draw(drawing);
      await matchSnapshot(fileOf(drawing), await settledMarkup(el));
    });
  }
});
