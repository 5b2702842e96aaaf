/**
 * What the horizontal and vertical layouts share: the chart's measures, which events are points, where
 * a mark starts and ends along the time axis (clamped to the chart), its shape, a cluster's bar, and a
 * label shortened to fit. Pure. "Along" is the time axis (x across a horizontal chart, y down a vertical
 * one); "across" is the other direction.
 */
import { isImprecise } from '../model/dates.js';
import { graphemeCount, shortenAtWord } from '../model/text.js';
import type { TimelineEvent } from '../model/types.js';
import type { Cluster } from './detail.js';
import type { MarkLayout, MarkShape, Orientation } from './geometry.js';
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
  /** The row of clusters above the lanes, when there are clusters. */
  clusterRow: 26,
  clusterHeight: 18,
} as const;

/** An exact day or time is a point; a range, an open end or an imprecise date (a month, a year) is a span. */
export function isPoint(event: TimelineEvent): boolean {
  return !event.end && !event.openEnd && !isImprecise(event.start);
}

export interface MarkExtent {
  kind: MarkLayout['kind'];
  /** Where the mark starts and ends along the time axis, px (equal for a point). */
  t0: number;
  t1: number;
}

/**
 * A point sits at the start of its instant's span: a day's point on that day's tick (midnight), not at
 * noon between two ticks, and a time's on its minute. A span reaching past the
 * view is cut at the chart's `edges` rather than drawn thousands of px beyond them; an open end runs to
 * `openEndAt`, the end of the time axis. A short span is drawn at least `minBarWidth` long.
 */
export function markExtent(event: TimelineEvent, scale: TimeScale, edges: readonly [number, number], openEndAt: number): MarkExtent {
  if (isPoint(event)) {
    const at = scale(event.from);
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

/** A cluster's bar over its slice of time, a pixel in from each end so that neighbours stay apart. */
export function clusterBar(cluster: Cluster, scale: TimeScale, orientation: Orientation, acrossStart: number, thickness: number): Extract<MarkShape, { type: 'rect' }> {
  const start = scale(cluster.from);
  const length = Math.max(4, scale(cluster.to) - start - 2);
  return orientation === 'horizontal'
    ? { type: 'rect', x: start + 1, y: acrossStart, width: length, height: thickness }
    : { type: 'rect', x: acrossStart, y: start + 1, width: thickness, height: length };
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
