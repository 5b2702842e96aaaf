/**
 * What of a grouped chart is put in the page: the marks and clusters of the bands on screen or near it, as a
 * list is virtualized. 100,000 events in 50 groups make some 1,650 clusters, and a zoom frame that
 * updates them all spends most of its time in the DOM (attributes, style, layout, paint); the bands out of
 * sight keep their place and their background, and fill in as they come near. The items a reader is on (the
 * tab stop, the selected, the focused, the hovered) are always drawn. Pure.
 */
import type { BandLayout, ChartLayout, ClusterLayout, MarkLayout } from './geometry.js';

/** Top of an item, px: where it is across the bands. */
function markTop(mark: MarkLayout): number {
  return mark.shape.type === 'circle' ? mark.shape.cy : mark.shape.y;
}

/** The band holding `y` (bands are stacked in order, top down), or -1. */
function bandAt(bands: readonly BandLayout[], y: number): number {
  let lo = 0;
  let hi = bands.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bands[mid].y <= y) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && y < bands[i].y + bands[i].height ? i : -1;
}

/**
 * The chart with only the marks and clusters of the bands `shown` (by row) and of the ids in `keep`.
 * The same chart when it has no bands or every band is shown.
 */
export function windowBands(chart: ChartLayout, shown: (band: BandLayout) => boolean, keep: ReadonlySet<string | undefined>): ChartLayout {
  const bands = chart.bands;
  if (!bands?.length) return chart;
  const on = bands.map(shown);
  if (on.every(Boolean)) return chart;
  const inView = (y: number) => on[bandAt(bands, y)] ?? false;
  return {
    ...chart,
    marks: chart.marks.filter((mark) => keep.has(mark.event.id) || inView(markTop(mark))),
    clusters: chart.clusters.filter((item: ClusterLayout) => keep.has(item.cluster.id) || inView(item.hit.y)),
  };
}
