/**
 * A large list given as `events` is not kept twice. Once read, the element holds the page's records only
 * while the page does: a page that hands over a million events and lets go of them does not pay for them a
 * second time (about 100 MB). A page that kept its list gets it back as it was; one that let go of it gets
 * records of the events shown, which read as the same events, and the records something was said about
 * as they were. A list read another way (another format, a field mapping) is kept as before.
 *
 * Whether the list was let go is seen by a WeakRef to it after a forced collection: Chromium's `gc()`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/model/types.js';
import type { EventTimeline } from '../../src/timeline-element.js';
import { engine, itWhere } from '../helpers/engine.js';
import { ARTICLE, settle, sleep, whenLoaded } from '../helpers/element.js';
import { drawnEvents } from '../helpers/shadow.js';

type Gc = Window & { gc?: () => void };
const GC = 'gc() is Chromium-only (a forced collection)';

/** More than the 5,000 events of a large read; every tenth a range, a few in languages, with fields the format does not know. */
function records(n = 6_000, extra: Record<string, unknown> = {}): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(1950, 0, 1 + ((i * 7919) % 25_000))).toISOString().slice(0, 10);
    const record: Record<string, unknown> = { id: `e${i + 1}`, title: i % 100 ? `Event ${i + 1}` : { en: `Event ${i + 1}`, hy: `Իրադարձություն ${i + 1}` }, start: day, category: `c${i % 6}`, ...extra };
    if (i % 10 === 0) record.end = `${day.slice(0, 4)}-12-31`;
    if (i % 1000 === 1) record.source = { page: i };
    return record;
  });
}

async function element(): Promise<EventTimeline> {
  return fixture<EventTimeline>(html`<event-timeline lang="en" style="width: 900px"></event-timeline>`);
}

/** Whatever a WeakRef still points to after full collections (a WeakRef keeps its target to the end of the task that made it). */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let round = 0; round < 3 && ref.deref(); round++) {
    await sleep(20);
    (window as Gc).gc!();
  }
  return !ref.deref();
}

/** Gives the element a list nothing else holds, and a WeakRef to it. */
async function handOver(el: EventTimeline, list: () => unknown): Promise<{ ref: WeakRef<object>; events: readonly TimelineEvent[] }> {
  let ref!: WeakRef<object>;
  const detail = await whenLoaded(el, () => {
    const value = list() as object;
    ref = new WeakRef(value);
    el.events = value as never;
  });
  await settle(el);
  return { ref, events: detail.events };
}

describe('<event-timeline> a large list is not kept twice', () => {
  itWhere(engine === 'chromium', GC)('lets go of a list the page let go of, and gives records that read as the same events', async () => {
    const el = await element();
    const { ref, events } = await handOver(el, () => records());
    expect(await collected(ref), 'the page’s list is collected').to.equal(true);
    expect(drawnEvents(el).total).to.equal(6_000);

    const given = el.events as Record<string, unknown>[];
    expect(given).to.have.length(6_000);
    // In the order given, with the text and the fields the format does not know as they were.
    expect(given.slice(0, 2)).to.deep.equal(records().slice(0, 2));
    expect(given[1001]).to.deep.equal(records()[1001]);
    expect(el.events, 'the same records while the data is the same').to.equal(given);

    // Read again, the records are the same events.
    const other = await element();
    const again = await whenLoaded(other, () => (other.events = given));
    expect(again.events).to.deep.equal(events);
  });

  it('gives back the page’s own list while the page keeps it', async () => {
    const el = await element();
    const list = records();
    const { ref } = await handOver(el, () => list);
    if ((window as Gc).gc) expect(await collected(ref)).to.equal(false);
    expect(el.events).to.equal(list);
    // Set again, the same list is no change: nothing is read again.
    let loads = 0;
    el.addEventListener('timeline-load', () => loads++);
    el.events = list;
    el.lang = 'hy';
    await settle(el);
    expect(loads).to.equal(0);
  });

  itWhere(engine === 'chromium', GC)('keeps the records something was said about as they were, so that read again they say it again', async () => {
    // A record left out (no title), an id given twice (the second renamed), a link to no event (dropped).
    const given = () => {
      const list: Record<string, unknown>[] = records();
      list.splice(10, 0, { id: 'untitled', start: '2001' });
      list[20] = { ...list[20], id: 'e3' };
      list[30] = { ...list[30], related: ['nowhere', 'e1'] };
      return list;
    };
    const el = await element();
    let problems: unknown[] = [];
    el.addEventListener('timeline-error', (event) => (problems = event.detail.problems));
    const { ref, events } = await handOver(el, given);
    expect(problems.map((problem) => (problem as { code: string }).code)).to.have.members(['title-missing', 'id-duplicate', 'related-unknown']);
    expect(await collected(ref), 'let go of, with problems said').to.equal(true);
    const again = el.events as Record<string, unknown>[];
    expect(again).to.have.length(6_001);
    expect(again.slice(9, 12)).to.deep.equal(given().slice(9, 12));
    expect(again[20]).to.deep.equal(given()[20]);
    expect(again[30]).to.deep.equal(given()[30]);

    const other = await element();
    let otherProblems: unknown[] = [];
    other.addEventListener('timeline-error', (event) => (otherProblems = event.detail.problems));
    const read = await whenLoaded(other, () => (other.events = again));
    expect(read.events).to.deep.equal(events);
    expect(otherProblems).to.deep.equal(problems);
  });

  itWhere(engine === 'chromium', GC)('keeps the list read through a field mapping: its records are the page’s own shape', async () => {
    const mapped = await element();
    mapped.fields = 'title:name';
    const { ref } = await handOver(mapped, () => records().map(({ title, ...rest }) => ({ ...rest, name: title })));
    expect(await collected(ref), 'kept with a field mapping').to.equal(false);
  });

  itWhere(engine === 'chromium', GC)('after a change, gives the events shown, and a document keeps its other fields', async () => {
    const el = await element();
    const { ref } = await handOver(el, () => ({ title: 'Sixty centuries', categories: [{ id: 'c1', label: 'One', color: '#336699' }], events: records() }));
    expect(await collected(ref)).to.equal(true);
    el.addEvents([{ id: 'added', title: 'Added', start: '2001-02-03' }]);
    el.removeEvents(['e1']);
    await settle(el);
    const document = el.events as { title: string; categories: unknown[]; events: Record<string, unknown>[] };
    expect(document.title).to.equal('Sixty centuries');
    expect(document.categories).to.deep.equal([{ id: 'c1', label: 'One', color: '#336699' }]);
    expect(document.events).to.have.length(6_000);
    expect(document.events[0].id).to.equal('e2');
    expect(document.events.at(-1)).to.deep.equal({ id: 'added', title: 'Added', start: '2001-02-03' });
    await expect(el).to.be.accessible({ ignoredRules: ['label-content-name-mismatch'] });
  });

  itWhere(engine === 'chromium', GC)('a page that let go of its list can still give another, or clear it for src', async () => {
    const el = await element();
    const { ref } = await handOver(el, () => records());
    expect(await collected(ref)).to.equal(true);
    await whenLoaded(el, () => (el.events = [{ id: 'one', title: 'One', start: '2001' }]));
    expect(drawnEvents(el).total).to.equal(1);
    const { ref: again } = await handOver(el, () => records());
    expect(await collected(again)).to.equal(true);
    await whenLoaded(el, () => {
      el.src = ARTICLE;
      el.events = null;
    });
    expect(el.events).to.equal(null);
    expect(drawnEvents(el).total).to.equal(12);
  });
});
