/**
 * Where everything goes in the horizontal chart: the scale, the axis ticks, and each event's mark and
 * label in its lane. Pure: text widths come from a `measure` function the element supplies.
 */
import type { TimelineEvent } from '../model/types.js';
import { emptyStretchInWords, type StretchWords } from '../time/gap-words.js';
import { clearOfTicks, layoutBreaks } from './breaks.js';
import { assignLanes, type Pile } from './lanes.js';
import { axisTicks, type AxisOptions, type Tick } from './scale.js';
import type { ChartLayout, ClusterLayout, MarkLayout, TickLayout } from './geometry.js';
import type { Cluster } from './detail.js';
import { NO_WARP, warpedScale, type TimeWarp } from './squeeze.js';
import { withOffView } from './off-view.js';

export type { ChartLayout, MarkLayout } from './geometry.js';
import type { CalendarFormatter } from '../time/calendar.js';
import { CHART, densityBars, fitText, markExtent, markShape } from './marks.js';

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
  /**
   * Lanes to make room for whatever is in view, so that the chart keeps its height while the view moves;
   * no more than these are used. Unset: as many as the view needs, up to `maxLanes`.
   */
  lanes?: number;
  /** Events gathered into clusters (drawn in a row of their own above the lanes). */
  clusters?: readonly Cluster[];
  /** Keep the row of clusters when none is in view (the height stays put). */
  clusterRow?: boolean;
  /** A cluster's count in words that fit a few characters: "1.2K". */
  clusterLabel?: (cluster: Cluster) => string;
  /** What the data allows the axis: ticks no finer than its dates, in the zone of its times. */
  axis?: Pick<AxisOptions, 'finest' | 'zone'>;
  /** Long empty stretches squeezed into breaks: the view is drawn linearly in warped time. */
  warp?: TimeWarp;
  /** A break's stretch in words. */
  stretchWords?: (from: number, to: number) => StretchWords;
  /** Where an event is among all of them in time order (for the piles of unlabelled marks). */
  positionOf?: (event: TimelineEvent) => number;
  /** Only the marks, labels and piles: no ticks or breaks (a swimlane band, whose axis is drawn once under all). */
  axisless?: boolean;
  /**
   * True for an event given only to keep its node, a focused one the view has left (off-view.ts): it gets an
   * unseen mark at the chart's edge, and no lane, label or pile.
   */
  offView?: (event: TimelineEvent) => boolean;
  /**
   * The data's first instant and its last (the latest end): a cluster's bar stops there, rather than cover
   * the rest of its slice, where there is no event (yearly data from 1900 drew its first bar from 1896).
   */
  dataExtent?: readonly [number, number];
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

/** A cluster's count as drawn: the words the element gives ("1.2K"), else the number. */
export function clusterLabelOf(input: Pick<ChartInput, 'clusterLabel'>, cluster: Cluster): string {
  return input.clusterLabel ? input.clusterLabel(cluster) : String(cluster.count);
}

/**
 * The counts over a strip's bars, placed bar after bar from the left: each its count ("30.5K") where that
 * fits over its own bar, else rounded to two figures ("31K"), over its own bar or reaching over its
 * neighbours' where no count placed before it is in the way, no neighbour's bar stands as high as it, and it
 * stays on the chart; else none (its name and tooltip still say it). At a million events the bars are some
 * 33 px wide, and a count with a decimal, or in Armenian words, fitted over almost none of them: a strip of
 * bars without a number. Returns the bars.
 */
export function countsOverBars(bars: ClusterLayout[], input: Pick<ChartInput, 'clusterLabel' | 'measure' | 'width'>): ClusterLayout[] {
  let free = -Infinity;
  bars.forEach((bar, i) => {
    const { cluster, labelX: x } = bar;
    /** Whether a count `half` px either side of the bar's middle can go there, and need not stay over its bar. */
    const fits = (label: string, reach: boolean) => {
      const half = input.measure(label) / 2;
      // A neighbour is in the way when it stands higher than the count's line and under the count.
      const clear = (other?: ClusterLayout) => !other || other.shape.y >= bar.labelY || other.shape.x >= x + half || other.shape.x + other.shape.width <= x - half;
      const ok = x - half >= free && (half * 2 <= bar.shape.width - 2 || (reach && x >= half && x + half <= input.width && clear(bars[i - 1]) && clear(bars[i + 1])));
      if (ok) {
        free = x + half + 6;
        bar.label = label;
      }
      return ok;
    };
    /**
     * The first bar's count over the time before it, its end at the bar's end; the last bar's over the time
     * after it: nothing is drawn there (the first and last bars stop where the data does, and may be narrow).
     */
    const outward = (label: string) => {
      if (i > 0 && i < bars.length - 1) return false;
      const half = input.measure(label) / 2;
      // The last one may start after the count before it, as long as it starts over its bar.
      const at = i === 0 ? bar.shape.x + bar.shape.width - half : Math.max(bar.shape.x, free) + half;
      if (at - half < Math.max(free, 0) || at + half > input.width || at - half > bar.shape.x + bar.shape.width) return false;
      free = at + half + 6;
      bar.label = label;
      bar.labelX = at;
      return true;
    };
    // In full only over its own bar: rounded (made only then, a zoom frame counts hundreds of bars), it may
    // reach over its neighbours', so that more bars have one. Else, at an end, beyond the bar.
    const full = clusterLabelOf(input, cluster);
    if (fits(full, false)) return;
    const rounded = clusterLabelOf(input, { ...cluster, count: +cluster.count.toPrecision(2) });
    if (!fits(rounded, true) && !outward(full)) outward(rounded);
  });
  return bars;
}

