import { expect } from '@open-wc/testing';
// The words for problems load on demand in the element; here they are wanted at once.
import '../../src/i18n/problems/index.js';
import { isSafeImageSource } from '../../src/model/links.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import { describeProblem } from '../../src/time/words.js';

const withMedia = (media: unknown) => parseEventsDocument([{ id: 'm', title: 'M', start: '2016', media }]);

describe('an event\'s picture (media)', () => {
  it('is read with its alt text (in several languages), credit and link', () => {
    const { events, problems } = withMedia({
      src: 'https://upload.wikimedia.org/a.jpg',
      alt: { en: 'The harbour', hy: 'Նավահանգիստը' },
      credit: 'Wikimedia Commons',
      link: 'https://commons.wikimedia.org/wiki/File:a.jpg',
    });
    expect(problems).to.deep.equal([]);
    expect(events[0].media).to.deep.equal({
      src: 'https://upload.wikimedia.org/a.jpg',
      alt: { en: 'The harbour', hy: 'Նավահանգիստը' },
      credit: { '*': 'Wikimedia Commons' },
      link: 'https://commons.wikimedia.org/wiki/File:a.jpg',
    });
    expect(events[0].extra).to.equal(undefined);
  });

  it('without alt text is kept, and named as a problem', () => {
    const { events, problems } = withMedia('images/harbour.jpg');
    expect(events[0].media).to.deep.equal({ src: 'images/harbour.jpg', alt: undefined, credit: undefined, link: undefined });
    expect(problems).to.deep.equal([{ code: 'media-alt-missing', severity: 'warning', index: 0, id: 'm', field: 'media.alt', value: 'images/harbour.jpg' }]);
    expect(describeProblem(problems[0], 'en')).to.contain('has no "alt" text').and.contain('Add "alt" to "media"');
  });

  it('at an address that is not https or this site\'s is refused, named, and the event kept', () => {
    for (const src of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'http://example.com/a.jpg', '//evil.example/a.jpg',
      'java\tscript:alert(1)', '/\\evil.example/a.jpg', 'file:///etc/passwd', '']) {
      const { events, problems } = withMedia({ src, alt: 'x' });
      expect(events, src).to.have.length(1);
      expect(events[0].media, src).to.equal(undefined);
      expect(problems.map((problem) => [problem.code, problem.severity]), src).to.deep.equal([['media-unsafe', 'warning']]);
    }
  });

  it('with a link that is not http(s) or mailto keeps the picture and drops the link', () => {
    const { events, problems } = withMedia({ src: 'https://example.org/a.png', alt: 'A', link: 'javascript:alert(1)' });
    expect(events[0].media?.link).to.equal(undefined);
    expect(problems.map((problem) => [problem.code, problem.field])).to.deep.equal([['link-unsafe', 'media.link']]);
  });

  it('isSafeImageSource() allows https and same-origin paths only', () => {
    expect(['https://a.example/x.jpg', 'HTTPS://a.example/x.jpg', 'x.jpg', '/img/x.png', '../x.png', '?x'].map(isSafeImageSource)).to.deep.equal(
      [true, true, true, true, true, true],
    );
    expect(['http://a.example/x.jpg', '//a.example/x.jpg', 'blob:https://a/x', 'javascript:1', 'JaVaScRiPt:1', 'x\n.jpg'].map(isSafeImageSource)).to.deep.equal(
      [false, false, false, false, false, false],
    );
  });
});
