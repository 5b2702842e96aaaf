/**
 * The horizontal chart of a grouped timeline: one band per group (bands.ts), its events laid out in lanes
 * of labels as the ungrouped chart lays them out (chart-layout.ts), its clusters as a short density strip at
 * the band's top, a collapsed group as one thin row of marks; then the time axis under the last band. Which
 * events are drawn one by one and which are clustered is chosen over the whole data, as without groups,
 * then split among the rows; the bands share the chart's steady height by what each has in view
 * (band-share.ts). Pure. In the groups chunk.
 */
import { lowerBound, type EventIndex } from '../model/event-index.js';
import { indexRows, type GroupRows, type RowIndex } from '../model/groups.js';
import { overlapping } from '../model/interval-index.js';
import type { TimelineEvent } from '../model/types.js';
import { shareBands, SHARED_LANES } from './band-share.js';
import { BAND, shiftCluster, shiftMark, stackBands, type BandContent } from './bands.js';
import { countsOverBars, layoutChart, type ChartInput } from './chart-layout.js';
import type { Cluster } from './detail.js';
import type { ChartLayout, ClusterLayout, MarkLayout } from './geometry.js';
import { CHART, densityBars, markExtent, markShape } from './marks.js';
import { offViewMark } from './off-view.js';
import { NO_WARP, warpedScale } from './squeeze.js';
import type { BandRoom } from './timeline-layout.js';
import type { TimeView } from './view.js';

/** Lanes of labels a band has at most (fewer when `maxLanes` says so); labels beyond go into "+N" piles. */
export const BAND_LANES = 4;
/** The density strip of a band's clusters, px: bars up to STRIP_BAR tall with their counts above them, all under the band's header. */
const CLUSTER_STRIP = 30;
const STRIP_BAR = 14;

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
        let lo = lowerBound(own, runStart);
        let hi = lowerBound(own, cluster.end);
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
    height <= BAND.thin
      ? densityBars(list, scale, top, height, Math.min(STRIP_BAR, height - 2), input.dataExtent)
      : countsOverBars(densityBars(list, scale, top, height, Math.min(STRIP_BAR, height - 2), input.dataExtent), input);

  const collapsedRow = (row: number, top: number): BandContent => {
    // One thin row: the marks on its middle line, no labels; the group's count is in its label.
    const middle = top + BAND.thin / 2;
    const place = { orientation: 'horizontal', along: [CHART.padding, input.width - CHART.padding], across: middle, viewStart: input.domain[0] } as const;
    const marks = singles[row].map((event): MarkLayout => {
      if (input.offView?.(event)) return offViewMark(event, place);
      const extent = markExtent(event, scale, [0, input.width], input.width - CHART.padding);
      return { event, ...extent, lane: 0, shape: markShape(extent, middle, 'horizontal', 6), label: '', labelX: extent.t0, labelY: middle, labelAnchor: 'start', labelVisible: false };
    });
    return { height: BAND.thin, marks, clusters: strip(clusters[row], top, BAND.thin) };
  };
  const maxLanes = Math.max(1, Math.min(input.maxLanes ?? BAND_LANES, BAND_LANES));
  const room = input.bandRoom;
  // Data that clusters seen whole: the expanded bands share SHARED_LANES lanes of steady room, one each at least.
  const expanded = rows.filter((row) => !row.collapsed).length;
  const sharedLanes = Math.max(1, Math.min(maxLanes, Math.floor(SHARED_LANES / Math.max(1, expanded))));
  // A band's strip of clusters: there when it has clusters in view, and kept when its room has one, so
  // that its lanes do not move up and down as clusters come and go.
  const topOf = (row: number) => (clusters[row].length || (room?.clustered && rows[row].count > 1) ? CLUSTER_STRIP : 0);
  const roomOf = (row: number) => {
    const { id, count } = rows[row];
    const lanes = room?.clustered ? Math.min(sharedLanes, count) : room?.lanes?.get(id ?? '') ?? 0;
    return topOf(row) + lanes * CHART.laneHeight;
  };
  const laneLayout = (row: number, lanes: number) =>
    layoutChart({ ...input, events: singles[row], clusters: [], clusterRow: false, maxLanes: lanes, axisless: true });
  const lanesUsed = (chart: ChartLayout) => (chart.marks.length ? Math.max(...chart.marks.map((mark) => mark.lane)) + 1 : 0);
  // Each band laid out with the lanes it would like, then, if the bands share a steady height (see
  // band-share.ts), again with the lanes it gets where that is fewer: the labels beyond go into piles.
  const first = rows.map((row, i) => (row.collapsed ? undefined : laneLayout(i, maxLanes)));
  const wanted = first.map((chart) => (chart ? lanesUsed(chart) : 0));
  const shares = room
    ? shareBands(rows.map((row, i) => (row.collapsed
      ? { room: BAND.thin, top: 0, lanes: 0, least: BAND.thin }
      : { room: Math.max(roomOf(i), BAND.thin), top: topOf(i), lanes: wanted[i], least: BAND.thin })), CHART.laneHeight)
    : wanted.map((lanes, i) => ({ lanes, height: Math.max(topOf(i) + lanes * CHART.laneHeight, BAND.thin) }));
  const content = (i: number, top: number): BandContent => {
    if (rows[i].collapsed) return collapsedRow(i, top);
    const { lanes: given, height } = shares[i];
    const lanes = given < wanted[i] ? laneLayout(i, given) : first[i]!;
    // layoutChart's lanes start at CHART.top; here they start under the band's cluster strip.
    const dy = top + topOf(i) - CHART.top;
    return {
      height,
      marks: lanes.marks.map((mark) => shiftMark(mark, dy)),
      clusters: [...strip(clusters[i], top, CLUSTER_STRIP), ...lanes.clusters.map((item) => shiftCluster(item, dy))],
    };
  };
  const stacked = stackBands(rows, (row, _collapsed, top) => content(row, top), CHART.top);
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

