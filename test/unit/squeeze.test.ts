import { expect } from '@open-wc/testing';
import { dataExtent, timeScale } from '../../src/layout/scale.js';
import { NO_WARP, findBreaks as findBreaksIn, warpWith, warpedExtent, warpedScale, type TimeWarp } from '../../src/layout/squeeze.js';
import { indexEvents } from '../../src/model/event-index.js';
import { articleDocument, realDocument } from '../helpers/real-data-sets.js';
import { mulberry32 } from '../helpers/random.js';

const DAY = 86_400_000;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const point = (at: number) => ({ from: at, to: at + DAY });

/** The breaks of spans given in any order, as the element finds them in its index (events in the order of their starts). */
const findBreaks = (spans: readonly { from: number; to: number; end?: unknown }[]) => findBreaksIn(indexEvents([...spans].sort((a, b) => a.from - b.from)));

/** The share of the full view's width that the time from..to takes. */
function shareOf(warp: TimeWarp, spans: readonly { from: number; to: number }[], from: number, to: number): number {
  const scale = warpedScale(warp, warpedExtent(warp, spans), [0, 1000]);
  return (scale(to) - scale(from)) / 1000;
}

function expectMonotonicAndInvertible(warp: TimeWarp, from: number, to: number) {
  let previous = -Infinity;
  for (let i = 0; i <= 2000; i++) {
    const at = from + ((to - from) * i) / 2000;
    const u = warp.warp(at);
    expect(u, `warp(${new Date(at).toISOString()})`).to.be.greaterThan(previous);
    expect(Math.abs(warp.unwarp(u) - at), `unwarp(warp(${at}))`).to.be.lessThan(1e-3 * DAY);
    previous = u;
  }
}

describe('findBreaks()', () => {
  it('finds no break in evenly spread data, exact or jittered, few or many', () => {
    const random = mulberry32(7);
    for (const count of [3, 5, 12, 60, 400]) {
      const even = Array.from({ length: count }, (_, i) => point(day(2000, 1, 1) + i * 30 * DAY));
      expect(findBreaks(even).breaks, `${count} events a month apart`).to.deep.equal([]);
      const jittered = even.map((span) => point(span.from + Math.round((random() - 0.5) * 10) * DAY));
      expect(findBreaks(jittered).breaks, `${count} events about a month apart`).to.deep.equal([]);
    }
  });

  it('squeezes a long empty stretch between two busy ones into one break, where the data has its gap', () => {
    const spans = [
      ...Array.from({ length: 20 }, (_, i) => point(day(2000, 1, 1) + i * 7 * DAY)),
      ...Array.from({ length: 20 }, (_, i) => point(day(2010, 1, 1) + i * 7 * DAY)),
    ];
    const { breaks } = findBreaks(spans);
    expect(breaks).to.have.length(1);
    expect(breaks[0].from).to.equal(spans[19].to);
    expect(breaks[0].to).to.equal(spans[20].from);
    expect(breaks[0].length).to.be.lessThan((breaks[0].to - breaks[0].from) / 10);
  });

  it('keeps a range whole but squeezes the empty years inside it; keeps a single date (a year) whole', () => {
    const spans = [
      { from: day(2000, 1, 1), to: day(2001, 1, 1) },
      ...Array.from({ length: 10 }, (_, i) => point(day(2001, 3, 1) + i * 20 * DAY)),
      { from: day(2001, 6, 1), to: day(2030, 1, 1), end: true },
    ];
    const { breaks } = findBreaks(spans);
    expect(breaks).to.have.length(1);
    expect(breaks[0].from).to.equal(spans[10].to);
    expect(breaks[0].to).to.equal(day(2030, 1, 1));
  });

  it('is strictly increasing and invertible, across breaks and beyond the data', () => {
    const random = mulberry32(11);
    for (let run = 0; run < 30; run++) {
      const spans = Array.from({ length: 5 + Math.floor(random() * 40) }, () => point(day(1990, 1, 1) + Math.floor(random() ** 4 * 10_000) * DAY));
      const warp = findBreaks(spans);
      expectMonotonicAndInvertible(warp, day(1985, 1, 1), day(2030, 1, 1));
    }
    const warp = warpWith([
      { from: day(2000, 1, 1), to: day(2010, 1, 1), length: DAY },
      { from: day(2011, 1, 1), to: day(2011, 6, 1), length: 2 * DAY },
    ]);
    expect(warp.warp(day(1999, 1, 1))).to.equal(day(1999, 1, 1));
    expect(warp.warp(day(2010, 1, 1)) - warp.warp(day(2000, 1, 1))).to.be.closeTo(DAY, 1e-6);
    expectMonotonicAndInvertible(warp, day(1990, 1, 1), day(2020, 1, 1));
  });

  it('gives the article\'s core, December 2016 – September 2017, at least a third of the width', async () => {
    const { events } = await articleDocument();
    const linear = shareOf(NO_WARP, events, day(2016, 12, 1), day(2017, 10, 1));
    const squeezed = shareOf(findBreaks(events), events, day(2016, 12, 1), day(2017, 10, 1));
    expect(linear, 'linear').to.be.lessThan(0.06);
    expect(squeezed, 'squeezed').to.be.at.least(1 / 3);
  });

  it('gives the five days of the Los Angeles riots (58 of 63 deaths in 19 months) at least a third of the width', async () => {
    const { events } = await realDocument('la-riots');
    const squeezed = shareOf(findBreaks(events), events, day(1992, 4, 29), day(1992, 5, 4));
    expect(shareOf(NO_WARP, events, day(1992, 4, 29), day(1992, 5, 4)), 'linear').to.be.lessThan(0.02);
    expect(squeezed, 'squeezed').to.be.at.least(1 / 3);
  });

  it('leaves a week of earthquakes and centuries of reigns as they are', async () => {
    expect(findBreaks((await realDocument('earthquakes')).events).breaks).to.deep.equal([]);
    expect(findBreaks((await realDocument('monarchs')).events).breaks).to.deep.equal([]);
  });
});

