/**
 * Where everything goes in the horizontal chart: the scale, the axis ticks, and each event's mark and
 * label in its lane. Pure: text widths come from a `measure` function the element supplies.
 */
import { isImprecise } from '../model/dates.js';
import type { TimelineEvent } from '../model/types.js';
import { assignLanes } from './lanes.js';
import { axisTicks, timeScale } from './scale.js';
import type { ChartLayout, ClusterLayout, MarkLayout, TickLayout } from './geometry.js';
import type { Cluster } from './detail.js';

export type { ChartLayout, MarkLayout } from './geometry.js';
import type { CalendarFormatter } from '../time/calendar.js';
import { graphemeCount, shortenAtWord } from '../model/text.js';

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

export interface ChartInput {
  events: readonly TimelineEvent[];
  /** The visible span, UTC ms. */
  domain: readonly [number, number];
  width: number;
  calendar: CalendarFormatter;
  /** The label of each event, already in the reader's language. */
  labelOf: (event: TimelineEvent) => string;
  measure: (text: string) => number;
  maxLanes?: number;
  /** Events gathered into clusters (drawn in a row of their own above the lanes). */
  clusters?: readonly Cluster[];
  /** A cluster's count in words that fit a few characters: "1.2K". */
  clusterLabel?: (cluster: Cluster) => string;
}

export function layoutChart(input: ChartInput): ChartLayout {
  const { events, domain, width, calendar, labelOf, measure, maxLanes, clusters = [], clusterLabel = (c) => String(c.count) } = input;
  const { padding, laneHeight, pointRadius, minBarWidth } = CHART;
  const top = CHART.top + (clusters.length ? CHART.clusterRow : 0);
  const inner = Math.max(0, width - 2 * padding);
  const scale = timeScale(domain, width).range([padding, width - padding]);

  const marks = events.map((event) => {
    const point = !event.end && !event.openEnd && !isImprecise(event.start);
    const x = scale((event.from + event.to) / 2);
    // A span reaching past the view is cut at the chart's edges rather than drawn beyond them.
    const x0 = point ? x : Math.max(0, scale(event.from));
    const x1 = point ? x : event.openEnd ? width - padding : Math.min(width, Math.max(scale(event.to), x0 + minBarWidth));
    const label = fitText(labelOf(event), inner, measure);
    return { event, kind: point ? ('point' as const) : ('span' as const), x0, x1, label, labelWidth: measure(label) };
  });

  // Lanes are laid out in the chart's inner box, so shift to it and back.
  const { placements, laneCount } = assignLanes(
    marks.map((mark) => ({
      x0: mark.x0 - (mark.kind === 'point' ? pointRadius : 0) - padding,
      x1: mark.x1 + (mark.kind === 'point' ? pointRadius : 0) - padding,
      labelWidth: mark.labelWidth,
    })),
    { width: inner, maxLanes },
  );

  const laid: MarkLayout[] = marks.map((mark, i) => {
    const laneTop = top + placements[i].lane * laneHeight;
    const cy = laneTop + CHART.markY;
    return {
      event: mark.event,
      kind: mark.kind,
      t0: mark.x0,
      t1: mark.x1,
      lane: placements[i].lane,
      shape:
        mark.kind === 'point'
          ? { type: 'circle', cx: mark.x0, cy, r: pointRadius }
          : { type: 'rect', x: mark.x0, y: cy - CHART.barHeight / 2, width: mark.x1 - mark.x0, height: CHART.barHeight },
      label: mark.label,
      labelX: placements[i].labelX + padding,
      labelY: laneTop + CHART.labelY,
      labelAnchor: 'start',
      labelVisible: placements[i].labelVisible,
    };
  });
  const axisY = top + laneCount * laneHeight;
  const ticks: TickLayout[] = axisTicks(scale, calendar).map((tick) => ({
    ...tick,
    labelX: tick.x,
    labelY: axisY + 19,
    anchor: tick.x < 28 ? 'start' : tick.x > width - 28 ? 'end' : 'middle',
    mark: { x1: tick.x, y1: axisY, x2: tick.x, y2: axisY + 5 },
    grid: { x1: tick.x, y1: 0, x2: tick.x, y2: axisY },
  }));
  const clustered = clusters.map((cluster): ClusterLayout => {
    const x0 = scale(cluster.from);
    const barWidth = Math.max(4, scale(cluster.to) - x0 - 2);
    const label = clusterLabel(cluster);
    return {
      cluster,
      shape: { type: 'rect', x: x0 + 1, y: CHART.top, width: barWidth, height: CHART.clusterHeight },
      label: measure(label) <= barWidth - 4 ? label : '',
      labelX: x0 + 1 + barWidth / 2,
      labelY: CHART.top + CHART.clusterHeight / 2 + 4,
    };
  });
  return {
    orientation: 'horizontal',
    width,
    height: axisY + CHART.axisHeight,
    marks: laid,
    clusters: clustered,
    ticks,
    axis: { x1: 0, y1: axisY + 0.5, x2: width, y2: axisY + 0.5 },
  };
}

/** The text, shortened with an ellipsis until it is no wider than `maxWidth`. */
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
