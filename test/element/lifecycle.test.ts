import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EventTimeline } from '../../src/timeline-element.js';
import { engine, itWhere } from '../helpers/engine.js';
import { ARTICLE, settle, sleep, whenLoaded } from '../helpers/element.js';
import { drawnIds, shadow, texts } from '../helpers/shadow.js';

type Gc = Window & { gc?: () => void };
/** The JS heap in use, in bytes, where the engine tells it (Chromium's performance.memory). */
const usedHeapSize = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

/** Counts what is still observed, listened to or timed on the page, by wrapping the APIs that add them. */
function instrument() {
  const live = { observers: 0, listeners: 0, timers: new Set<unknown>() };
  const restore: (() => void)[] = [];
  for (const name of ['ResizeObserver', 'MutationObserver'] as const) {
    const Original = window[name] as unknown as new (callback: never) => { observe(...args: unknown[]): void; disconnect(): void };
    class Counted extends Original {
      private watching = false;
      override observe(...args: unknown[]) {
        if (!this.watching) live.observers++;
        this.watching = true;
        super.observe(...args);
      }
      override disconnect() {
        if (this.watching) live.observers--;
        this.watching = false;
        super.disconnect();
      }
    }
    (window as unknown as Record<string, unknown>)[name] = Counted;
    restore.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
  for (const target of [window, document]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      live.listeners++;
      return add.apply(this, args);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
      live.listeners--;
      return remove.apply(this, args);
    } as typeof remove;
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const setT = window.setTimeout;
  const clearT = window.clearTimeout;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = setT(
      (...a: unknown[]) => {
        live.timers.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...rest,
    );
    live.timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    live.timers.delete(id);
    clearT(id);
  }) as typeof window.clearTimeout;
  restore.push(() => {
    window.setTimeout = setT;
    window.clearTimeout = clearT;
  });
  return { live, restore: () => restore.forEach((undo) => undo()) };
}

