/**
 * The horizontal chart of a grouped timeline: one band per group (bands.ts), its events laid out in lanes
 * of labels as the ungrouped chart lays them out (chart-layout.ts), its clusters as a short density strip at
 * the band's top, a collapsed group as one thin row of marks; then the time axis under the last band. Which
 * events are drawn one by one and which are clustered is chosen over the whole data, as without groups,
 * then split among the rows. Pure. In the groups chunk.
 */
import type { EventIndex } from '../model/event-index.js';
import { indexRows, type GroupRows, type RowIndex } from '../model/groups.js';
import { overlapping } from '../model/interval-index.js';
import type { TimelineEvent } from '../model/types.js';
import { BAND, shiftCluster, shiftMark, stackBands, type BandContent } from './bands.js';
import { clusterLabelOf, layoutChart, type ChartInput } from './chart-layout.js';
import type { Cluster } from './detail.js';
import type { ChartLayout, ClusterLayout, MarkLayout } from './geometry.js';
import { CHART, densityBars, markExtent, markShape } from './marks.js';
import { NO_WARP, warpedScale } from './squeeze.js';
import type { BandRoom } from './timeline-layout.js';
import type { TimeView } from './view.js';

/** Lanes of labels a band has at most (fewer when `maxLanes` says so); labels beyond go into "+N" piles. */
export const BAND_LANES = 4;
/** The density strip of a band's clusters, px. */
const CLUSTER_STRIP = 22;

export interface SwimlaneInput extends ChartInput {
  rows: GroupRows;
  /** Every event in time order (the clusters' positions index it), the index over them, the view, the pinned positions. */
  all: readonly TimelineEvent[];
  index: EventIndex;
  view: TimeView;
  pinned: ReadonlySet<number>;
  /** Each row's places in `all`, made once per data and collapsed groups (made here from `rows` when not given). */
  rowIndex?: RowIndex;
  /** The room each band keeps whatever the view; unset, a band is as tall as what is in view in it needs. */
  bandRoom?: BandRoom;
}

/** The first i in [0, length) with values[i] >= value. */
function firstAtLeast(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A cluster's events split among the rows: a row's share of it, or its lone event, drawn by itself. A
 * zoom frame over 100,000 events runs it, so it never visits a cluster's events one by one: those that
 * start in view are a run sorted by start, and each row's share of the run is found by binary search in
 * the row's places; only those that began before the view and reach into it (the interval index's
 * answer, in the first cluster alone) are visited. O(clusters × rows × log n + those that began before).
 */
export function splitClusters(input: SwimlaneInput, rowCount: number) {
  const singles: TimelineEvent[][] = Array.from({ length: rowCount }, () => []);
  const clusters: Cluster[][] = Array.from({ length: rowCount }, () => []);
  const list = input.clusters ?? [];
  if (!list.length) return { singles, clusters };
  const { all, index, view, pinned, rows } = input;
  const { rowAt, places } = input.rowIndex ?? indexRows(Int32Array.from(all, (event) => rows.rowOf(event)), rowCount);
  const { froms } = index;
  // Those that began before the view and reach into it: all in the first cluster (see detail.ts).
  const { before, from: startsInView } = overlapping(index, view);
  const count = new Int32Array(rowCount);
  const first = new Int32Array(rowCount);
  const last = new Int32Array(rowCount);
  const firstStart = new Float64Array(rowCount);
  const lastStart = new Float64Array(rowCount);
  const touched: number[] = [];
  // Adds the events [a, b] of a row, n of them (a <= b, ascending, a after any added before).
  const add = (row: number, a: number, b: number, n: number) => {
    if (count[row] === 0) {
      touched.push(row);
      first[row] = a;
      firstStart[row] = froms[a];
      lastStart[row] = froms[b];
    }
    count[row] += n;
    last[row] = b;
    firstStart[row] = Math.min(firstStart[row], froms[a]);
    lastStart[row] = Math.max(lastStart[row], froms[b]);
  };
  for (const cluster of list) {
    if (cluster.first < startsInView) {
      for (const i of before) if (i >= cluster.first && i < cluster.end && !pinned.has(i)) add(rowAt[i], i, i, 1);
    }
    const runStart = Math.max(cluster.first, startsInView);
    if (runStart < cluster.end) {
      for (let row = 0; row < rowCount; row++) {
        const own = places[row];
        let lo = firstAtLeast(own, runStart);
        let hi = firstAtLeast(own, cluster.end);
        while (lo < hi && pinned.has(own[lo])) lo++;
        while (hi > lo && pinned.has(own[hi - 1])) hi--;
        if (lo === hi) continue;
        let n = hi - lo;
        for (const i of pinned) if (i > own[lo] && i < own[hi - 1] && rowAt[i] === row) n--;
        add(row, own[lo], own[hi - 1], n);
      }
    }
    for (const row of touched) {
      if (count[row] === 1) singles[row].push(all[last[row]]);
      else clusters[row].push({ ...cluster, id: `${cluster.id}-${row}`, first: first[row], end: last[row] + 1, count: count[row], firstStart: firstStart[row], lastStart: lastStart[row], row });
      count[row] = 0;
    }
    touched.length = 0;
  }
  return { singles, clusters };
}

