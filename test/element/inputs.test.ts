import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '../../src/timeline-element.js';
import { ARTICLE, drawn, mount, sleep, whenLoaded } from '../helpers/element.js';
import { drawnIds, shadow, texts } from '../helpers/shadow.js';

const TWO = [
  { id: 'one', start: '2016-12-15', title: { en: 'One', hy: 'Մեկ' } },
  { id: 'two', start: '2017-02', title: { en: 'Two', hy: 'Երկու' } },
];

describe('<event-timeline> data sources', () => {
  it('events set from script replace the data of the file', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(drawnIds(el)).to.include('arrest-minsk');
    const detail = await whenLoaded(el, () => (el.events = TWO));
    expect(detail.events.map((e) => e.id)).to.deep.equal(['one', 'two']);
    expect(drawnIds(el)).to.deep.equal(['one', 'two']);
  });

  it('falls back to src when events is cleared', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.events = TWO));
    await whenLoaded(el, () => {
      el.src = ARTICLE;
      el.events = null;
    });
    expect(drawnIds(el)).to.include('arrest-minsk');
  });

  it('reads a child <script type="application/json">', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="en" style="width:800px">
      <script type="application/json">
        { "title": "Inline", "events": [{ "id": "x", "start": "2020-03-01", "title": "From the page" }] }
      </script>
    </event-timeline>`);
    await drawn(el);
    expect(drawnIds(el)).to.deep.equal(['x']);
    expect(texts(el, '[part="title"]')).to.deep.equal(['Inline']);
  });

  it('the last src wins when src changes before the first file arrives', async () => {
    const el = await mount('en');
    const loads: string[][] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e.detail.events.map((ev) => ev.id)));
    const last = whenLoaded(el, () => {
      el.src = ARTICLE;
      el.src = '/test/fixtures/two-events.json';
    });
    await last;
    await sleep(300);
    expect(loads).to.deep.equal([['first', 'second']]);
    expect(drawnIds(el)).to.deep.equal(['first', 'second']);
  });

  it('follows the width of its container', async () => {
    const el = await mount('en', 900);
    await whenLoaded(el, () => (el.events = TWO));
    expect(shadow(el, 'svg.chart')[0].getAttribute('width')).to.equal('900');
    el.style.width = '500px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(shadow(el, 'svg.chart')[0].getAttribute('width')).to.equal('500');
  });
});

describe('<event-timeline> language', () => {
  it('lang switches the text and the tick labels', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.events = TWO));
    expect(texts(el, '[part="label"]')).to.deep.equal(['One', 'Two']);
    // Weekly ticks over ten weeks: day and short month, and the first of a year with its year.
    expect(texts(el, '[part~="axis"] text')).to.include.members(['Jan 1, 2017', 'Feb 5']);
    el.lang = 'hy';
    await el.updateComplete;
    expect(texts(el, '[part="label"]')).to.deep.equal(['Մեկ', 'Երկու']);
    const ticks = texts(el, '[part~="axis"] text');
    expect(ticks).to.include.members(['1 հնվ, 2017 թ.', '5 փտվ']);
    expect(ticks.join(' ')).not.to.match(/Jan|Feb|Dec/);
  });

  it('takes its language from the nearest ancestor with lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="hy"><event-timeline style="width:700px"></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await whenLoaded(el, () => (el.events = TWO));
    expect(el.language).to.equal('hy');
    expect(texts(el, '[part="label"]')).to.deep.equal(['Մեկ', 'Երկու']);
    wrapper.lang = 'en';
    await sleep();
    await el.updateComplete;
    expect(texts(el, '[part="label"]')).to.deep.equal(['One', 'Two']);
  });

  it('marks text in another language than the reader with its own lang', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => (el.events = [{ id: 'a', start: '2017', title: { hy: 'Միայն հայերեն' } }]));
    expect(shadow(el, '[part="label"]')[0].getAttribute('lang')).to.equal('hy');
  });
});

describe('<event-timeline> text from data', () => {
  it('shows markup in the data as text and runs nothing', async () => {
    const w = window as unknown as { pwned?: boolean };
    const payload = '<img src=x onerror="window.pwned=true"><b>bold</b>';
    const el = await mount('en');
    await whenLoaded(el, () => {
      el.events = {
        title: payload,
        source: { title: payload, url: 'javascript:window.pwned=true' },
        events: [{ id: 'x', start: '2017', title: payload, description: '<script>window.pwned=true</script>' }],
      };
    });
    expect(texts(el, '[part="label"]')).to.deep.equal([payload]);
    expect(texts(el, '[part="title"]')).to.deep.equal([payload]);
    expect(shadow(el, 'img, b, script')).to.have.length(0);
    expect(shadow(el, '[part="source"] a'), 'a javascript: source link is not a link').to.have.length(0);
    await sleep(50);
    expect(w.pwned).to.equal(undefined);
  });

  it('links the source only through http(s)', async () => {
    const el = await mount('en');
    await whenLoaded(el, () => {
      el.events = { source: { title: 'The article', url: 'https://example.org/a' }, events: TWO };
    });
    expect(shadow(el, '[part="source"] a')[0].getAttribute('href')).to.equal('https://example.org/a');
  });
});
