import { expect } from '@open-wc/testing';
import { chooseDetail, sliceLength } from '../../src/layout/detail.js';
import { countInView, indexEvents, inView, lowerBound, upperBound } from '../../src/model/event-index.js';
import { visibleRange } from '../../src/model/interval-index.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { mulberry32 } from '../helpers/random.js';

const YEAR = 365.25 * 86_400_000;


/** Events sorted by start, as the parser hands them over: points, short and long spans. */
function randomEvents(random: () => number, n: number): TimelineEvent[] {
  const spans = Array.from({ length: n }, () => {
    const from = Date.UTC(1950, 0, 1) + random() * 70 * YEAR;
    const kind = random();
    const length = kind < 0.6 ? 86_400_000 : kind < 0.9 ? random() * YEAR : random() * 20 * YEAR;
    return { from, to: from + length };
  });
  spans.sort((a, b) => a.from - b.from);
  return spans.map((span, index) => ({ id: `e${index}`, index, from: span.from, to: span.to }) as unknown as TimelineEvent);
}

describe('event index', () => {
  it('lowerBound() and upperBound() find the first index at or past a value', () => {
    const values = Float64Array.from([1, 2, 2, 2, 5]);
    expect([lowerBound(values, 2), upperBound(values, 2), lowerBound(values, 0), upperBound(values, 9)]).to.deep.equal([1, 4, 0, 5]);
  });

  it('visibleRange() brackets exactly the events in view, long ones from before included', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 50; round++) {
      const events = randomEvents(random, 300);
      const index = indexEvents(events);
      const start = Date.UTC(1950, 0, 1) + random() * 70 * YEAR;
      const view = { start, end: start + random() * 10 * YEAR };
      const { first, end } = visibleRange(index, view);
      const expected = events.flatMap((event, i) => (event.to >= view.start && event.from <= view.end ? [i] : []));
      const found: number[] = [];
      for (let i = first; i < end; i++) if (inView(index, i, view)) found.push(i);
      expect(found).to.deep.equal(expected);
      expect(countInView(index, first, end, view)).to.equal(expected.length);
    }
  });
});

describe('chooseDetail()', () => {
  const range = [12, 988] as const;
  const detailFor = (events: TimelineEvent[], view: { start: number; end: number }, pinned?: Set<number>) =>
    chooseDetail(indexEvents(events), view, {
      limit: 100,
      range,
      slicePx: 36,
      pinned,
    });

  it('chooseDetail() draws every event one by one when few are in view', () => {
    const events = randomEvents(mulberry32(1), 80);
    const view = { start: Date.UTC(1940, 0, 1), end: Date.UTC(2030, 0, 1) };
    const detail = detailFor(events, view);
    expect(detail.clusters).to.deep.equal([]);
    expect(detail.singles).to.deep.equal(events.map((_, i) => i));
  });

  it('chooseDetail() counts every event in view exactly once, in a cluster or alone, at any zoom', () => {
    const random = mulberry32(42);
    for (let round = 0; round < 60; round++) {
      const events = randomEvents(random, 200 + Math.floor(random() * 3000));
      const index = indexEvents(events);
      const start = Date.UTC(1945, 0, 1) + random() * 60 * YEAR;
      const view = { start, end: start + (0.01 + random() * 40) * YEAR };
      const pinned = new Set([Math.floor(random() * events.length)]);
      const detail = detailFor(events, view, pinned);
      const owner = new Map<number, string>();
      const claim = (i: number, by: string) => {
        expect(owner.has(i), `event ${i} drawn twice (${owner.get(i)} and ${by})`).to.equal(false);
        owner.set(i, by);
      };
      for (const i of detail.singles) claim(i, 'single');
      for (const cluster of detail.clusters) {
        let members = 0;
        const starts: number[] = [];
        for (let i = cluster.first; i < cluster.end; i++) {
          if (inView(index, i, view) && !pinned.has(i)) {
            claim(i, cluster.id);
            members++;
            starts.push(index.froms[i]);
          }
        }
        expect(cluster.count, `${cluster.id} counts what it holds`).to.equal(members);
        expect([cluster.firstStart, cluster.lastStart], `${cluster.id} says where its events start`).to.deep.equal([Math.min(...starts), Math.max(...starts)]);
        expect(cluster.count).to.be.greaterThan(1);
      }
      const { first, end } = visibleRange(index, view);
      expect(owner.size, 'no event in view is lost').to.equal(countInView(index, first, end, view));
      for (const i of pinned) if (inView(index, i, view)) expect(detail.singles).to.include(i);
    }
  });

  it('chooseDetail() splits a cluster when zoomed to where its events start', () => {
    const events = randomEvents(mulberry32(3), 5000);
    const index = indexEvents(events);
    let view = { start: Date.UTC(1950, 0, 1), end: Date.UTC(2021, 0, 1) };
    let detail = detailFor(events, view);
    for (let depth = 0; depth < 10 && detail.clusters.length; depth++) {
      const cluster = detail.clusters.reduce((a, b) => (b.count > a.count ? b : a));
      const members: number[] = [];
      for (let i = cluster.first; i < cluster.end; i++) if (inView(index, i, view)) members.push(i);
      const pad = (cluster.lastStart - cluster.firstStart) * 0.05;
      view = { start: cluster.firstStart - pad, end: cluster.lastStart + pad };
      detail = detailFor(events, view);
      const holders = new Set(
        members.map((i) => (detail.singles.includes(i) ? `single-${i}` : detail.clusters.find((c) => i >= c.first && i < c.end)?.id)),
      );
      expect(holders.has(undefined), 'every member still drawn').to.equal(false);
      expect(holders.size, `the ${members.length} events of ${cluster.id} are split`).to.be.greaterThan(1);
    }
  });
});

