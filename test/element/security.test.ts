import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount, sleep, whenLoaded } from '../helpers/element.js';
import { shadow, texts } from '../helpers/shadow.js';
import { pad } from '../helpers/model.js';

type Pwned = Window & { __xss?: number };

/** Markup, script, attribute breakers, template syntax, SVG payloads: all must arrive as text. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r="9"/></svg>',
  '"><img src=x onerror=window.__xss=1>',
  "'><svg/onload=window.__xss=1>",
  '</text><script>window.__xss=1</script><text>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<style>:host{display:none}</style>',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<a href="javascript:window.__xss=1">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
];

const BAD_LINKS = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' javascript:window.__xss=1',
  'java\tscript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/steal',
  '/relative/path',
];

function corpus() {
  return {
    title: PAYLOADS[0],
    source: { title: PAYLOADS[1], publisher: PAYLOADS[2], date: PAYLOADS[3], language: 'en', url: BAD_LINKS[0] },
    categories: { [PAYLOADS[4]]: { label: PAYLOADS[5], color: 'red;background:url(javascript:window.__xss=1)' } },
    events: PAYLOADS.map((payload, i) => ({
      id: `x${i}"><img src=x onerror=window.__xss=1>`,
      start: `2017-01-${pad(i + 1)}`,
      title: payload,
      description: payload,
      quote: { en: payload, hy: payload },
      dateText: payload,
      place: payload,
      category: PAYLOADS[4],
      links: [
        { href: BAD_LINKS[i % BAD_LINKS.length], label: payload },
        { href: 'https://example.org/safe', label: payload },
        { href: 'mailto:editor@example.org', label: 'mail' },
      ],
    })),
  };
}

function assertInert(el: EventTimeline) {
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('script, img, iframe, style, math, a:not([href])').length, 'no element from the data').to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${node.tagName} has ${attribute}`).to.equal(false);
    }
  }
  for (const link of root.querySelectorAll('a')) {
    expect(['http:', 'https:', 'mailto:']).to.include(new URL(link.getAttribute('href')!).protocol);
  }
  expect((window as Pwned).__xss).to.equal(undefined);
}

describe('<event-timeline> and hostile data', () => {
  afterEach(() => delete (window as Pwned).__xss);

  it('renders every payload in every text field as inert text', async () => {
    const el = await mount('en', 1100);
    const detail = await whenLoaded(el, () => (el.events = corpus()));
    expect(detail.events).to.have.length(PAYLOADS.length);
    expect(texts(el, '[part="title"]')).to.deep.equal([PAYLOADS[0]]);
    expect(texts(el, 'ol li').join('\n')).to.contain(PAYLOADS[6]);
    const legend = texts(el, '[part="legend"] li');
    expect(legend).to.include(PAYLOADS[5]);
    for (const event of detail.events) {
      el.selected = event.id;
      await el.updateComplete;
      const details = shadow(el, '[part="details"]')[0];
      expect(details.querySelector('[part="details-title"]')!.textContent!.trim()).to.equal(event.title['*']);
      assertInert(el);
    }
    await sleep(100);
    assertInert(el);
  });

  it('follows no link but http(s) and mailto, and names every one it drops', async () => {
    const el = await mount('en');
    const detail = await whenLoaded(el, () => (el.events = corpus()));
    // Said once, counted, when many events share it; every event that lost a link is named by its index.
    const dropped = detail.problems.filter((problem) => problem.code === 'link-unsafe').flatMap((problem) => problem.indexes ?? [problem.index]);
    expect(dropped).to.have.length(PAYLOADS.length);
    expect(new Set(dropped).size).to.equal(PAYLOADS.length);
    for (const event of detail.events) {
      for (const link of event.links) expect(['https:', 'mailto:']).to.include(new URL(link.href).protocol);
    }
    expect(shadow(el, '[part="source"] a'), 'a javascript: source is not a link').to.have.length(0);
  });

  it('never takes a colour that is more than a colour', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.events = corpus()));
    const fill = getComputedStyle(shadow(el, '.event .mark')[0]).fill;
    expect(fill).to.match(/^rgb\(/);
    expect(fill).to.not.equal('rgb(255, 0, 0)');
  });
});
