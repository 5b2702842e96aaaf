/**
 * Long stretches of time in which nothing happens, squeezed into breaks on the axis, so that the width
 * goes where the events are. A piecewise-linear, strictly increasing map from time (UTC ms) to "warped"
 * time: outside the breaks it runs at slope 1, across a break at a small slope. Every view is drawn
 * linearly in warped time, so zooming and panning (d3-zoom on a base scale in warped time) stay linear
 * on screen and go across breaks smoothly. Pure.
 */
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import { dataExtent, type TimeScale } from './scale.js';

const DAY = 86_400_000;

/** A squeezed stretch: `from`..`to` (UTC ms) drawn as `length` ms of warped time. */
export interface TimeBreak {
  from: number;
  to: number;
  length: number;
}

export interface TimeWarp {
  /** In time order, apart from each other. */
  readonly breaks: readonly TimeBreak[];
  /** Time to warped time: strictly increasing. */
  warp(at: number): number;
  /** Warped time back to time. */
  unwarp(at: number): number;
}

/** What the data must look like for a stretch to be squeezed: see `findBreaks`. */
export const SQUEEZE = {
  /** A stretch becomes a break when it would take at least this share of the width... */
  minShare: 0.1,
  /** ...is at least this many times the median time between two starts (so evenly spread data keeps its axis)... */
  overMedian: 4,
  /** ...and shrinks at least this many times. */
  minShrink: 3,
  /** The share of the width one break takes, */
  breakShare: 0.025,
  /** and all of them together at most. */
  maxBreaksShare: 0.3,
} as const;

/** What the squeeze reads of the events, in the order of their starts (model/event-index.ts). */
export interface HeldIndex {
  froms: Float64Array;
  tos: Float64Array;
  ranged: Uint8Array;
}

/** The map with no breaks. */
export const NO_WARP: TimeWarp = { breaks: [], warp: (at) => at, unwarp: (at) => at };

export function warpWith(breaks: readonly TimeBreak[]): TimeWarp {
  if (breaks.length === 0) return NO_WARP;
  // Warped time at each break's start and end: the time squeezed out before it is subtracted.
  const uFrom: number[] = [];
  const uTo: number[] = [];
  let removed = 0;
  for (const b of breaks) {
    uFrom.push(b.from - removed);
    removed += b.to - b.from - b.length;
    uTo.push(b.to - removed);
  }
  const froms = breaks.map((b) => b.from);
  const last = (values: readonly number[], at: number) => {
    // The last break starting at or before `at`, or -1.
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  return {
    breaks,
    warp(at) {
      const i = last(froms, at);
      if (i < 0) return at;
      const b = breaks[i];
      if (at < b.to) return uFrom[i] + ((at - b.from) * b.length) / (b.to - b.from);
      return uTo[i] + (at - b.to);
    },
    unwarp(at) {
      const i = last(uFrom, at);
      if (i < 0) return at;
      const b = breaks[i];
      if (at < uTo[i]) return b.from + ((at - uFrom[i]) * (b.to - b.from)) / b.length;
      return b.to + (at - uTo[i]);
    },
  };
}

/**
 * The stretches where no event is, squeezed. A single date (a day, a month, a year) holds all of its span;
 * a range holds only its start and its end, so that a long range does not keep empty years wide. Found
 * again and again as the squeeze makes the rest narrower, until no stretch left is long enough.
 */
export function findBreaks(index: HeldIndex): TimeWarp {
  const { froms, tos, ranged } = index;
  const n = froms.length;
  if (n < 3) return NO_WARP;
  // Stretches more than `overMedian` times the median spacing of starts long (a sample of it for large data).
  const stride = Math.max(1, Math.floor((n - 1) / 20_000));
  // In a typed array, sorted natively: a list of 20,000 numbers sorted by a comparator took ~10 ms, more than
  // the walks over a million events below (and a large read finds the breaks again at each batch drawn).
  const sample = new Float64Array(Math.ceil((n - 1) / stride));
  for (let i = 1, k = 0; i < n; i += stride) sample[k++] = froms[i] - froms[i - 1];
  sample.sort();
  const least = SQUEEZE.overMedian * sample[Math.floor(sample.length / 2)];

  // The stretches held by no single date and no range's start, in one walk over the starts...
  const found: { from: number; to: number; cuts?: number[] }[] = [];
  let reach = froms[0];
  let last = froms[0];
  for (let i = 0; i < n; i++) {
    const from = froms[i];
    if (from > reach && from - reach >= least) found.push({ from: reach, to: from });
    reach = Math.max(reach, ranged[i] ? from : tos[i]);
    last = Math.max(last, tos[i]);
  }
  // The last range may end after everything else: the stretch up to its end is held by nothing either.
  if (last > reach) found.push({ from: reach, to: last, cuts: [] });
  // ...then cut where a range ends inside one (no sort of all the ends: a search among the few stretches).
  for (let i = 0; i < n; i++) {
    if (!ranged[i]) continue;
    const end = tos[i];
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (found[mid].to <= end) lo = mid + 1;
      else hi = mid;
    }
    const gap = found[lo];
    if (gap && gap.from < end) (gap.cuts ??= []).push(end);
  }
  const gaps = found.flatMap(({ from, to, cuts }) => {
    if (!cuts) return [{ from, to }];
    const edges = [from, ...cuts.sort((a, b) => a - b), to];
    return edges.slice(1).map((edge, k) => ({ from: edges[k], to: edge })).filter((gap) => gap.to - gap.from >= least && gap.to > gap.from);
  });
  const extent = Math.max(last, reach) - froms[0];

  // The longest first: each round takes every stretch still long enough for the narrower width it leaves.
  const longest = [...gaps].sort((a, b) => b.to - b.from - (a.to - a.from));
  const lengthOf = (count: number, rest: number) => {
    const share = Math.min(SQUEEZE.breakShare, SQUEEZE.maxBreaksShare / Math.max(1, count));
    return (rest * share) / (1 - count * share);
  };
  let chosen = 0;
  let rest = extent;
  for (;;) {
    const width = rest + chosen * lengthOf(chosen, rest);
    const floor = Math.max(SQUEEZE.minShare * width, SQUEEZE.minShrink * lengthOf(chosen + 1, rest));
    const before = chosen;
    while (chosen < longest.length && longest[chosen].to - longest[chosen].from >= floor) rest -= longest[chosen].to - longest[chosen++].from;
    if (chosen === before) break;
  }
  if (chosen === 0) return NO_WARP;
  // Never a slope of 0: the map must stay invertible.
  const length = Math.max(lengthOf(chosen, rest), extent * 1e-4, 1);
  return warpWith(longest.slice(0, chosen).sort((a, b) => a.from - b.from).map((gap) => ({ ...gap, length: Math.min(length, gap.to - gap.from) })));
}