describe('chooseDetail() slices fixed in time', () => {
  const range = [12, 988] as const;
  const detailAt = (index: ReturnType<typeof indexEvents>, view: { start: number; end: number }) => chooseDetail(index, view, { limit: 100, range, slicePx: 36 });

  it('keeps the id and the count of every cluster whose slice stays whole in view while the view pans', () => {
    const events = randomEvents(mulberry32(11), 20_000);
    const index = indexEvents(events);
    const span = 8 * YEAR;
    let before = detailAt(index, { start: Date.UTC(1970, 0, 1), end: Date.UTC(1970, 0, 1) + span });
    for (let step = 1; step <= 40; step++) {
      const start = Date.UTC(1970, 0, 1) + step * 0.013 * span;
      const view = { start, end: start + span };
      const after = detailAt(index, view);
      const whole = (list: typeof after.clusters) => new Map(list.filter((c) => !c.edge).map((c) => [c.id, c.count]));
      const was = whole(before.clusters);
      let kept = 0;
      for (const [id, count] of whole(after.clusters)) {
        if (!was.has(id)) continue;
        expect(count, `${id} keeps its count`).to.equal(was.get(id));
        kept++;
      }
      expect(kept, 'most clusters stay').to.be.above(15);
      before = after;
    }
  });

  it('cuts slices 28 to 46 px wide, 2^n or 1.5 × 2^n ms long, on multiples of their length; only the first and last are cut by the view', () => {
    const events = randomEvents(mulberry32(12), 20_000);
    const index = indexEvents(events);
    const random = mulberry32(13);
    for (let round = 0; round < 40; round++) {
      const start = Date.UTC(1955, 0, 1) + random() * 40 * YEAR;
      const view = { start, end: start + (0.2 + random() * 20) * YEAR };
      const { clusters } = detailAt(index, view);
      const pxPerMs = (range[1] - range[0]) / (view.end - view.start);
      for (const cluster of clusters) {
        const length = cluster.to - cluster.from;
        if (cluster.edge) {
          expect(cluster.from === view.start || cluster.to === view.end, `${cluster.id} is at an end of the view`).to.equal(true);
          continue;
        }
        expect([Math.log2(length) % 1, Math.log2(length / 1.5) % 1], `${cluster.id}: 2^n or 1.5 × 2^n ms`).to.include(0);
        expect(cluster.from % length, `${cluster.id} starts on a multiple of its length`).to.equal(0);
        expect(length * pxPerMs).to.be.within(36 / 1.27, 36 * 1.27);
      }
    }
  });
});

describe('sliceLength()', () => {
  it('goes up in half steps, 2^n then 1.5 × 2^n ms, each 1.33 or 1.5 times the one before', () => {
    expect([20, 21, 22, 23, 24].map(sliceLength)).to.deep.equal([1024, 1536, 2048, 3072, 4096]);
    for (let level = 2; level < 90; level++) expect(sliceLength(level + 1) / sliceLength(level)).to.be.oneOf([1.5, 4 / 3]);
  });
});

describe('chooseDetail() under one long event', () => {
  it('chooseDetail() draws the few events in view one by one, though a long event spans everything', () => {
    const events = randomEvents(mulberry32(5), 3000).map((event) => ({ ...event }));
    events[0] = { ...events[0], to: Date.UTC(2030, 0, 1) } as TimelineEvent;
    const index = indexEvents(events);
    const view = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 3) };
    const detail = chooseDetail(index, view, { limit: 100, range: [0, 1000], slicePx: 36 });
    const { first, end } = visibleRange(index, view);
    expect(end - first, 'the index alone brackets thousands').to.be.greaterThan(100);
    expect(detail.clusters).to.deep.equal([]);
    expect(detail.singles.length).to.equal(countInView(index, first, end, view));
    expect(detail.singles).to.include(0);
  });
});
