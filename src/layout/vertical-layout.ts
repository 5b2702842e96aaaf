/**
 * Where everything goes in the vertical chart, for narrow screens: time runs down an axis with tick
 * labels in a gutter on its left, marks sit in thin columns on and right of the axis, and one column of
 * labels follows them. Every label is shown: where labels crowd, they move down and the chart grows.
 */
import type { ChartInput } from './chart-layout.js';
import { CHART, clusterBar, fitText, markExtent, markShape } from './marks.js';
import type { ChartLayout, LabelLine, MarkLayout, TickLayout } from './geometry.js';
import { axisTicks, timeScale } from './scale.js';

export const VERTICAL = {
  /** From the left edge to the axis, room for the tick labels. */
  gutter: 64,
  /** Ticks at least this far apart along the axis. */
  tickSpacing: 40,
  tickLength: 5,
  /** From one line of a tick's label to the next. */
  tickLine: 14,
  /** From the axis to the tick label's end. */
  tickLabelGap: 8,
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
} as const;

/** As for the horizontal chart; `maxLanes` is not read, since every label is shown. */
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

/**
 * Spans into columns, first fit in order of their start (the fewest columns, but for the points); points
 * stay on column 0, the axis, and a span goes there only if it passes no point.
 */
function assignColumns(marks: Placed[]): number {
  const { pointRadius } = CHART;
  const { spanGap } = VERTICAL;
  const points = marks.filter((mark) => mark.kind === 'point');
  const passesPoint = (mark: Placed) =>
    points.some((point) => mark.t0 - spanGap < point.t0 + pointRadius && point.t0 - pointRadius < mark.t1 + spanGap);
  const spans = marks.filter((mark) => mark.kind === 'span').sort((a, b) => a.t0 - b.t0 || a.event.index - b.event.index);
  const ends: number[] = [-Infinity];
  for (const span of spans) {
    let column = ends.findIndex((end, i) => end + spanGap <= span.t0 && (i > 0 || !passesPoint(span)));
    if (column === -1) column = ends.push(-Infinity) - 1;
    ends[column] = span.t1;
    span.column = column;
  }
  return ends.length;
}

export function layoutVertical(input: VerticalInput): ChartLayout {
  const { events, domain, width, calendar, labelOf, measure } = input;
  const { padding, pointRadius, barHeight } = CHART;
  const V = VERTICAL;
  // A line box of no height (nothing measured) would stack every label on one row.
  const line = input.labelLine && input.labelLine.height > 0 ? input.labelLine : { height: V.labelHeight, baseline: V.baseline };
  const length = Math.max(0, input.length);
  const top = padding;
  const bottom = top + length;
  // Half a pixel, so that a 1px axis line falls on whole pixels.
  const axisX = V.gutter + 0.5;
  const scale = timeScale(domain, length).range([top, bottom]);

  // Spans are cut at the chart's top and bottom edges, as the horizontal chart cuts them at its sides.
  const placed: Placed[] = events.map((event) => ({ event, ...markExtent(event, scale, [0, bottom + padding], bottom), column: 0 }));
  const columns = assignColumns(placed);

  // Many overlapping spans on a narrow screen: thinner columns rather than no room for the labels.
  const room = width - padding - V.minLabelWidth - V.labelGap - pointRadius - axisX;
  const step = columns > 1 ? Math.max(0, Math.min(V.columnStep, room / (columns - 1))) : V.columnStep;
  // At least 4px between bars while there is room for that, and never a bar under 2px.
  const barWidth = Math.max(2, Math.min(barHeight, step - 4));
  const columnX = (column: number) => axisX + column * step;
  const labelX = columnX(columns - 1) + pointRadius + V.labelGap;
  const labelRoom = Math.max(0, width - labelX - padding);

  // A point's label is centred on it; a span's starts level with its top, or is centred on a short one.
  // Marks before the view are labelled at its top, or lower when a tall line box would stick out above the chart.
  const firstRow = Math.max(top, line.height / 2);
  const wanted = placed.map((mark) =>
    Math.max(firstRow, mark.kind === 'point' ? mark.t0 : Math.min(mark.t0 + line.height / 2, (mark.t0 + mark.t1) / 2)),
  );
  const order = placed.map((_, i) => i).sort((a, b) => wanted[a] - wanted[b] || a - b);
  const rows: number[] = new Array(placed.length);
  let last = -Infinity;
  for (const i of order) {
    last = rows[i] = Math.max(wanted[i], last + line.height + V.labelSpacing);
  }

  const marks: MarkLayout[] = placed.map((mark, i) => {
    const x = columnX(mark.column);
    const shape = markShape(mark, x, 'vertical', barWidth);
    const laid: MarkLayout = {
      event: mark.event,
      kind: mark.kind,
      t0: mark.t0,
      t1: mark.t1,
      lane: mark.column,
      shape,
      label: fitText(labelOf(mark.event), labelRoom, measure),
      labelX,
      labelY: rows[i] + line.baseline,
      labelAnchor: 'start',
      labelVisible: true,
    };
    if (Math.abs(rows[i] - wanted[i]) > V.leaderAfter) {
      const from = mark.kind === 'point' ? x + pointRadius : x + barWidth / 2;
      laid.leader = { x1: from, y1: wanted[i], x2: labelX - 2, y2: rows[i] };
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
  // Clusters lie on the axis, under the marks; their counts are said by their accessible names.
  const clusters = (input.clusters ?? []).map((cluster) => {
    const shape = clusterBar(cluster, scale, 'vertical', axisX - barHeight, 2 * barHeight);
    return { cluster, shape, label: '', labelX: axisX, labelY: shape.y - 1 };
  });
  return {
    orientation: 'vertical',
    width,
    height: Math.max(bottom + padding, last + line.height / 2 + padding),
    marks,
    clusters,
    ticks,
    axis: { x1: axisX, y1: top, x2: axisX, y2: bottom },
  };
}
