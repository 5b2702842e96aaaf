/**
 * Where everything goes in the vertical chart, for narrow screens: time runs down an axis with tick
 * labels in a gutter on its left, marks sit in thin columns on and right of the axis, and one column of
 * labels follows them, each label (on up to two lines) by its date. Where labels crowd, a label moves
 * down a little; one that would move further goes into a pile counted in its place ("+21"), so that the
 * chart keeps its height whatever is in view. Clusters are bars on the axis, as thick as their count
 * makes them, with the count beside them.
 */
import { emptyStretchInWords } from '../time/gap-words.js';
import { layoutBreaks } from './breaks.js';
import { clusterLabelOf, pileCluster, type ChartInput } from './chart-layout.js';
import type { Cluster } from './detail.js';
import { LabelColumn } from './label-column.js';
import { CHART, barThickness, clusterSlice, fitText, largestCount, markExtent, markShape, wrapText } from './marks.js';
import type { ChartLayout, ClusterLayout, LabelLine, MarkLayout, TickLayout } from './geometry.js';
import { axisTicks } from './scale.js';
import { withOffView } from './off-view.js';
import { assignColumns } from './vertical-columns.js';
import { NO_WARP, warpedScale } from './squeeze.js';

export const VERTICAL = {
  /** From the left edge to the axis, room for the tick labels. */
  gutter: 64,
  /** Ticks at least this far apart along the axis. */
  tickSpacing: 40,
  tickLength: 5,
  /** From one line of a tick's label to the next. */
  tickLine: 14,
  /**
   * From the axis to the tick label's end: clear of what is drawn on the axis, a cluster's bar (half of
   * clusterThickness) or a point and its focus ring. At 8 px, bars and points on the axis touched the labels
   * ("Apr" against a bar of seattle-weather.csv, "Apr 29" under a focused point of la-riots.csv).
   */
  tickLabelGap: 14,
  /** From a row's centre down to a 13px text's baseline, when the input gives no `labelLine`. */
  baseline: 4,
  /** From one span column's centre to the next; squeezed on narrow screens. */
  columnStep: 14,
  /** Space kept free along the time axis between two spans in one column, px. */
  spanGap: 2,
  /** From the edge of the last column to the labels. */
  labelGap: 10,
  /** A label's box along the time axis when the input gives no `labelLine`, and the space kept between two boxes. */
  labelHeight: 16,
  labelSpacing: 2,
  /** Room kept for the labels when many columns squeeze them. */
  minLabelWidth: 96,
  /** A label this far from its mark gets a leader line. */
  leaderAfter: 2,
  /** A label moves at most this many rows from its date; past that, its mark is counted in a pile. */
  maxShiftRows: 2,
  /** A mark this close to where a pile's count belongs (px along the axis) joins it rather than starting another. */
  pileReach: 80,
  /** The thickest cluster bar, px. */
  clusterThickness: 20,
} as const;

/** As for the horizontal chart; `maxLanes` and `lanes` are not read: the height is the axis's length. */
export interface VerticalInput extends ChartInput {
  /** The height of the time axis, px, without the padding above and below it. */
  length: number;
  /**
   * The line box labels are drawn in, as measured in their font: a row is its height plus
   * `VERTICAL.labelSpacing`. Without it, `VERTICAL.labelHeight` and `VERTICAL.baseline`.
   */
  labelLine?: LabelLine;
}

interface Placed {
  event: MarkLayout['event'];
  kind: MarkLayout['kind'];
  t0: number;
  t1: number;
  column: number;
}

/** Something to put in the label column: an event's label or a cluster's count, centred on `wanted` if it can be. */
interface Row {
  wanted: number;
  lines: string[];
  mark?: number;
  cluster?: Cluster;
}

interface PileRow {
  /** Its count's box in the label column. */
  id: number;
  members: number[];
  /** Where its first mark wanted its label, px along the axis: the count is placed by it. */
  at: number;
}

