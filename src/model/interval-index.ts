/**
 * "Which events overlap this view?" whatever the mix of points and long ranges. The events are sorted by
 * start (event-index.ts), so those that start inside the view are one run found by binary search. Those
 * that started before it and still reach into it are found in a max-end tree over blocks of that order:
 * each node holds the latest end in its part, and a search goes down only where that end reaches the
 * view, so it costs O(log n) plus the blocks that hold an answer, rather than a scan of every event that
 * started earlier (which one long event at the start of the data made a scan of all of them). Built
 * lazily, once per index, in O(n); an index is never changed after it is made, so a WeakMap caches it.
 */
import { lowerBound, upperBound, type EventIndex } from './event-index.js';
import type { TimeSpan } from './types.js';

/** Events per leaf: a leaf is scanned whole, which is faster than a deeper tree for a few dozen events. */
const BLOCK = 32;

interface MaxEndTree {
  /** Leaves from `size`: node i covers blocks of its subtree; -Infinity past the last block. */
  maxTo: Float64Array;
  size: number;
}

const trees = new WeakMap<EventIndex, MaxEndTree>();

function treeOf(index: EventIndex): MaxEndTree {
  let tree = trees.get(index);
  if (tree) return tree;
  const blocks = Math.ceil(index.tos.length / BLOCK);
  let size = 1;
  while (size < blocks) size *= 2;
  const maxTo = new Float64Array(2 * size).fill(-Infinity);
  for (let i = 0; i < index.tos.length; i++) {
    const leaf = size + ((i / BLOCK) | 0);
    if (index.tos[i] > maxTo[leaf]) maxTo[leaf] = index.tos[i];
  }
  for (let node = size - 1; node > 0; node--) maxTo[node] = Math.max(maxTo[2 * node], maxTo[2 * node + 1]);
  tree = { maxTo, size };
  trees.set(index, tree);
  return tree;
}

/**
 * Builds the index's tree now rather than at the first view that needs it: the element calls this in idle
 * time after new data, so that the first zoom does not pay for it (O(n); 100,000 events took 6 ms there).
 */
export function prepareOverlaps(index: EventIndex): void {
  treeOf(index);
}

/** Calls `visit` with every i below `limit` whose event ends at or after `at`, in ascending order. */
export function endingFrom(index: EventIndex, at: number, limit: number, visit: (i: number) => void): void {
  if (limit <= 0) return;
  const { maxTo, size } = treeOf(index);
  const lastBlock = ((limit - 1) / BLOCK) | 0;
  const down = (node: number, lo: number, hi: number): void => {
    if (lo > lastBlock || maxTo[node] < at) return;
    if (node >= size) {
      const end = Math.min(limit, (lo + 1) * BLOCK);
      for (let i = lo * BLOCK; i < end; i++) if (index.tos[i] >= at) visit(i);
      return;
    }
    const mid = (lo + hi) >>> 1;
    down(2 * node, lo, mid);
    down(2 * node + 1, mid, hi);
  };
  down(1, 0, size);
}

/**
 * The first event that ends at or after `at` (the count when none does): every event before it ends earlier.
 * Found by going down the tree to the first block whose latest end reaches `at`, then through that block.
 */
export function firstReaching(index: EventIndex, at: number): number {
  const { maxTo, size } = treeOf(index);
  if (!(maxTo[1] >= at)) return index.tos.length;
  let node = 1;
  while (node < size) node = maxTo[2 * node] >= at ? 2 * node : 2 * node + 1;
  let i = (node - size) * BLOCK;
  while (index.tos[i] < at) i++;
  return i;
}

/**
 * The events that show in the view: every index in [first, end) whose span reaches the view. Events
 * before `first` all end before the view; events from `end` on all start after it. Between the two,
 * `inView` (event-index.ts) tells the few that end early (a short event under a long one).
 */
export function visibleRange(index: EventIndex, view: TimeSpan): { first: number; end: number } {
  return { first: firstReaching(index, view.start), end: upperBound(index.froms, view.end) };
}

/**
 * The events in view: `before`, those that started before it and reach into it (ascending), then every
 * index in [from, end), which all start within it.
 */
export function overlapping(index: EventIndex, view: TimeSpan): { before: number[]; from: number; end: number } {
  const from = lowerBound(index.froms, view.start);
  const end = Math.max(from, upperBound(index.froms, view.end));
  const before: number[] = [];
  endingFrom(index, view.start, from, (i) => before.push(i));
  return { before, from, end };
}

/** How many events are in view, in O(log n + the events that started before it and reach into it). */
export function countOverlapping(index: EventIndex, view: TimeSpan): number {
  const { before, from, end } = overlapping(index, view);
  return before.length + end - from;
}
