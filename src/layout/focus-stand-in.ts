/**
 * What takes the keyboard focus when a redraw takes away the node that had it: a zoom that splits the focused
 * cluster into its events, or cuts its slice of time anew, or a filter that leaves the focused event out.
 * Left alone, the focus falls to the page's body, where the keys do nothing. Pure.
 */
import type { TimelineEvent } from '../model/types.js';
import type { ChartLayout } from './geometry.js';
import { markInView } from './off-view.js';
import type { TimeView } from './view.js';

/** What had the focus: one event, or a cluster and the events it held. */
export interface Lost {
  /** The event, or the cluster's events that were in view, in time order: the first is the one it started with. */
  events: readonly TimelineEvent[];
  /** The time it covered, UTC ms. */
  from: number;
  to: number;
  /** A grouped chart's cluster: the row it was a share of, whose clusters it prefers. */
  row?: number;
}

export type StandIn = { event: string } | { cluster: string };

/**
 * The first of the lost item's events that is still in view, as whatever draws it now: its own mark, or the
 * cluster that holds it. Where none is, the item nearest in time to the lost one, so that the arrows go on
 * from about where they were.
 */
export function standIn(lost: Lost, chart: Pick<ChartLayout, 'marks' | 'clusters'>, view: TimeView, positionOf: (id: string) => number | undefined): StandIn | undefined {
  // A mark off view is only a node kept for the focused event, with nothing to see (off-view.ts).
  const marks = chart.marks.filter((mark) => !mark.offView);
  const drawn = new Set(marks.map((mark) => mark.event.id));
  for (const event of lost.events) {
    if (drawn.has(event.id)) return { event: event.id };
    const at = positionOf(event.id);
    if (at === undefined || !markInView(event, view)) continue;
    const holders = chart.clusters.filter(({ cluster }) => at >= cluster.first && at < cluster.end);
    const holder = holders.find(({ cluster }) => cluster.row === lost.row) ?? holders[0];
    if (holder) return { cluster: holder.cluster.id };
  }
  const apart = (from: number, to: number) => Math.max(0, from - lost.to, lost.from - to);
  let best: StandIn | undefined;
  let nearest = Infinity;
  for (const { event } of marks) {
    const gap = apart(event.from, event.to);
    if (gap < nearest) [best, nearest] = [{ event: event.id }, gap];
  }
  for (const { cluster } of chart.clusters) {
    const gap = apart(cluster.from, cluster.to);
    if (gap < nearest) [best, nearest] = [{ cluster: cluster.id }, gap];
  }
  return best;
}
