import { expect, waitUntil } from '@open-wc/testing';
import type { JSX } from 'react';
import type { EventTimeline, TimelineView } from '../../src/timeline-element.js';
import type {} from '../../src/react.js';
import { openFrame } from '../helpers/frame.js';
import { drawnIds, texts } from '../helpers/shadow.js';

/**
 * The framework examples in demo/, each in an iframe, as a person uses them: the React 19 and Vue 3 apps
 * (bundled by scripts/build-demos.mjs during `npm run build`) and the plain page. All three have the same
 * markup around the element: #selected, #view, #status, #zoom and the [data-lang] buttons.
 */
const ARTICLE_EVENTS = 12;

interface Example {
  frame: HTMLIFrameElement;
  doc: Document;
  el: EventTimeline;
}

async function open(path: string): Promise<Example> {
  const frame = openFrame(path);
  const find = () => frame.contentDocument?.querySelector<EventTimeline>('event-timeline');
  await waitUntil(() => drawnIds(find()).length === ARTICLE_EVENTS, `${path} drew no timeline (did npm run build run?)`, {
    timeout: 8000,
  });
  return { frame, doc: frame.contentDocument!, el: find()! };
}

function text(doc: Document, selector: string): string {
  return (doc.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All the matches' text, in one string. */
const shadowText = (el: EventTimeline, selector: string) => texts(el, selector).join(' ');

const ARMENIAN = /[\u0531-\u058f]/;

/** What a person does with each example, checked through what the page shows. */
function usesTheElement(path: string, inEnglish: (view: TimelineView) => string) {
  let example: Example;
  beforeEach(async () => {
    example = await open(path);
  });
  afterEach(() => example.frame.remove());

  it('sets events as a property, never as an attribute', () => {
    const { el } = example;
    expect(el.events).to.be.an('object').with.property('events').that.has.length(ARTICLE_EVENTS);
    expect(el.hasAttribute('events')).to.equal(false);
    // Listeners are not attributes either (React 19 adds `on…` props with addEventListener).
    expect(el.getAttributeNames().filter((name) => name.startsWith('on'))).to.deep.equal([]);
  });

  it('reads the view at timeline-load and shows it', async () => {
    const { doc, el } = example;
    expect(el.view).to.have.keys('start', 'end');
    // The element can have drawn before the app renders what timeline-load gave it (React commits its state
    // update later; in Firefox and WebKit it was sometimes still '—' here): wait for the app, then check.
    const year = String(el.view!.start.getUTCFullYear());
    await waitUntil(() => text(doc, '#view').includes(year), `the app shows "${text(doc, '#view')}" for the view`);
    expect(text(doc, '#view')).to.contain(year);
    expect(text(doc, '#status')).to.match(/^12\b/);
  });

  it('the language switch turns the timeline to English and back', async () => {
    const { doc, el } = example;
    expect(shadowText(el, '[part~="title"]')).to.match(ARMENIAN);
    doc.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    await waitUntil(() => shadowText(el, '[part~="title"]') === 'The Lapshin case and Azerbaijan–Israel relations', 'title not in English');
    await waitUntil(() => !ARMENIAN.test(shadowText(el, '[part~="label"]')), 'labels not in English');
    expect(el.language).to.equal('en');
    expect(doc.querySelector('[data-lang="en"]')!.getAttribute('aria-pressed')).to.equal('true');
    doc.querySelector<HTMLButtonElement>('[data-lang="hy"]')!.click();
    await waitUntil(() => ARMENIAN.test(shadowText(el, '[part~="label"]')), 'labels not back in Armenian');
  });

  it('event-select: clicking an event shows its title in the app, in the language chosen', async () => {
    const { doc, el } = example;
    doc.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    await waitUntil(() => el.language === 'en', 'never turned to English');
    const mark = el.shadowRoot!.querySelector('[part~="event"][data-id="pardon-decree"] .mark')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => text(doc, '#selected') === 'Aliyev pardons Lapshin', `the app shows "${text(doc, '#selected')}"`);
    expect(el.selected).to.equal('pardon-decree');
    doc.querySelector<HTMLButtonElement>('[data-lang="hy"]')!.click();
    await waitUntil(() => text(doc, '#selected') === 'Ալիևը ներում է Լապշինին', `the app shows "${text(doc, '#selected')}"`);
    expect(doc.querySelector('#selected')!.getAttribute('lang')).to.equal('hy');
  });

  it('the zoom button sets view; the element zooms and the app shows the span', async () => {
    const { doc, el } = example;
    doc.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    doc.querySelector<HTMLButtonElement>('#zoom')!.click();
    await waitUntil(() => text(doc, '#view') === inEnglish(ZOOM), `the app shows "${text(doc, '#view')}"`);
    await waitUntil(() => +el.view!.start === +ZOOM.start && +el.view!.end === +ZOOM.end, 'the element did not zoom');
  });

  it('timeline-view-change: a zoom by the person (the wheel) reaches the app', async () => {
    const { frame, doc, el } = example;
    doc.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
    await waitUntil(() => text(doc, '#view') === inEnglish(el.view!), 'the app does not show the first view');
    // D3's zoom loads just after the first drawing; a wheel before it has come moves nothing (updateComplete
    // waits for it). It came later than the wheel now and then in WebKit, beside the other chunks loading.
    await el.updateComplete;
    const before = text(doc, '#view');
    const svg = el.shadowRoot!.querySelector('svg.chart')!;
    const box = svg.getBoundingClientRect();
    const { WheelEvent } = frame.contentWindow as unknown as typeof globalThis;
    for (let i = 0; i < 4; i++) {
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
    }
    // The last event, sent once the gesture ends, carries the view the element shows.
    await waitUntil(() => text(doc, '#view') !== before && text(doc, '#view') === inEnglish(el.view!), `the app shows "${text(doc, '#view')}"`);
  });
}

/** November 2016 to October 2017, as the examples' zoom button sets it. */
const ZOOM: TimelineView = { start: new Date(Date.UTC(2016, 10, 1)), end: new Date(Date.UTC(2017, 9, 31)) };

/** How the React and Vue examples write a view in English (the element's calendar, Intl for `en`). */
function inWords(view: TimelineView): string {
  const format = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return `${format.format(view.start)} – ${format.format(view.end)}`;
}

/** The plain page writes ISO dates: its bundle exports the element alone. */
function inIso(view: TimelineView): string {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return `${day(view.start)} – ${day(view.end)}`;
}

describe('demo/react: <event-timeline> in React 19', () => {
  usesTheElement('/demo/react/index.html', inWords);
});

describe('demo/vue: <event-timeline> in Vue 3', () => {
  usesTheElement('/demo/vue/index.html', inWords);
});

describe('demo/plain-html: <event-timeline> with addEventListener', () => {
  usesTheElement('/demo/plain-html/index.html', inIso);
});

/**
 * Checked by tsc (`npm run typecheck`), not at run time: React's JSX accepts the element's properties and
 * types each listener's `detail`. The run-time half: the listeners typed are the events the element fires.
 */
const jsxProps = {
  src: '/data/article-events.json',
  lang: 'hy',
  events: [{ start: '2017-09-11', title: 'Pardon' }],
  view: { start: new Date(Date.UTC(2016, 10, 1)), end: new Date(Date.UTC(2017, 9, 31)) },
  'max-lanes': 8,
  'ontimeline-load': (event) => event.detail.events.length,
  // @ts-expect-error: an error's detail has no events
  'ontimeline-error': (event) => event.detail.events,
  'ontimeline-view-change': (event) => event.detail.start.getUTCFullYear(),
  'onevent-select': (event) => event.detail.event?.id,
  'ontimeline-filter-change': (event) => event.detail.events.length - event.detail.total,
  'ontimeline-change': (event) => event.detail.added.length + event.detail.removed.length,
} satisfies JSX.IntrinsicElements['event-timeline'];

describe('src/react.ts: JSX typings for React', () => {
  it('types a listener for each event the element fires (custom-elements.json)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declaration = manifest.modules
      .flatMap((module: { declarations?: { name: string }[] }) => module.declarations ?? [])
      .find((declaration: { name: string }) => declaration.name === 'EventTimeline');
    const fired = declaration.events.map((event: { name: string }) => event.name).sort();
    const typed = Object.keys(jsxProps).filter((key) => key.startsWith('on')).map((key) => key.slice(2)).sort();
    expect(typed).to.deep.equal(fired);
  });
});
