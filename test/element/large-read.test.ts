/**
 * Large data read without freezing the page: more than 5,000 events given as `events`, or more than 2 MB
 * of text from `src`, are read off the synchronous path: text in a module Worker, a list of events on the
 * main thread in slices up to 250,000 events and in a worker beyond (in slices wherever none can start),
 * a run of records at a time, each drawn as it is read. The result is the one the synchronous reader gives
 * the same data. How long each task takes is measured by `npm run bench`, not here.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { TimelineLoadDetail } from '../../src/events.js';
import { workerFrom } from '../../src/controllers/large-read.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import { mount } from '../helpers/element.js';
import { alertText, drawnEvents, shadow, texts } from '../helpers/shadow.js';

/** `n` events in no time order, ids e1…; every tenth a range of months; number `bad` (1-based) has no title. */
function largeList(n: number, bad?: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(1900, 0, 1 + ((i * 7919) % 36_500))).toISOString().slice(0, 10);
    const event: Record<string, unknown> = { id: `e${i + 1}`, start: day, title: `Event ${i + 1}`, category: `c${i % 6}` };
    if (i % 10 === 0) Object.assign(event, { start: day.slice(0, 7), end: `${day.slice(0, 4)}-12` });
    if (i + 1 === bad) delete event.title;
    return event;
  });
}

/**
 * Records every Worker started, by its address, until `restore`; with `refuse`, each one throws as a policy
 * would; with `missing`, each one starts from a file that is not there (it fails after it started), and
 * `postedAfterError` counts the messages posted to it after it said so.
 */
function spyOnWorkers(refuse: boolean | 'missing' = false): { started: string[]; postedAfterError: number; restore(): void } {
  const Original = window.Worker;
  const spy = { started: [] as string[], postedAfterError: 0, restore: () => (window.Worker = Original) };
  window.Worker = class extends Original {
    private failed = false;
    constructor(url: string | URL, options?: WorkerOptions) {
      spy.started.push(String(url));
      if (refuse === true) throw new DOMException('Refused by the page', 'SecurityError');
      super(refuse === 'missing' ? new URL('/no-such-read-worker.js', location.href) : url, options);
      this.addEventListener('error', () => (this.failed = true));
    }
    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
      if (this.failed) spy.postedAfterError++;
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
  return spy;
}

/**
 * Clusters of 1,000 events and more show their count short ("2.4K") while their name says it in full
 * ("2,397 events, …"), which axe calls a mismatch: true of any data this large, however read, and left
 * for the cluster's own change. Every other rule is checked.
 */
const accessible = (el: EventTimeline) => expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });

const progressBar = (el: EventTimeline) => shadow(el, '[part="progress"]')[0];

/** What the data shown is made of, to compare with the synchronous reader's: events and problems, in order. */
const summary = (document: { events: readonly object[]; problems: readonly object[] }) => JSON.stringify([document.events, document.problems]);

async function loadWatchingProgress(el: EventTimeline, give: () => void): Promise<{ detail: TimelineLoadDetail; progress: string[] }> {
  const progress: string[] = [];
  // At each change of the DOM, not on a timer: the reading's tasks can keep a timer from running until the end.
  const watch = new MutationObserver(() => {
    const bar = progressBar(el);
    if (bar) progress.push(bar.getAttribute('aria-valuetext') ?? '');
  });
  watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  const loaded = oneEvent(el, 'timeline-load');
  give();
  const { detail } = (await loaded) as CustomEvent<TimelineLoadDetail>;
  watch.disconnect();
  await el.updateComplete;
  return { detail, progress };
}

