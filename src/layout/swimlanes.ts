/**
 * The horizontal chart of a grouped timeline: one band per group (bands.ts), its events laid out in lanes
 * of labels as the ungrouped chart lays them out (chart-layout.ts), its clusters as a short density strip at
 * the band's top, a collapsed group as one thin row of marks; then the time axis under the last band. Which
 * events are drawn one by one and which are clustered is chosen over the whole data, as without groups,
 * then split among the rows. Pure. In the groups chunk.
 */
import type { EventIndex } from '../model/event-index.js';
import type { GroupRows } from '../model/groups.js';
import type { TimelineEvent } from '../model/types.js';
import { BAND, shiftCluster, shiftMark, stackBands, type BandContent } from './bands.js';
import { layoutChart, type ChartInput } from './chart-layout.js';
import type { Cluster } from './detail.js';
import type { ChartLayout, ClusterLayout, MarkLayout } from './geometry.js';
import { CHART, densityBars, markExtent, markShape } from './marks.js';
import { NO_WARP, warpedScale } from './squeeze.js';
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
  /** The row of the event at each position, when known ahead (faster than `rows.rowOf`). */
  rowAt?: (position: number) => number;
}

/**
 * A cluster's events split among the rows: a row's share of it, or its lone event, drawn by itself. Over
 * typed arrays, touching only the rows a cluster has events in: a zoom frame over 100,000 events runs it.
 */
function splitClusters(input: SwimlaneInput, rowCount: number) {
  const singles: TimelineEvent[][] = Array.from({ length: rowCount }, () => []);
  const clusters: Cluster[][] = Array.from({ length: rowCount }, () => []);
  const { all, index, view, pinned, rows } = input;
  const rowAt = input.rowAt ?? ((i: number) => rows.rowOf(all[i]));
  const { froms, tos } = index;
  const count = new Int32Array(rowCount);
  const first = new Int32Array(rowCount);
  const last = new Int32Array(rowCount);
  const firstStart = new Float64Array(rowCount);
  const lastStart = new Float64Array(rowCount);
  const touched: number[] = [];
  for (const cluster of input.clusters ?? []) {
    for (let i = cluster.first; i < cluster.end; i++) {
      // inCluster, unrolled: in view, and not pinned.
      if (tos[i] < view.start || froms[i] > view.end || pinned.has(i)) continue;
      const row = rowAt(i);
      if (count[row]++ === 0) {
        touched.push(row);
        first[row] = i;
        firstStart[row] = froms[i];
        lastStart[row] = froms[i];
      }
      last[row] = i;
      if (froms[i] < firstStart[row]) firstStart[row] = froms[i];
      if (froms[i] > lastStart[row]) lastStart[row] = froms[i];
    }
    for (const row of touched) {
      if (count[row] === 1) singles[row].push(all[last[row]]);
      else clusters[row].push({ ...cluster, id: `${cluster.id}-${row}`, first: first[row], end: last[row] + 1, count: count[row], firstStart: firstStart[row], lastStart: lastStart[row] });
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
  const clusterLabel = input.clusterLabel ?? ((cluster: Cluster) => String(cluster.count));
  const strip = (list: Cluster[], top: number, height: number): ClusterLayout[] =>
    densityBars(list, scale, top, height).map((bar) => {
      const label = clusterLabel(bar.cluster);
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
    const top = clusters[row].length ? CLUSTER_STRIP : 0;
    const lanes = layoutChart({
      ...input,
      events: singles[row],
      clusters: [],
      clusterRow: false,
      lanes: undefined,
      maxLanes: Math.max(1, Math.min(input.maxLanes ?? BAND_LANES, BAND_LANES)),
      axisless: true,
    });
    // layoutChart's lanes start at CHART.top; here they start under the band's cluster strip.
    const dy = top - CHART.top;
    const used = lanes.marks.length ? Math.max(...lanes.marks.map((mark) => mark.lane)) + 1 : 0;
    return {
      height: Math.max(top + used * CHART.laneHeight, BAND.thin),
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

