/**
 * Where everything goes in the horizontal chart: the scale, the axis ticks, and each event's mark and
 * label in its lane. Pure: text widths come from a `measure` function the element supplies.
 */
import type { TimelineEvent } from '../model/types.js';
import { assignLanes } from './lanes.js';
import { axisTicks, timeScale, type AxisOptions, type Tick } from './scale.js';
import type { ChartLayout, ClusterLayout, MarkLayout, TickLayout } from './geometry.js';
import type { Cluster } from './detail.js';

export type { ChartLayout, MarkLayout } from './geometry.js';
import type { CalendarFormatter } from '../time/calendar.js';
import { CHART, clusterBar, fitText, markExtent, markShape } from './marks.js';

export { CHART, fitText } from './marks.js';

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
  /** What the data allows the axis: ticks no finer than its dates, in the zone of its times. */
  axis?: Pick<AxisOptions, 'finest' | 'zone'>;
}

/** Tick labels keep this far from their sides, and this far apart, px. */
const TICK_EDGE = 28;
const TICK_GAP = 12;

function tickAnchor(x: number, width: number): 'start' | 'middle' | 'end' {
  return x < TICK_EDGE ? 'start' : x > width - TICK_EDGE ? 'end' : 'middle';
}

/** True when two tick labels, anchored as drawn, keep TICK_GAP between them. */
function ticksApart(width: number, measure: (text: string) => number) {
  const extent = (tick: Tick): [number, number] => {
    const size = measure(tick.label);
    const anchor = tickAnchor(tick.x, width);
    return anchor === 'start' ? [tick.x, tick.x + size] : anchor === 'end' ? [tick.x - size, tick.x] : [tick.x - size / 2, tick.x + size / 2];
  };
  return (before: Tick, after: Tick) => extent(before)[1] + TICK_GAP <= extent(after)[0];
}

export function layoutChart(input: ChartInput): ChartLayout {
  const { events, domain, width, calendar, labelOf, measure, maxLanes, clusters = [], clusterLabel = (c) => String(c.count) } = input;
  const { padding, laneHeight, pointRadius } = CHART;
  const top = CHART.top + (clusters.length ? CHART.clusterRow : 0);
  const inner = Math.max(0, width - 2 * padding);
  const scale = timeScale(domain, width).range([padding, width - padding]);

  const marks = events.map((event) => {
    const { kind, t0, t1 } = markExtent(event, scale, [0, width], width - padding);
    const label = fitText(labelOf(event), inner, measure);
    return { event, kind, x0: t0, x1: t1, label, labelWidth: measure(label) };
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
      shape: markShape({ kind: mark.kind, t0: mark.x0, t1: mark.x1 }, cy, 'horizontal'),
      label: mark.label,
      labelX: placements[i].labelX + padding,
      labelY: laneTop + CHART.labelY,
      labelAnchor: 'start',
      labelVisible: placements[i].labelVisible,
    };
  });
  const axisY = top + laneCount * laneHeight;
  const ticks: TickLayout[] = axisTicks(scale, calendar, { ...input.axis, fits: ticksApart(width, measure) }).map((tick) => ({
    ...tick,
    labelX: tick.x,
    labelY: axisY + 19,
    anchor: tickAnchor(tick.x, width),
    mark: { x1: tick.x, y1: axisY, x2: tick.x, y2: axisY + 5 },
    grid: { x1: tick.x, y1: 0, x2: tick.x, y2: axisY },
  }));
  const clustered = clusters.map((cluster): ClusterLayout => {
    const shape = clusterBar(cluster, scale, 'horizontal', CHART.top, CHART.clusterHeight);
    const label = clusterLabel(cluster);
    return {
      cluster,
      shape,
      label: measure(label) <= shape.width - 4 ? label : '',
      labelX: shape.x + shape.width / 2,
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