describe('<event-timeline> large data', () => {
  let workers: ReturnType<typeof spyOnWorkers> | undefined;
  const defaults = { ...workerFrom };
  afterEach(() => {
    workers?.restore();
    Object.assign(workerFrom, defaults);
  });
  /** The worker takes lists this large (by default, only from 250,000 events). */
  const workerFor = (events: number, chars = Infinity) => Object.assign(workerFrom, { events, chars });

  it('reads 60,000 events on the main thread in slices, with no worker: below the size where a worker is quicker', async () => {
    workers = spyOnWorkers();
    const list = largeList(60_000, 17);
    const el = await mount('en', 1000);
    const { detail } = await loadWatchingProgress(el, () => (el.events = list));
    expect(workers.started).to.deep.equal([]);
    expect(summary(detail)).to.equal(summary(parseEventsDocument(list)));
    expect(drawnEvents(el).total).to.equal(59_999);
  });

  it('reads 150,000 events given as `events` in a worker, shows its progress in events, and draws them all as the synchronous reader reads them', async () => {
    workerFor(100_000);
    workers = spyOnWorkers();
    const list = largeList(150_000, 4321);
    const expected = parseEventsDocument(list);
    const el = await mount('en', 1000);
    const { detail, progress } = await loadWatchingProgress(el, () => (el.events = list));
    expect(workers.started.map((url) => new URL(url).pathname.split('/').pop())).to.deep.equal(['read-worker.js']);
    expect(progress.length, 'no progress bar while reading').to.be.above(0);
    expect(progress.some((text) => /^[\d,]+ events read$/.test(text)), progress.join(' | ')).to.equal(true);
    expect(detail.events).to.have.length(149_999);
    expect(summary(detail)).to.equal(summary(expected));
    // Events of the same date share one frozen date object, as when read here, though the worker's came as copies.
    const byText = new Map<string, object>();
    let shared = 0;
    for (const event of detail.events) {
      const kept = byText.get(event.start.text);
      if (kept) expect(event.start).to.equal(kept);
      else byText.set(event.start.text, event.start);
      if (kept) shared++;
    }
    expect(shared, 'events that share a date').to.be.above(100_000);
    expect(Object.isFrozen(detail.events[0].start)).to.equal(true);
    // The record with no title is one problem, said; the rest are drawn.
    expect(detail.problems.map((problem) => [problem.code, problem.index])).to.deep.equal([['title-missing', 4320]]);
    expect(alertText(el)).to.contain('has no title');
    expect(drawnEvents(el).total).to.equal(149_999);
    expect(shadow(el, '[part="progress"]')).to.have.length(0);
    await accessible(el);
  });

  it('reads more than 2 MB from `src` in a worker, as the synchronous reader reads the same text', async () => {
    workers = spyOnWorkers();
    const url = '/test-server/large?n=30000&bad=7';
    const expected = parseEventsDocument(JSON.parse(await (await fetch(url)).text()));
    const el = await mount('en', 1000);
    const { detail } = await loadWatchingProgress(el, () => (el.src = url));
    expect(workers.started).to.have.length(1);
    expect(summary(detail)).to.equal(summary(expected));
    expect(detail.events).to.have.length(29_999);
    expect(detail.problems.map((problem) => [problem.code, problem.index])).to.deep.equal([['title-missing', 6]]);
    expect(drawnEvents(el).total).to.equal(29_999);
    await accessible(el);
  });

  it('where no worker can start, reads the same data on the main thread in slices, with the same result', async () => {
    workerFor(50_000);
    workers = spyOnWorkers(true);
    const list = largeList(60_000, 17);
    const expected = parseEventsDocument(list);
    const el = await mount('en', 1000);
    const { detail } = await loadWatchingProgress(el, () => (el.events = list));
    expect(workers.started).to.have.length(1);
    expect(summary(detail)).to.equal(summary(expected));
    expect(detail.problems.map((problem) => [problem.code, problem.index])).to.deep.equal([['title-missing', 16]]);
    expect(drawnEvents(el).total).to.equal(59_999);
    await accessible(el);
  });

  it('where the worker\'s file does not load, reads the same data in slices, and copies no more of it to the failed worker', async () => {
    workerFor(50_000);
    workers = spyOnWorkers('missing');
    const list = largeList(120_000, 99);
    const expected = parseEventsDocument(list);
    const el = await mount('en', 1000);
    const { detail } = await loadWatchingProgress(el, () => (el.events = list));
    expect(workers.started).to.have.length(1);
    expect(summary(detail)).to.equal(summary(expected));
    expect(drawnEvents(el).total).to.equal(119_999);
    // 24 slices of 5,000 were to go to the worker; it failed at the first, and none went after that.
    expect(workers.postedAfterError).to.equal(0);
    await accessible(el);
  });

  it('draws the first batches while the rest is still coming, with its summary right at each', async () => {
    workers = spyOnWorkers(true);
    const el = await mount('en', 1000);
    const counts: number[] = [];
    const summaries = new Set<string>();
    // At each drawing (a mutation observer: a timer can be kept from running by the slices' tasks).
    const watch = new MutationObserver(() => {
      counts.push(drawnEvents(el).total);
      summaries.add(el.shadowRoot?.querySelector('[part="summary"]')?.textContent ?? '');
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    // A drawing that throws midway (it once read past the end of an earlier batch's index) is an error here.
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const loaded = oneEvent(el, 'timeline-load');
    el.events = largeList(100_000);
    await loaded;
    watch.disconnect();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect([...summaries].filter((text) => /NaN|Invalid/.test(text))).to.deep.equal([]);
    expect(counts.some((count) => count > 0 && count < 100_000), `counts seen: ${[...new Set(counts)].join(', ')}`).to.equal(true);
    expect(drawnEvents(el).total).to.equal(100_000);
  });

  it('says it is loading in the summary\'s line while the events read so far are drawn, and the chart does not move when the load ends', async function () {
    this.timeout(40_000);
    workers = spyOnWorkers(true);
    const el = await mount('en', 1000);
    const chartTop = () => shadow(el, '[part="chart"]')[0]?.getBoundingClientRect().top;
    const loaded = oneEvent(el, 'timeline-load');
    el.events = largeList(100_000);
    // Drawn before all are read: the loading words and the progress bar are in the summary's one line.
    // Seen as each drawing changes the DOM (a mutation observer), not by polling on a timer: the slices'
    // tasks can keep a timer from running until the load is over (it failed so on a busy machine).
    const midLoad = () => drawnEvents(el).total > 0 && shadow(el, '[part="summary"] [part="progressbar"], [part="summary"] [part="progress"]').length > 0;
    const during = await new Promise<{ top?: number; status: string[]; drawn: number; progress: string | null; listed: number }>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!midLoad()) return;
        observer.disconnect();
        resolve({
          top: chartTop(),
          status: texts(el, '[part="summary"] [part="status"]'),
          drawn: drawnEvents(el).total,
          progress: shadow(el, '[part="summary"] [role="progressbar"]')[0]?.getAttribute('aria-valuetext') ?? null,
          listed: shadow(el, 'ol.visually-hidden li').length,
        });
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      void loaded.then(() => {
        observer.disconnect();
        reject(new Error('no events drawn with the progress bar while reading'));
      });
    });
    expect(during.progress).to.match(/^[\d,]+ events read$/);
    await accessible(el);
    await loaded;
    await el.updateComplete;
    expect(during.status).to.deep.equal(['Loading events…']);
    expect(during.drawn).to.be.below(100_000);
    // The hidden list of events is made once the events are all read, not again for each batch.
    expect(during.listed, 'a hidden list while loading').to.equal(0);
    expect(shadow(el, 'ol.visually-hidden li').length, 'the hidden list once loaded').to.equal(200);
    expect(shadow(el, '[part="status"], [part="progress"]')).to.have.length(0);
    expect(texts(el, '[part="summary"]')[0]).to.match(/^100,000 events, from 1900 to 1999$/);
    expect(Math.abs(chartTop()! - during.top!), 'the chart moved when the load ended').to.be.below(1.5);
  });

  it('a new source given while a large one is read replaces it', async () => {
    const el = await mount('en', 1000);
    el.events = largeList(100_000);
    await waitUntil(() => shadow(el, '[part="status"]').length, 'never said it was loading');
    const loaded = oneEvent(el, 'timeline-load');
    el.events = [{ id: 'only', start: '2001-01-01', title: 'Only this' }];
    expect(((await loaded) as CustomEvent<TimelineLoadDetail>).detail.events.map((event) => event.id)).to.deep.equal(['only']);
    await el.updateComplete;
    expect(drawnEvents(el).total).to.equal(1);
  });
});
