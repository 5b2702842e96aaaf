import { expect, fixture, html } from '@open-wc/testing';
import { hasMessages } from '../../src/i18n/messages.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import '../../src/event-timeline.js';
import { whenLoaded } from '../helpers/element.js';
import { texts } from '../helpers/shadow.js';

/** Armenian and Russian words load the first time a timeline speaks them; this file starts with none. */
const loadedWordFiles = () =>
  performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/i18n\/(hy|ru)\.(ts|js)/.test(name));

const TWO = [
  { id: 'a', start: '2017-01-17', title: { en: 'One', ru: 'Один' } },
  { id: 'b', start: '2017-02-07', title: { en: 'Two', ru: 'Два' } },
];

describe('<event-timeline> words loaded on demand', () => {
  it('an English timeline loads no other language\'s words', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="width: 700px"></event-timeline>`);
    el.events = TWO;
    await el.updateComplete;
    expect(texts(el, '[part="summary"]')[0]).to.match(/^2 events/);
    expect(loadedWordFiles()).to.deep.equal([]);
    expect(hasMessages('ru')).to.equal(false);
  });

  it('a Russian timeline loads the Russian words, then draws and says everything in Russian', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="ru" style="width: 700px"></event-timeline>`);
    let summaryAtLoad = '';
    el.addEventListener('timeline-load', () => (summaryAtLoad = texts(el, '[part="summary"]')[0]), { once: true });
    await whenLoaded(el, () => (el.events = TWO));
    // updateComplete waited for the words: when timeline-load came, the element already spoke Russian.
    expect(summaryAtLoad).to.match(/^2 события/);
    expect(hasMessages('ru')).to.equal(true);
    expect(loadedWordFiles().some((name) => /ru\./.test(name))).to.equal(true);
    expect(texts(el, '[part="label"]')).to.deep.equal(['Один', 'Два']);
    expect(texts(el, '[part="summary"]')[0]).to.match(/^2 события/);
    expect(texts(el, '[part~="zoom-fit"]')[0]).to.not.equal('Show all');
    expect(loadedWordFiles().some((name) => /hy\./.test(name))).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