export function layoutVertical(input: VerticalInput): ChartLayout {
  const { domain, width, calendar, labelOf, measure, offView } = input;
  // Given only to keep their nodes (off-view.ts): no column, row or pile.
  const events = offView ? input.events.filter((event) => !offView(event)) : input.events;
  const { padding, pointRadius, barHeight } = CHART;
  const V = VERTICAL;
  // A line box of no height (nothing measured) would stack every label on one row.
  const line = input.labelLine && input.labelLine.height > 0 ? input.labelLine : { height: V.labelHeight, baseline: V.baseline };
  const length = Math.max(0, input.length);
  const top = padding;
  const bottom = top + length;
  const height = bottom + padding;
  // Half a pixel, so that a 1px axis line falls on whole pixels.
  const axisX = V.gutter + 0.5;
  const scale = warpedScale(input.warp ?? NO_WARP, domain, [top, bottom]);

  // Spans are cut at the chart's top and bottom edges, as the horizontal chart cuts them at its sides.
  const placed: Placed[] = events.map((event) => ({ event, ...markExtent(event, scale, [0, height], bottom), column: 0 }));
  const columns = assignColumns(placed, V.spanGap);

  // Many overlapping spans on a narrow screen: thinner columns rather than no room for the labels.
  const room = width - padding - V.minLabelWidth - V.labelGap - pointRadius - axisX;
  const step = columns > 1 ? Math.max(0, Math.min(V.columnStep, room / (columns - 1))) : V.columnStep;
  // At least 4px between bars while there is room for that, and never a bar under 2px.
  const barWidth = Math.max(2, Math.min(barHeight, step - 4));
  const columnX = (column: number) => axisX + column * step;
  const clusters = input.clusters ?? [];
  const labelX = Math.max(columnX(columns - 1) + pointRadius, clusters.length ? axisX + V.clusterThickness / 2 : 0) + V.labelGap;
  const labelRoom = Math.max(0, width - labelX - padding);

  // A point's label is centred on it; a span's starts level with its top, or is centred on a short one;
  // a cluster's count is centred on its slice. Marks before the view are labelled at its top.
  const slices = clusters.map((cluster) => clusterSlice(cluster, scale, input.dataExtent));
  const rowsWanted: Row[] = [
    ...placed.map((mark, i): Row => {
      const lines = wrapText(labelOf(mark.event), labelRoom, measure);
      // Its first line level with a span's top (a second line hangs below).
      return { mark: i, lines, wanted: mark.kind === 'point' ? mark.t0 : Math.min(mark.t0 + line.height / 2, (mark.t0 + mark.t1) / 2) };
    }),
    ...clusters.map((cluster, i): Row => ({ cluster, lines: [clusterLabelOf(input, cluster)], wanted: (slices[i][0] + slices[i][1]) / 2 })),
  ].sort((a, b) => a.wanted - b.wanted || (a.mark ?? -1) - (b.mark ?? -1));

  const rowOfMark: Row[] = [];
  const rowOfCluster = new Map<Cluster, Row>();
  for (const row of rowsWanted) {
    if (row.mark !== undefined) rowOfMark[row.mark] = row;
    if (row.cluster) rowOfCluster.set(row.cluster, row);
  }
  // Labels by their dates, within the axis and at most `maxShiftRows` from their dates; a label that
  // cannot be goes into a pile whose count ("+21") takes a row of its own near it.
  const column = new LabelColumn({
    top: Math.max(0, top - line.height / 2),
    bottom,
    spacing: V.labelSpacing,
    maxShift: V.maxShiftRows * (line.height + V.labelSpacing),
  });
  const piles: PileRow[] = [];
  rowsWanted.forEach((row, id) => {
    if (row.cluster) {
      column.add(id, row.wanted, line.height, false);
      return;
    }
    if (column.add(id, row.wanted, row.lines.length * line.height)) return;
    if (row.lines.length > 1) {
      // Two lines do not fit here: one, shortened.
      row.lines = [fitText(labelOf(placed[row.mark!].event), labelRoom, measure)];
      if (column.add(id, row.wanted, line.height)) return;
    }
    // Near the pile's count, not its last mark: a pile that reached on from its last mark gathered a whole
    // axis of every other year (global-temp.csv: '+69' by 1891 counted years up to 2023).
    let pile = piles.find((p) => row.wanted - p.at <= V.pileReach);
    let members = [row.mark!];
    if (!pile) {
      // With no pile near, the labels placed last give way, one by one, to the count of a pile of them all.
      const countId = rowsWanted.length + piles.length;
      const checkpoint = column.checkpoint();
      let counted = column.add(countId, row.wanted, line.height);
      while (!counted) {
        const given = column.removeLast();
        const mark = given === undefined ? undefined : rowsWanted[given]?.mark;
        if (mark === undefined) break;
        members = [mark, ...members];
        counted = column.add(countId, row.wanted, line.height);
      }
      if (!counted) {
        // Nothing left to give way (a cluster's count, or the top of the column): the latest pile takes it, else a count anyway.
        column.restore(checkpoint);
        members = [row.mark!];
        if (!piles.length) column.add(countId, row.wanted, line.height, false);
      }
      if (column.has(countId)) {
        pile = { id: countId, members: [], at: row.wanted };
        piles.push(pile);
      } else {
        pile = piles[piles.length - 1];
      }
    }
    pile.members.push(...members);
  });
  const placedAt = column.centres();
  const centres = new Map<Row, number>();
  rowsWanted.forEach((row, id) => {
    const y = placedAt.get(id);
    if (y !== undefined) centres.set(row, y);
  });

  const labelBox = (lines: readonly string[]) => Math.max(0, ...lines.map(measure));
  const marks: MarkLayout[] = placed.map((mark, i) => {
    const x = columnX(mark.column);
    const shape = markShape(mark, x, 'vertical', barWidth);
    const row = rowOfMark[i];
    const y = centres.get(row);
    const lines = row.lines;
    const laid: MarkLayout = {
      event: mark.event,
      kind: mark.kind,
      t0: mark.t0,
      t1: mark.t1,
      lane: mark.column,
      shape,
      label: lines.join(' '),
      labelX,
      labelY: (y ?? row.wanted) - ((lines.length - 1) * line.height) / 2 + line.baseline,
      labelAnchor: 'start',
      labelVisible: y !== undefined,
    };
    if (lines.length > 1) {
      laid.labelLines = lines;
      laid.labelLineHeight = line.height;
    }
    if (y !== undefined && Math.abs(y - row.wanted) > V.leaderAfter) {
      const from = mark.kind === 'point' ? x + pointRadius : x + barWidth / 2;
      laid.leader = { x1: from, y1: row.wanted, x2: labelX - 2, y2: y };
    }
    return laid;
  });

  // A tick's label is stacked in short lines ("Jul" over "1992"), each its own line box below the tick.
  const apart = (before: { x: number; lines: string[] }, after: { x: number }) => after.x - before.x >= before.lines.length * V.tickLine + 2;
  const ticks: TickLayout[] = axisTicks(scale, calendar, { ...input.axis, minSpacing: V.tickSpacing, fits: apart }).map((tick) => ({
    ...tick,
    labelX: axisX - V.tickLabelGap,
    labelY: tick.x + V.baseline,
    anchor: 'end',
    mark: { x1: axisX - V.tickLength, y1: tick.x, x2: axisX, y2: tick.x },
    grid: { x1: axisX, y1: tick.x, x2: width - padding, y2: tick.x },
  }));
  // Clusters lie on the axis, under the marks, as thick as their count makes them; the count is beside them.
  const largest = largestCount(clusters);
  const bars = clusters.map((cluster, i): ClusterLayout => {
    const [t0, t1] = slices[i];
    const thickness = barThickness(cluster.count, largest, V.clusterThickness);
    const row = rowOfCluster.get(cluster)!;
    const label = row.lines[0];
    const y = centres.get(row)!;
    const textWidth = labelBox([label]);
    const left = axisX - V.clusterThickness / 2;
    return {
      cluster,
      shape: { type: 'rect', x: axisX - thickness / 2, y: t0, width: thickness, height: t1 - t0 },
      hit: { x: left, y: Math.min(t0, y - line.height / 2), width: labelX + textWidth + 4 - left, height: Math.max(t1, y + line.height / 2) - Math.min(t0, y - line.height / 2) },
      label,
      labelX: labelX + textWidth / 2,
      labelY: y + line.baseline,
    };
  });
  const positionOf = input.positionOf ?? ((event: MarkLayout['event']) => event.index);
  const counted = piles.map((pile): ClusterLayout => {
    const label = `+${pile.members.length}`;
    const y = placedAt.get(pile.id)!;
    const box = { x: labelX - 4, y: y - line.height / 2, width: labelBox([label]) + 8, height: line.height };
    const cluster = pileCluster({ lane: 0, members: pile.members, x0: 0, x1: 0, labelX }, events, positionOf);
    return { cluster, kind: 'pile', shape: { type: 'rect', ...box }, hit: box, label, labelX: box.x + box.width / 2, labelY: y + line.baseline };
  });
  const breaks = layoutBreaks(input.warp, scale, {
    orientation: 'vertical',
    axisAt: axisX,
    across: [axisX, width - padding],
    labelAt: 0,
    labelSpill: 0,
    words: input.stretchWords ?? ((from, to) => emptyStretchInWords(from, to, 'en')),
    measure,
  });
  return {
    orientation: 'vertical',
    width,
    height,
    marks: offView ? withOffView(input.events, offView, marks, { orientation: 'vertical', along: [top, bottom], across: axisX, viewStart: domain[0] }) : marks,
    clusters: [...bars, ...counted],
    ticks,
    axis: { x1: axisX, y1: top, x2: axisX, y2: bottom },
    breaks,
  };
}