export function layoutSwimlanes(input: SwimlaneInput): ChartLayout {
  const { rows } = input.rows;
  const { singles: clusteredSingles, clusters } = splitClusters(input, rows.length);
  const singles: TimelineEvent[][] = clusteredSingles.map((list) => [...list]);
  for (const event of input.events) singles[input.rows.rowOf(event)].push(event);
  for (const list of singles) list.sort((a, b) => a.from - b.from || a.to - b.to || a.index - b.index);
  const scale = warpedScale(input.warp ?? NO_WARP, input.domain, [CHART.padding, input.width - CHART.padding]);
  const strip = (list: Cluster[], top: number, height: number): ClusterLayout[] =>
    densityBars(list, scale, top, height).map((bar) => {
      const label = clusterLabelOf(input, bar.cluster);
      return { ...bar, label: height > BAND.thin && input.measure(label) <= bar.hit.width - 2 ? label : '' };
    });

  const pack = (row: number, collapsed: boolean): BandContent => {
    if (collapsed) {
      // One thin row: the marks on its middle line, no labels; the group's count is in its label.
      const marks = singles[row].map((event): MarkLayout => {
        const extent = markExtent(event, scale, [0, input.width], input.width - CHART.padding);
        return { event, ...extent, lane: 0, shape: markShape(extent, BAND.thin / 2, 'horizontal', 6), label: '', labelX: extent.t0, labelY: BAND.thin / 2, labelAnchor: 'start', labelVisible: false };
      });
      return { height: BAND.thin, marks, clusters: strip(clusters[row], 0, BAND.thin) };
    }
    // The room the band keeps whatever the view (see `BandRoom`): its height stays put while the view moves.
    const maxLanes = Math.max(1, Math.min(input.maxLanes ?? BAND_LANES, BAND_LANES));
    const { id, count } = rows[row];
    const room = input.bandRoom;
    const kept = room?.clustered ? Math.min(maxLanes, count) : room?.lanes?.get(id ?? '');
    const top = clusters[row].length || (room?.clustered && count > 1) ? CLUSTER_STRIP : 0;
    const lanes = layoutChart({
      ...input,
      events: singles[row],
      clusters: [],
      clusterRow: false,
      lanes: kept || undefined,
      maxLanes,
      axisless: true,
    });
    // layoutChart's lanes start at CHART.top; here they start under the band's cluster strip.
    const dy = top - CHART.top;
    const used = lanes.marks.length ? Math.max(...lanes.marks.map((mark) => mark.lane)) + 1 : 0;
    return {
      height: Math.max(top + Math.max(used, kept ?? 0) * CHART.laneHeight, BAND.thin),
      marks: lanes.marks.map((mark) => shiftMark(mark, dy)),
      clusters: [...strip(clusters[row], 0, CLUSTER_STRIP), ...lanes.clusters.map((item) => shiftCluster(item, dy))],
    };
  };
  const stacked = stackBands(rows, pack, CHART.top);
  // The axis, its ticks and its breaks, as the ungrouped chart draws them with no lanes, moved under the bands.
  const axis = layoutChart({ ...input, events: [], clusters: [], clusterRow: false, lanes: 0 });
  // (With no events, layoutChart still keeps a lane: the axis is wherever it put it.)
  const dy = stacked.bottom - (axis.axis.y1 - 0.5);
  return {
    ...axis,
    height: axis.height + dy,
    marks: stacked.marks,
    clusters: stacked.clusters,
    ticks: axis.ticks.map((tick) => ({
      ...tick,
      labelY: tick.labelY + dy,
      mark: { ...tick.mark, y1: tick.mark.y1 + dy, y2: tick.mark.y2 + dy },
      grid: { ...tick.grid, y2: tick.grid.y2 + dy },
    })),
    axis: { ...axis.axis, y1: axis.axis.y1 + dy, y2: axis.axis.y2 + dy },
    breaks: axis.breaks.map((item) => ({
      ...item,
      band: { ...item.band, height: item.band.height + dy },
      gap: { ...item.gap, y: item.gap.y + dy },
      strokes: item.strokes.map((stroke) => ({ ...stroke, y1: stroke.y1 + dy, y2: stroke.y2 + dy })) as typeof item.strokes,
      labelY: item.labelY + dy,
    })),
    bands: stacked.bands,
  };
}

