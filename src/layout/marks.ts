/**
 * What the horizontal and vertical layouts share: the chart's measures, which events are points, where
 * a mark starts and ends along the time axis (clamped to the chart), its shape, a cluster's bar, and a
 * label shortened to fit. Pure. "Along" is the time axis (x across a horizontal chart, y down a vertical
 * one); "across" is the other direction.
 */
import { isPoint } from '../model/date-kind.js';
import { graphemeCount, shortenAtWord } from '../model/text.js';
import type { TimelineEvent } from '../model/types.js';
import type { Cluster } from './detail.js';
import type { ClusterLayout, MarkLayout, MarkShape, Orientation } from './geometry.js';
import type { TimeScale } from './scale.js';

export const CHART = {
  padding: 12,
  laneHeight: 38,
  /** From a lane's top to the centre of its mark. */
  markY: 9,
  /** From a lane's top to its label's baseline. */
  labelY: 30,
  pointRadius: 6,
  barHeight: 10,
  minBarWidth: 8,
  axisHeight: 30,
  top: 6,
  /** The row of clusters above the lanes, when there are clusters: bars up to `clusterHeight` tall, counts above them. */
  clusterRow: 50,
  clusterHeight: 30,
} as const;

export interface MarkExtent {
  kind: MarkLayout['kind'];
  /** Where the mark starts and ends along the time axis, px (equal for a point). */
  t0: number;
  t1: number;
}

/**
 * A point sits at the start of its instant's span: a day's point on that day's tick (midnight), not at
 * noon between two ticks, and a time's on its minute; one whose day began before the view, at the axis's
 * start. A span reaching past the view is cut at the chart's `edges` rather than drawn thousands of px
 * beyond them; an open end runs to
 * `openEndAt`, the end of the time axis. A short span is drawn at least `minBarWidth` long.
 */
export function markExtent(event: TimelineEvent, scale: TimeScale, edges: readonly [number, number], openEndAt: number): MarkExtent {
  if (isPoint(event)) {
    // A day that began before the view (and reaches into it) is drawn at the axis's start, as a range is cut.
    const [r0, r1] = scale.range();
    const at = Math.min(Math.max(scale(event.from), Math.min(r0, r1)), Math.max(r0, r1));
    return { kind: 'point', t0: at, t1: at };
  }
  const t0 = Math.max(edges[0], scale(event.from));
  const t1 = event.openEnd ? openEndAt : Math.min(edges[1], Math.max(scale(event.to), t0 + CHART.minBarWidth));
  return { kind: 'span', t0, t1 };
}

/** A circle for a point, a bar `thickness` px thick for a span, centred on `across`. */
export function markShape(extent: MarkExtent, across: number, orientation: Orientation, thickness: number = CHART.barHeight): MarkShape {
  const { kind, t0, t1 } = extent;
  const horizontal = orientation === 'horizontal';
  if (kind === 'point') return { type: 'circle', cx: horizontal ? t0 : across, cy: horizontal ? across : t0, r: CHART.pointRadius };
  const [along, size] = [t0, t1 - t0];
  return horizontal
    ? { type: 'rect', x: along, y: across - thickness / 2, width: size, height: thickness }
    : { type: 'rect', x: across - thickness / 2, y: along, width: thickness, height: size };
}

const STEPS = [1, 1.5, 2, 3, 4, 5, 7.5];

/**
 * The count a full bar stands for: the largest in view rounded up to a step of 1, 1.5, 2, 3, 4, 5, 7.5 × 10ⁿ.
 * The largest bar is then between two thirds of the room and all of it, and a pan that brings a slightly
 * larger cluster into view does not make every bar in the row grow or shrink.
 */
export function fullBar(largest: number): number {
  if (largest <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  return (STEPS.find((step) => step * power >= largest) ?? 10) * power;
}

/** How thick a cluster's bar is, px: in proportion to its count, `most` px at `fullBar(largest)` or above, none under 3px. */
export function barThickness(count: number, largest: number, most: number): number {
  return Math.max(3, Math.min(most, (most * count) / fullBar(largest)));
}

/** The largest count of the clusters whose slices are whole in view (of all, where none is). */
export function largestCount(clusters: readonly Cluster[]): number {
  let largest = 0;
  for (const cluster of clusters) if (!cluster.edge) largest = Math.max(largest, cluster.count);
  return largest || Math.max(0, ...clusters.map((cluster) => cluster.count));
}

/**
 * Where a cluster's slice of time lies along the axis, a pixel in from each end so that neighbours stay apart.
 * Its ends are on 1/64 px and its length is rounded apart from them, so that a pan, which moves it, does not
 * change its length in the last digits (the sum of two such numbers is exact).
 */
export function clusterSlice(cluster: Cluster, scale: TimeScale, extent?: readonly [number, number]): [number, number] {
  // The first and last slices stop where the data does: no bar over a time that holds no event.
  const from = scale(extent ? Math.max(cluster.from, extent[0]) : cluster.from);
  const to = scale(extent ? Math.min(cluster.to, extent[1]) : cluster.to);
  const start = Math.round((from + 1) * 64) / 64;
  return [start, start + Math.max(4, Math.round((to - from - 2) * 64) / 64)];
}

/**
 * A density strip of the clusters across the row `top`..`top + row`: each a bar over its slice of time,
 * standing on the row's floor, as tall as its count makes it (up to `most`); its count is placed above it
 * afterwards (chart-layout.ts, countsOverBars).
 */
export function densityBars(
  clusters: readonly Cluster[],
  scale: TimeScale,
  top: number,
  row: number,
  most: number = CHART.clusterHeight,
  extent?: readonly [number, number],
): ClusterLayout[] {
  const largest = largestCount(clusters);
  const floor = top + row;
  // Each bar made once, in its place and with its count: a grouped zoom frame makes some 1,650 of them,
  // and a copy for each step (label, band offset) was most of what a frame allocated.
  return clusters.map((cluster): ClusterLayout => {
    const [t0, t1] = clusterSlice(cluster, scale, extent);
    const height = barThickness(cluster.count, largest, most);
    const shape = { type: 'rect' as const, x: t0, y: floor - height, width: t1 - t0, height };
    return { cluster, shape, hit: { x: t0, y: top, width: t1 - t0, height: row }, label: '', labelX: (t0 + t1) / 2, labelY: floor - height - 3 };
  });
}

/**
 * The text on one line if it fits `maxWidth`, else on two, broken at a space, the second shortened with
 * an ellipsis if it must be. A first word wider than the line is shortened on one line.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  if (measure(text) <= maxWidth) return [text];
  const words = text.split(' ');
  let fits = 0;
  while (fits < words.length - 1 && measure(words.slice(0, fits + 1).join(' ')) <= maxWidth) fits++;
  if (fits === 0) return [fitText(text, maxWidth, measure)];
  return [words.slice(0, fits).join(' '), fitText(words.slice(fits).join(' '), maxWidth, measure)];
}

/** The text, shortened with an ellipsis (at a word where one fits) until it is no wider than `maxWidth`. */
export function fitText(text: string, maxWidth: number, measure: (text: string) => number): string {
  let fitted = text;
  let width = measure(fitted);
  // Counted in graphemes, as `shorten` counts, so every round is strictly shorter and the loop ends.
  let keep = graphemeCount(text);
  // At least one character and the ellipsis: a lone "…" tells a reader nothing.
  while (width > maxWidth && keep > 2) {
    keep = Math.min(keep - 1, Math.max(2, Math.floor(keep * (maxWidth / width))));
    fitted = shortenAtWord(text, keep);
    width = measure(fitted);
  }
  return fitted;
}
