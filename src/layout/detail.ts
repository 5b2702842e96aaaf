/**
 * Level of detail: which events in view are drawn one by one, and which are gathered into clusters
 * that say how many they hold. Where few enough are in view, every one is drawn; where more are, the
 * time axis is cut into slices a few pixels wide, and a slice with more than one event becomes a cluster.
 * The slices are fixed in time, not on the screen: each is one of the slices of its length that tile time from
 * 1970, the length chosen by the zoom from 2ⁿ and 1.5 × 2ⁿ ms (steps of 1.33 and 1.5). Panning moves them with
 * the events, and zooming keeps them until their width is about a quarter off the wanted width either way,
 * so a cluster keeps its count and its id while the reader pans (slices that moved with the view made every
 * count flicker). Half steps rather than doublings: a zoom that changes the length adds or removes a third of
 * the clusters, not half of them, in one frame.
 * O(slices × log n) a frame, plus the events that began before the view and reach into it (interval-index.ts),
 * whatever the number of events.
 */
import { inView, lowerBound, type EventIndex } from '../model/event-index.js';
import { overlapping, visibleRange } from '../model/interval-index.js';
import type { TimeView } from './view.js';
import { NO_WARP, type TimeWarp } from './squeeze.js';

/** The slices' level at this zoom: the half step nearest `slicePx` pixels (see sliceLength). */
export function sliceLevel(msPerPx: number, slicePx: number): number {
  return Math.round(2 * Math.log2(Math.max(1, msPerPx * slicePx)));
}

/** A level's slice length, ms: 2^(level/2) at even levels, 1.5 × 2^((level-1)/2) at odd ones. */
export function sliceLength(level: number): number {
  const half = Math.floor(level / 2);
  return (level % 2 ? 1.5 : 1) * 2 ** half;
}

export interface Cluster {
  /** The same for the same slice of time at the same zoom level, whatever the view: `cluster-<level>-<slice>`. */
  id: string;
  /** Its events are those of [first, end) that are in view, less the pinned ones. */
  first: number;
  end: number;
  count: number;
  /** The slice of time it covers, UTC ms: zooming to it splits it. */
  from: number;
  to: number;
  /** Start of its first and last event, for saying what it holds. */
  firstStart: number;
  lastStart: number;
  /**
   * Its slice is cut by the view's start or end (where it also holds the events that began before the view):
   * such a cluster does not set how tall the bars are, so that panning does not resize every bar.
   */
  edge?: boolean;
  /** In a grouped chart, the row whose share of the slice it is: its events are that row's among [first, end). */
  row?: number;
}

export interface Detail {
  /** Indices of the events drawn one by one, ascending. */
  singles: number[];
  clusters: Cluster[];
}

export interface DetailOptions {
  /** Up to this many events in view are all drawn one by one. */
  limit: number;
  /** The time axis, px. */
  range: readonly [number, number];
  /** The squeezed stretches of the axis (squeeze.ts): slices tile the warped time, which the axis shows evenly. */
  warp?: Pick<TimeWarp, 'warp' | 'unwarp'>;
  /** Width of a slice, px: slices are within about a quarter of it (half steps of length, see sliceLength). */
  slicePx: number;
  /** Indices always drawn one by one (the focused and the selected event), so that nothing hides them. */
  pinned?: ReadonlySet<number>;
}

export function chooseDetail(index: EventIndex, view: TimeView, options: DetailOptions): Detail {
  const { limit, range, slicePx, pinned = new Set<number>() } = options;
  const warp = options.warp ?? NO_WARP;
  const { first } = visibleRange(index, view);
  // Events that began before the view and reach into it come before `startsInView`; one long event
  // early in the data can put many short ones that ended long ago there too, so they are found through
  // the interval index (`before`), never by a scan of all that began earlier.
  const { before, from: startsInView, end } = overlapping(index, view);
  if (end - startsInView + before.length <= limit) {
    const singles = before;
    for (let i = startsInView; i < end; i++) singles.push(i);
    return { singles, clusters: [] };
  }
  const singles: number[] = [];

  const clusters: Cluster[] = [];
  // A group is those that began before the view (the first group only) and then a run that all starts in
  // view and is sorted by start: counted, and its first and last start read, without visiting each event.
  const addGroup = (lo: number, hi: number, from: number, to: number) => {
    const began = lo === first ? before.filter((i) => !pinned.has(i)) : [];
    const a = Math.max(lo, startsInView);
    let members = began.length + hi - a;
    for (const i of pinned) {
      const inRun = i >= a && i < hi;
      if (inRun) members--;
      if (inRun || (lo === first && before.includes(i))) singles.push(i);
    }
    let runFirst = a;
    while (runFirst < hi && pinned.has(runFirst)) runFirst++;
    let runLast = hi - 1;
    while (runLast >= a && pinned.has(runLast)) runLast--;
    if (members === 1) singles.push(began.length ? began[0] : runFirst);
    else if (members > 1) {
      const firstStart = index.froms[began.length ? began[0] : runFirst];
      const lastStart = index.froms[runLast >= a ? runLast : began[began.length - 1]];
      const cluster: Cluster = { id: `cluster-${level}-${slice}`, first: lo, end: hi, count: members, from, to, firstStart, lastStart };
      if (from === view.start || to === view.end) cluster.edge = true;
      clusters.push(cluster);
    }
  };

  const [w0, w1] = [warp.warp(view.start), warp.warp(view.end)];
  const level = sliceLevel((w1 - w0) / Math.max(1, range[1] - range[0]), slicePx);
  const length = sliceLength(level);
  // Those that began before the view join the first slice's group, drawn at the view's start.
  let lo = first;
  let slice = Math.floor(w0 / length);
  for (; slice * length < w1 && lo < end; slice++) {
    const last = (slice + 1) * length >= w1;
    const sliceEnd = last ? view.end : Math.min(warp.unwarp((slice + 1) * length), view.end);
    const hi = last ? end : lowerBound(index.froms, sliceEnd, lo, end);
    if (hi > lo) addGroup(lo, hi, Math.max(warp.unwarp(slice * length), view.start), sliceEnd);
    lo = hi;
  }
  singles.sort((a, b) => a - b);
  return { singles, clusters };
}

/** True when event `i` is one of the cluster's. */
export function inCluster(cluster: Cluster, index: EventIndex, i: number, view: TimeView, pinned?: ReadonlySet<number>): boolean {
  return i >= cluster.first && i < cluster.end && inView(index, i, view) && !pinned?.has(i);
}
