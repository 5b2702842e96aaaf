import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers/frame.js';
import type { EventTimeline } from '../../src/timeline-element.js';

/** The demo page opens on the article as a story, in the page's language, with a switch to the chart. */
async function demo(query: string) {
  const frame = openFrame(`/demo/index.html${query}`, 1000, 800);
  const doc = () => frame.contentDocument!;
  const article = () => doc()?.querySelector<EventTimeline>('#article');
  await waitUntil(() => article()?.shadowRoot?.querySelector('[part="story"] [role="heading"]'), 'the demo opened no story', { timeout: 10000 });
  return { frame, doc: doc(), article: article()! };
}

describe('the demo page', () => {
  for (const [query, lang, title, chart] of [
    ['?lang=hy', 'hy', 'Լապշինի գործը և ադրբեջանա-իսրայելական հարաբերությունները', 'Գծապատկեր'],
    ['?lang=en', 'en', 'The Lapshin case and Azerbaijan–Israel relations', 'Chart'],
  ] as const) {
    it(`opens on the article as a story in the page's language (${lang}), and switches to the chart`, async () => {
      const { frame, doc, article } = await demo(query);
      try {
        expect([doc.documentElement.lang, article.language]).to.deep.equal([lang, lang]);
        const root = article.shadowRoot!;
        expect(root.querySelector('[part="story"] [role="heading"]')!.textContent!.trim()).to.equal(title);
        const button = doc.querySelector<HTMLButtonElement>('[data-mode="chart"]')!;
        expect(button.textContent!.trim()).to.equal(chart);
        button.click();
        await waitUntil(() => !root.querySelector('[part="story"]'), 'the story card stayed');
        expect([article.mode, button.getAttribute('aria-pressed')]).to.deep.equal(['chart', 'true']);
        await waitUntil(() => root.querySelector('[part="overview-window"]'), 'no overview under the chart');
      } finally {
        frame.remove();
      }
    });
  }
});