describe('<event-timeline> over a long-lived page', () => {
  let article: unknown;
  before(async () => {
    article = await (await fetch(ARTICLE)).json();
  });

  describe('adding and removing it 1,000 times', () => {
    /** What was still live after the 1,000 elements, and the heap around them (where the engine says). */
    let after: { observers: number; listeners: number; timers: number; heapGrowth?: number; alive?: number; aliveSelected?: number };

    before(async function () {
      this.timeout(60_000);
      const host = document.createElement('div');
      host.style.width = '900px';
      document.body.append(host);
      const gc = () => (window as Gc).gc?.();
      // Warm up first, so that what was loaded once (modules, Intl data, styles) is not counted as a leak.
      for (let i = 0; i < 20; i++) {
        const el = document.createElement('event-timeline');
        el.events = article as never;
        host.append(el);
        await el.updateComplete;
        el.remove();
      }
      await settle();
      gc();
      const heapBefore = usedHeapSize();
      const { live, restore } = instrument();
      // Each removed element is watched through a WeakRef: one that nothing holds any more is collected.
      const removed: WeakRef<HTMLElement>[] = [];
      try {
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement('event-timeline');
          el.lang = i % 2 ? 'hy' : 'en';
          el.events = article as never;
          host.append(el);
          await el.updateComplete;
          if (i % 100 === 0) {
            el.selected = 'arrest-minsk';
            await el.updateComplete;
          }
          el.remove();
          removed.push(new WeakRef(el));
        }
        await sleep(500);
        after = { observers: live.observers, listeners: live.listeners, timers: live.timers.size };
      } finally {
        restore();
      }
      // The heap is shared with the other test pages of this renderer, which may be loading meanwhile: the
      // least of three measurements, each after a full collection, is the one least lifted by them.
      const heaps: number[] = [];
      for (let round = 0; round < 3; round++) {
        await sleep(round ? 300 : 0);
        gc();
        heaps.push(usedHeapSize() ?? NaN);
      }
      if ((window as Gc).gc) {
        after.alive = removed.filter((ref) => ref.deref()).length;
        after.aliveSelected = removed.filter((ref, i) => i % 100 === 0 && ref.deref()).length;
      }
      if (heapBefore !== undefined) after.heapGrowth = Math.min(...heaps) - heapBefore;
      host.remove();
    });

    it('leaves no observers, listeners or timers behind', () => {
      expect(after.observers, 'observers still observing').to.equal(0);
      expect(after.listeners, 'listeners on window and document').to.equal(0);
      expect(after.timers, 'timers still pending').to.equal(0);
    });

    itWhere(engine === 'chromium', 'performance.memory and gc() are Chromium-only (precise heap size, forced collection)')(
      'leaves no memory behind',
      () => {
        // A leak holds every element, or every one of a kind (every Armenian one, every selected one);
        // Blink's collector scans the stack conservatively, so a few (13 seen on a busy machine) may outlive
        // a collection by chance.
        expect(after.alive, 'of 1,000 removed elements, still held').to.be.at.most(50);
        expect(after.aliveSelected, 'of the 10 that were selected, still held').to.be.at.most(2);
        expect(after.heapGrowth, 'heap growth over 1,000 elements, bytes').to.be.below(3_000_000);
      },
    );
  });

  it('keeps its data, view and selection when moved elsewhere in the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div id="a" style="width:900px"></div><div id="b" style="width:900px"></div></div>`);
    const el = document.createElement('event-timeline');
    el.lang = 'en';
    wrapper.querySelector('#a')!.append(el);
    await whenLoaded(el, () => (el.src = ARTICLE));
    el.zoomTo('2016-11-01', '2017-10-01');
    el.selected = 'handover-baku';
    await settle();
    const view = el.view;
    let reloaded = false;
    el.addEventListener('timeline-load', () => (reloaded = true));
    wrapper.querySelector('#b')!.append(el);
    await settle();
    await el.updateComplete;
    expect(reloaded, 'no second load').to.equal(false);
    expect(el.view).to.deep.equal(view);
    expect(el.selected).to.equal('handover-baku');
    expect(texts(el, '[part="details-title"]')).to.deep.equal(['Lapshin handed over to Baku']);
  });

  it('honours properties set before the element is defined', async () => {
    const el = document.createElement('event-timeline-late') as EventTimeline;
    el.events = article as never;
    el.lang = 'hy';
    el.selected = 'pardon-decree';
    el.view = { start: new Date('2017-01-01'), end: new Date('2017-12-31') };
    el.style.width = '900px';
    document.body.append(el);
    customElements.define('event-timeline-late', class extends EventTimeline {});
    await settle();
    await el.updateComplete;
    // The details' code and the Armenian words load on demand: on a busy machine, after a few more frames.
    await waitUntil(() => texts(el, '[part="details-title"]').length, 'no details of the selected event', { timeout: 5_000 });
    expect(texts(el, '[part="details-title"]')).to.deep.equal(['Ալիևը ներում է Լապշինին']);
    expect(+el.view!.start).to.be.closeTo(Date.UTC(2017, 0, 1), 86_400_000);
    expect(drawnIds(el)).to.not.include('wikileaks-iceberg-cable');
    el.remove();
  });

  it('two timelines on one page do not interfere', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <event-timeline id="one" lang="en"></event-timeline><event-timeline id="two" lang="hy"></event-timeline>
    </div>`);
    const [one, two] = [...wrapper.querySelectorAll('event-timeline')];
    await whenLoaded(one, () => (one.src = ARTICLE));
    await whenLoaded(two, () => (two.events = [{ id: 'a', start: '2020', title: 'Ա' }, { id: 'b', start: '2021', title: 'Բ' }]));
    one.focusEvent('arrest-minsk');
    await settle();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(one.selected).to.equal('arrest-minsk');
    expect(two.selected).to.equal(undefined);
    expect(shadow(two, '[part="details"]')).to.have.length(0);
    expect(drawnIds(two)).to.deep.equal(['a', 'b']);
    // Two year spans with no category: the legend names only the span's shape, in Armenian.
    expect(texts(two, '[part="legend"] li')).to.deep.equal(['Ժամանակահատված, ամիս կամ տարի']);
  });

  it('works inside another component’s shadow root, taking the language from its host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="hy"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section style="width: 900px"><event-timeline></event-timeline></section>';
    const el = root.querySelector('event-timeline')!;
    await whenLoaded(el, () => (el.src = ARTICLE));
    expect(el.language).to.equal('hy');
    expect(drawnIds(el)).to.have.length(12);
    expect(texts(el, '[part="summary"]')[0]).to.equal('12 իրադարձություն, 2009 – 2027');
  });
});