/** The whole data in view, with a margin of `marginRatio` of its drawn (warped) width, at least a day, on each side. */
export function warpedExtent(warp: TimeWarp, spans: readonly { from: number; to: number }[], marginRatio = 0.04): [number, number] {
  if (spans.length === 0 || warp.breaks.length === 0) return dataExtent(spans, marginRatio);
  let from = Infinity;
  let to = -Infinity;
  for (const span of spans) {
    if (span.from < from) from = span.from;
    if (span.to > to) to = span.to;
  }
  const [u0, u1] = [warp.warp(from), warp.warp(to)];
  const margin = Math.max((u1 - u0) * marginRatio, DAY);
  return [warp.unwarp(u0 - margin), warp.unwarp(u1 + margin)];
}

/**
 * The scale of a view, `domain` (UTC ms) onto `range` (px), linear in warped time. Its ticks are asked of
 * each unbroken stretch in turn, in proportion to its width, and never fall inside a break or close to one.
 */
export function warpedScale(warp: TimeWarp, domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const u0 = warp.warp(d0);
  const u1 = warp.warp(d1);
  const span = u1 - u0 || 1;
  const width = r1 - r0 || 1;
  const scale = ((at: number | Date) => {
    const t = (warp.warp(+at) - u0) / span;
    return r0 * (1 - t) + r1 * t;
  }) as TimeScale;
  scale.domain = () => [d0, d1];
  scale.range = ((next?: readonly [number, number]) => (next ? warpedScale(warp, domain, next) : [r0, r1])) as TimeScale['range'];
  scale.invert = (px: number) => {
    const t = (px - r0) / width;
    return warp.unwarp(u0 * (1 - t) + u1 * t);
  };
  scale.ticks = (count: number, unit = 1) => {
    const inView = warp.breaks.filter((b) => b.to > d0 && b.from < d1);
    if (inView.length === 0) return utcTicks(new Date(d0), new Date(d1), count);
    // Keep ticks half a tick's spacing clear of a break, in time at slope 1 (warped time outside breaks).
    const clear = (0.5 * span) / Math.max(1, count);
    // The unbroken stretches in view: [start, end, whether a break comes before, whether one follows].
    const stretches: [number, number, boolean, boolean][] = [];
    let from = d0;
    let afterBreak = false;
    for (const b of inView) {
      stretches.push([from, b.from, afterBreak, true]);
      from = b.to;
      afterBreak = true;
    }
    stretches.push([from, d1, afterBreak, false]);
    return stretches.flatMap(([start, end, breakBefore, breakAfter]) => {
      const a = breakBefore ? start + clear : start;
      const b = breakAfter ? end - clear : end;
      // No more than the stretch holds of the finest unit asked for: a lone day between two breaks is one
      // day, not four quarters of one (which an axis of day dates would then drop, leaving it unnamed).
      const share = Math.min(((b - a) / span) * count, (b - a) / unit);
      if (end <= start) return [];
      // A stretch with room for about one tick or less gets one only where a year, month or day begins
      // in it, even on the break before it (its label then reads into the stretch): a lone day between
      // two breaks is named, not given a clock tick.
      const ticks = share < 1.5 ? [] : utcTicks(new Date(a), new Date(b), Math.round(share));
      if (share >= 1.5 && (!breakBefore || (b - a) / unit >= 4)) return ticks;
      // A stretch of a few of the data's units after a break (a few days of day dates): the first year,
      // month or day that begins in it, on the break's end too, is named ahead of its own ticks, so that
      // the day of a lone event just after a break is never left unnamed under a tick of the next day.
      const round = [utcYear, utcMonth, utcDay].map((interval) => +interval.ceil(new Date(start))).find((at) => at < Math.max(start + 1, b));
      if (round === undefined) return ticks;
      return [new Date(round), ...ticks.filter((tick) => +tick - round >= clear)];
    });
  };
  return scale;
}