describe('warpedScale()', () => {
  it('is timeScale() when there is no break', () => {
    const domain = [day(2016, 1, 1), day(2018, 1, 1)] as const;
    const warped = warpedScale(NO_WARP, domain, [12, 988]);
    const linear = timeScale(domain, 1).range([12, 988]);
    for (const at of [day(2016, 1, 1), day(2016, 7, 9), day(2018, 1, 1)]) expect(warped(at)).to.be.closeTo(linear(at), 1e-9);
    expect(warped.ticks(8).map(Number)).to.deep.equal(linear.ticks(8).map(Number));
    expect(warped.invert(500)).to.be.closeTo(linear.invert(500), 1);
  });

  it('maps the ends of the domain onto the ends of the range and back, with a break in between', () => {
    const warp = warpWith([{ from: day(2001, 1, 1), to: day(2009, 1, 1), length: 30 * DAY }]);
    const scale = warpedScale(warp, [day(2000, 1, 1), day(2010, 1, 1)], [0, 800]);
    expect(scale(day(2000, 1, 1))).to.equal(0);
    expect(scale(day(2010, 1, 1))).to.equal(800);
    expect(scale.invert(800)).to.be.closeTo(day(2010, 1, 1), 1);
    // Two years of data and a month of break: each year gets 365/(730+30) of the width.
    expect(scale(day(2001, 1, 1))).to.be.closeTo((366 / 761) * 800, 1);
  });

  it('puts no tick inside a break or close to it, and ticks on both sides', () => {
    const warp = warpWith([{ from: day(2001, 1, 1), to: day(2009, 1, 1), length: 30 * DAY }]);
    const scale = warpedScale(warp, [day(2000, 1, 1), day(2010, 1, 1)], [0, 800]);
    const ticks = scale.ticks(10).map(Number);
    expect(ticks.some((at) => at < day(2001, 1, 1))).to.equal(true);
    expect(ticks.some((at) => at > day(2009, 1, 1))).to.equal(true);
    const breakX = [scale(day(2001, 1, 1)), scale(day(2009, 1, 1))];
    for (const at of ticks) {
      const x = scale(at);
      expect(x < breakX[0] - 30 || x > breakX[1] + 30, `tick ${new Date(at).toISOString()} at ${x}, break at ${breakX}`).to.equal(true);
    }
  });

  it('names the day of every lone event after a break, however many ticks are asked for, at the data\'s unit', async () => {
    const { events } = await realDocument('la-riots');
    const warp = findBreaks(events);
    const scale = warpedScale(warp, warpedExtent(warp, events), [0, 1800]);
    const lone = [day(1992, 5, 20), day(1992, 5, 23), day(1992, 8, 12), day(1992, 12, 16), day(1993, 11, 24)];
    for (const count of [6, 15, 40, 80]) {
      const ticks = scale.ticks(count, DAY).map(Number);
      expect(ticks.filter((at) => lone.includes(at)), `${count} ticks asked`).to.deep.equal(lone);
      // Never finer than the unit asked for: no tick of an hour in a lone day's stretch.
      expect(ticks.every((at) => at % DAY === 0), `${count} ticks asked: all at midnight`).to.equal(true);
    }
  });

  it('warpedExtent() is dataExtent() without breaks, and keeps its margin in drawn width with them', () => {
    const spans = [point(day(2000, 1, 1)), point(day(2000, 6, 1)), point(day(2010, 1, 1))];
    expect(warpedExtent(NO_WARP, spans)).to.deep.equal(dataExtent(spans));
    const warp = warpWith([{ from: day(2000, 6, 2), to: day(2010, 1, 1), length: 10 * DAY }]);
    const [from, to] = warpedExtent(warp, spans);
    const drawn = warp.warp(day(2010, 1, 2)) - warp.warp(day(2000, 1, 1));
    expect(warp.warp(day(2000, 1, 1)) - warp.warp(from)).to.be.closeTo(drawn * 0.04, 1);
    expect(warp.warp(to) - warp.warp(day(2010, 1, 2))).to.be.closeTo(drawn * 0.04, 1);
  });
});
