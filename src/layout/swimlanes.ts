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
import { inCluster, type Cluster } from './detail.js';
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
}

/** A cluster's events split among the rows: a row's share of it, or its lone event, drawn by itself. */
function splitClusters(input: SwimlaneInput, rowCount: number) {
  const singles: TimelineEvent[][] = Array.from({ length: rowCount }, () => []);
  const clusters: Cluster[][] = Array.from({ length: rowCount }, () => []);
  const { all, index, view, pinned, rows } = input;
  for (const cluster of input.clusters ?? []) {
    const shares = new Map<number, Cluster & { last: number }>();
    for (let i = cluster.first; i < cluster.end; i++) {
      if (!inCluster(cluster, index, i, view, pinned)) continue;
      const event = all[i];
      const row = rows.rowOf(event);
      const share = shares.get(row);
      if (!share) shares.set(row, { ...cluster, id: `${cluster.id}-${row}`, first: i, end: i + 1, count: 1, firstStart: event.from, lastStart: event.from, last: i });
      else {
        share.count++;
        share.end = i + 1;
        share.last = i;
        share.firstStart = Math.min(share.firstStart, event.from);
        share.lastStart = Math.max(share.lastStart, event.from);
      }
    }
    for (const [row, { last, ...share }] of shares) {
      if (share.count === 1) singles[row].push(all[last]);
      else clusters[row].push(share);
    }
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

