/**
 * The counts over a dense strip of clusters, as a reader sees them: 60,000 events over a century at 1,280 px
 * give bars of some 33 px with about 1,800 events each. In English each bar carries its count ("1.8K"); in
 * Armenian the words ("1,8 հզր") are wider than a bar, and they reach over neighbours instead of leaving
 * every bar without a number. Either way no count covers another or another bar.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { EventTimeline } from '../../src/timeline-element.js';
import { drawn, mount } from '../helpers/element.js';
import { barBoxes, clusterBars } from '../helpers/shadow.js';

function century(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    start: new Date(Date.UTC(1920, 0, 1 + ((i * 7919) % 36_500))).toISOString().slice(0, 10),
  }));
}

async function showing(lang: string): Promise<EventTimeline> {
  const el = await mount(lang, 1280);
  const loaded = oneEvent(el, 'timeline-load');
  el.events = century(60_000);
  await loaded;
  await drawn(el);
  return el;
}

/** Each bar with the box of the count drawn over it (in the page), if it has one. */
function counted(el: EventTimeline) {
  return clusterBars(el).map(({ node }) => {
    const count = node.querySelector('.cluster-count');
    return { node, text: count?.textContent ?? '', box: count?.textContent ? count.getBoundingClientRect() : undefined };
  });
}

const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

for (const [lang, share] of [['en', 0.95], ['hy', 0.4]] as const) {
  describe(`counts over a dense strip of clusters, in ${lang}`, () => {
    it(`counts at least ${share * 100} % of the bars, no count over another count or bar`, async function () {
      // 60,000 events read and drawn, then axe over some 40 bars and their counts: more than the default 10 s on a busy machine.
      this.timeout(40_000);
      const el = await showing(lang);
      const bars = counted(el);
      expect(bars.length).to.be.above(20);
      const withCount = bars.filter((bar) => bar.box);
      expect(withCount.length / bars.length, withCount.map((bar) => bar.text).join(' ')).to.be.at.least(share);
      const chart = el.shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect();
      // The bars in the page: the chart is drawn at its own size, so its units are pixels.
      const drawnBars = barBoxes(el).map(({ x, y, width, height }) => new DOMRect(chart.left + x, chart.top + y, width, height));
      bars.forEach((bar, i) => {
        if (!bar.box) return;
        expect(bar.box.left).to.be.at.least(chart.left - 0.5);
        expect(bar.box.right).to.be.at.most(chart.right + 0.5);
        const before = bars.slice(0, i).reverse().find((other) => other.box);
        if (before) expect(apart(before.box!, bar.box), `${before.text} and ${bar.text}`).to.equal(true);
        // The text's box less the font's descent below its line: the figures stand on the line.
        const ink = new DOMRect(bar.box.x, bar.box.y, bar.box.width, bar.box.height - 3);
        drawnBars.forEach((other, j) => j === i || expect(apart(ink, other), `${bar.text} over bar ${j}`).to.equal(true));
      });
      await expect(el).to.be.accessible();
    });
  });
}
