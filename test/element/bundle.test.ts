import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers/frame.js';
import { drawnIds } from '../helpers/shadow.js';

/**
 * The promise of the package: a plain page that loads only dist/event-timeline.js shows every event.
 * In an iframe, so that the bundle's copy of the element does not meet the one the other tests import.
 */
describe('dist/event-timeline.js in a plain page', () => {
  it('shows every event of the article, in English and in Armenian', async () => {
    const frame = openFrame('/demo/plain.html');
    const file = await (await fetch('/data/article-events.json')).json();
    const ids = file.events.map((event: { id: string }) => event.id).sort();
    const drawn = (id: string) => drawnIds(frame.contentDocument?.getElementById(id)).sort();
    await waitUntil(() => drawn('en').length === ids.length && drawn('hy').length === ids.length, 'the bundle drew nothing', {
      timeout: 5000,
    });
    expect(drawn('en')).to.deep.equal(ids);
    expect(drawn('hy')).to.deep.equal(ids);
    const hyRoot = frame.contentDocument!.getElementById('hy')!.shadowRoot!;
    expect(hyRoot.querySelector('[part="source"]')!.textContent).to.contain('սեպտեմբերի');
    frame.remove();
  });
});
