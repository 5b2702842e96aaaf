/**
 * TimelineJS3's own sample files (test/fixtures/timelinejs, copied from its npm packages), read as they
 * are: no problems box, their pictures in the details, their title slide's headline and text shown.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TimelineLoadDetail } from '../../src/events.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import { drawn } from '../helpers/element.js';
import { alertText, shadow, texts } from '../helpers/shadow.js';

const SAMPLES = [
  ['women_in_computing.csv', 'Women in Computing', 'In this sample timeline'],
  ['houston.json', 'Whitney Houston', 'Houston'],
  ['marktwain.json', undefined, 'Mark Twain'],
  ['user-interface.json', 'Revolutionary User Interfaces', 'The human computer interface'],
  ['all-media-types.json', 'TimelineJS Media Types', 'media'],
  ['eras.json', 'Eras Test', ''],
] as const;

async function open(file: string): Promise<{ el: EventTimeline; detail: TimelineLoadDetail }> {
  const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="width:1000px" src=${`/test/fixtures/timelinejs/${file}`}></event-timeline>`);
  const { detail } = (await oneEvent(el, 'timeline-load')) as CustomEvent<TimelineLoadDetail>;
  await drawn(el);
  return { el, detail };
}

describe('<event-timeline> with TimelineJS3\'s own samples', () => {
  for (const [file, title, words] of SAMPLES) {
    it(`${file}: no problems box; the title slide's headline and text shown; what is not shown is a notice`, async () => {
      const { el, detail } = await open(file);
      expect(alertText(el), file).to.equal('');
      expect(detail.problems, file).to.deep.equal([]);
      expect(detail.events.length, file).to.be.greaterThan(5);
      if (title) expect(texts(el, '[part="title"]')[0], file).to.contain(title);
      if (words) expect(texts(el, '[part="description"]')[0], file).to.contain(words);
      // Markup is never shown as text: the blockquote media became a quote, the HTML text plain text.
      expect(texts(el, 'figcaption, ol').join(' '), file).to.not.match(/<\/?(p|blockquote|span|a)\b/);
      for (const notice of detail.notices) expect(['format-unsupported', 'media-alt-missing'], file).to.include(notice.code);
    });
  }

  it('women_in_computing.csv: Ada Lovelace\'s portrait is in her details, with its caption as alt text and its credit; the quote is a quote', async () => {
    const { el, detail } = await open('women_in_computing.csv');
    const ada = detail.events.find((event) => event.title['*'] === 'Ada Lovelace')!;
    el.selected = ada.id;
    await el.updateComplete;
    const [img] = shadow(el, '[part="picture"] img') as HTMLImageElement[];
    expect(img.getAttribute('src')).to.equal('https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg');
    expect([img.alt, img.loading, img.referrerPolicy]).to.deep.equal(['Portrait by Alfred Edward Chalon', 'lazy', 'no-referrer']);
    expect(texts(el, '[part="picture"] figcaption')).to.deep.equal(['Credit: Wikimedia Commons']);
    const clarke = detail.events.find((event) => event.title['*'] === 'Edith Clarke: Bucking the Trend')!;
    el.selected = clarke.id;
    await el.updateComplete;
    expect(texts(el, '.details blockquote')[0]).to.match(/^There is no demand for women engineers.*Edith Clarke, first female professor/);
  });

  it('tells the page\'s author once in the console what it does not show', async () => {
    const said: unknown[][] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => said.push(args);
    try {
      const { detail } = await open('eras.json');
      expect(detail.notices.map((notice) => notice.field)).to.deep.equal(['background']);
      expect(said).to.have.length(1);
      expect(String(said[0][0])).to.contain('"background" on 7 slides');
    } finally {
      console.info = info;
    }
  });
});
