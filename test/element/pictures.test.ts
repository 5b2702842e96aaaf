import { expect, waitUntil } from '@open-wc/testing';
import { mount, whenLoaded } from '../helpers/element.js';
import { alertText, shadow, texts } from '../helpers/shadow.js';

const event = (media: unknown, id = 'p') => ({ id, title: { en: 'The chart', hy: 'Գծապատկերը' }, start: '2017-09-11', media });

describe('<event-timeline> pictures', () => {
  it('shows an event\'s picture in its details: loaded lazily, with alt text in the reader\'s language, credit and link', async () => {
    const el = await mount('hy');
    await whenLoaded(el, () => (el.events = [event({
      src: '/docs/screenshot-en.png',
      alt: { en: 'The timeline of the article', hy: 'Հոդվածի ժամանակագրությունը' },
      credit: { en: 'event-timeline', hy: 'event-timeline' },
      link: 'https://example.org/article',
    })]));
    expect(shadow(el, '[part="picture"]')).to.have.length(0);
    el.selected = 'p';
    await el.updateComplete;
    const [img] = shadow(el, '[part="picture"] img') as HTMLImageElement[];
    expect([img.alt, img.getAttribute('lang'), img.loading]).to.deep.equal(['Հոդվածի ժամանակագրությունը', 'hy', 'lazy']);
    expect(texts(el, '[part="picture"] figcaption')).to.deep.equal(['Պատկերի հեղինակը: event-timeline']);
    expect(img.closest('a')?.getAttribute('href')).to.equal('https://example.org/article');
    // A picture of this site really loads and is drawn.
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the picture never loaded');
    expect(img.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(alertText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('draws a picture without alt text with an empty alt, and names it as a problem in the reader\'s language', async () => {
    const el = await mount('ru');
    await whenLoaded(el, () => (el.events = [event({ src: '/docs/screenshot-hy.png', link: 'https://example.org/big.png' })]));
    el.selected = 'p';
    await el.updateComplete;
    const [img] = shadow(el, '[part="picture"] img') as HTMLImageElement[];
    expect(img.getAttribute('alt')).to.equal('');
    // Its link is still named, by its address.
    expect(img.closest('a')?.getAttribute('aria-label')).to.equal('https://example.org/big.png');
    await expect(el).to.be.accessible();
    expect(alertText(el)).to.contain('у изображения /docs/screenshot-hy.png нет текста "alt"');
  });

  it('refuses pictures over other schemes, names each, and still draws the event', async () => {
    const el = await mount('en');
    const refused = ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'http://example.com/a.jpg', '//evil.example/a.jpg'];
    const detail = await whenLoaded(el, () => (el.events = refused.map((src, i) => event({ src, alt: 'x' }, `e${i}`))));
    expect(detail.events).to.have.length(4);
    // Four events share the problem: one line, counted.
    expect(detail.problems.map((problem) => [problem.code, problem.count, problem.indexes])).to.deep.equal([['media-unsafe', 4, [0, 1, 2, 3]]]);
    expect(alertText(el)).to.contain('4 events (the first is event 1 ("e0")): the picture javascript:alert(1) is not an https address');
    for (const id of ['e0', 'e1', 'e2', 'e3']) {
      el.selected = id;
      await el.updateComplete;
      expect(shadow(el, '.details img'), id).to.have.length(0);
    }
  });

  it('reads "alt": "" as a decorative picture: no problem', async () => {
    const el = await mount('en');
    const detail = await whenLoaded(el, () => (el.events = [event({ src: '/docs/screenshot-en.png', alt: '' })]));
    expect(detail.problems).to.deep.equal([]);
    expect(alertText(el)).to.equal('');
  });
});
