import { expect, waitUntil } from '@open-wc/testing';

/**
 * The promise of the package: a plain page that loads only dist/event-timeline.js shows every event.
 * In an iframe, so that the bundle's copy of the element does not meet the one the other tests import.
 */
describe('dist/event-timeline.js in a plain page', () => {
  it('shows every event of the article, in English and in Armenian', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1100px';
    frame.style.height = '900px';
    frame.src = '/demo/plain.html';
    document.body.append(frame);
    const file = await (await fetch('/data/article-events.json')).json();
    const ids = file.events.map((event: { id: string }) => event.id).sort();
    const drawn = (id: string) => {
      const root = frame.contentDocument?.getElementById(id)?.shadowRoot;
      return [...(root?.querySelectorAll('[part="event"]') ?? [])].map((node) => node.getAttribute('data-id')).sort();
    };
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