/** A pile of unlabelled marks as a cluster: it says how many it holds and opens like one. */
export function pileCluster(pile: Pile, events: readonly TimelineEvent[], positionOf: (event: TimelineEvent) => number): Cluster {
  const members = pile.members.map((i) => events[i]);
  const positions = members.map(positionOf);
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  const starts = members.map((event) => event.from);
  return {
    id: `pile-${first}-${last}`,
    first,
    end: last + 1,
    count: members.length,
    from: Math.min(...starts),
    to: Math.max(...members.map((event) => event.to)),
    firstStart: Math.min(...starts),
    lastStart: Math.max(...starts),
  };
}

export function layoutChart(input: ChartInput): ChartLayout {
  const { domain, width, calendar, labelOf, measure, clusters = [], offView } = input;
  const events = offView ? input.events.filter((event) => !offView(event)) : input.events;
  const { padding, laneHeight, pointRadius } = CHART;
  const top = CHART.top + (clusters.length || input.clusterRow ? CHART.clusterRow : 0);
  const inner = Math.max(0, width - 2 * padding);
  const scale = warpedScale(input.warp ?? NO_WARP, domain, [padding, width - padding]);
  const maxLanes = Math.min(input.maxLanes ?? Infinity, input.lanes ?? Infinity);
  const pileLabel = (count: number) => `+${count}`;
  // A count's width from its digits, so that a new count costs no measurement (a layout of the page) in a zoom frame.
  const countWidth = (count: number) => measure('+') + String(count).length * measure('0');

  const marks = events.map((event) => {
    const { kind, t0, t1 } = markExtent(event, scale, [0, width], width - padding);
    const label = fitText(labelOf(event), inner, measure);
    return { event, kind, x0: t0, x1: t1, label, labelWidth: measure(label) };
  });

  // Lanes are laid out in the chart's inner box, so shift to it and back.
  const { placements, laneCount: used, piles } = assignLanes(
    marks.map((mark) => ({
      x0: mark.x0 - (mark.kind === 'point' ? pointRadius : 0) - padding,
      x1: mark.x1 + (mark.kind === 'point' ? pointRadius : 0) - padding,
      labelWidth: mark.labelWidth,
    })),
    { width: inner, maxLanes, pileLabelWidth: (count) => countWidth(count) + 8 },
  );
  const laneCount = Math.max(used, input.lanes ?? 0);

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
  const breaks = input.axisless ? [] : layoutBreaks(input.warp, scale, {
    orientation: 'horizontal',
    axisAt: axisY + 0.5,
    across: [0, axisY],
    labelAt: axisY + 19,
    labelSpill: 24,
    words: input.stretchWords ?? ((from, to) => emptyStretchInWords(from, to, 'en')),
    measure,
  });
  const breakEnds = breaks.map((item) => item.band.x + item.band.width);
  const ticks: TickLayout[] = (input.axisless ? [] : axisTicks(scale, calendar, { ...input.axis, fits: ticksApart(width, measure) })).map((tick) => ({
    ...tick,
    labelX: tick.x,
    labelY: axisY + 19,
    // A tick on a break's end (a lone day after a break) reads into its stretch, away from the break.
    anchor: breakEnds.some((end) => Math.abs(end - tick.x) < 1) ? 'start' : tickAnchor(tick.x, width),
    mark: { x1: tick.x, y1: axisY, x2: tick.x, y2: axisY + 5 },
    grid: { x1: tick.x, y1: 0, x2: tick.x, y2: axisY },
  }));
  const bars = countsOverBars(densityBars(clusters, scale, CHART.top, CHART.clusterRow - 4, CHART.clusterHeight, input.dataExtent), input);
  const positionOf = input.positionOf ?? ((event: TimelineEvent) => event.index);
  const counted = piles.map((pile): ClusterLayout => {
    const label = pileLabel(pile.members.length);
    const x = pile.labelX + padding;
    const laneTop = top + pile.lane * laneHeight;
    const hit = { x, y: laneTop + CHART.labelY - 14, width: countWidth(pile.members.length) + 8, height: 19 };
    return { cluster: pileCluster(pile, events, positionOf), kind: 'pile', shape: { type: 'rect', ...hit }, hit, label, labelX: x + hit.width / 2, labelY: laneTop + CHART.labelY };
  });
  return {
    orientation: 'horizontal',
    width,
    height: axisY + CHART.axisHeight,
    marks: offView ? withOffView(input.events, offView, laid, { orientation: 'horizontal', along: [padding, width - padding], across: axisY, viewStart: domain[0] }) : laid,
    clusters: [...bars, ...counted],
    ticks,
    axis: { x1: 0, y1: axisY + 0.5, x2: width, y2: axisY + 0.5 },
    breaks: clearOfTicks(breaks, ticks, measure),
  };
}
