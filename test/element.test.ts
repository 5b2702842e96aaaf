import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/event-timeline.js';
import type { EventTimeline } from '../src/timeline-element.js';

const ARTICLE = '/data/article-events.json';

async function loaded(el: EventTimeline) {
  const { detail } = await oneEvent(el, 'timeline-load');
  await el.updateComplete;
  return detail;
}

describe('<event-timeline> with the article data', () => {
  it('draws every event of the article file, each with its title', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="width: 1000px"></event-timeline>`);
    const done = loaded(el);
    el.src = ARTICLE;
    const detail = await done;
    const file = await (await fetch(ARTICLE)).json();
    expect(detail.events).to.have.length(file.events.length);
    const drawn = [...el.shadowRoot!.querySelectorAll('[part="event"]')].map((g) => g.getAttribute('data-id'));
    expect(drawn.sort()).to.deep.equal(file.events.map((e: { id: string }) => e.id).sort());
    const labels = [...el.shadowRoot!.querySelectorAll('[part="label"]')].map((t) => t.textContent);
    expect(labels).to.include('Lapshin arrested in Minsk ?');
  });
});
