/**
 * The one entry to layout: from the state the element holds (data, view, width, language, direction) to
 * everything drawn and the time axis it is drawn on. The element asks this once per update and keeps
 * nothing of the geometry itself. Pure.
 */
import type { DerivedData } from '../model/derive.js';
import type { TimelineEvent } from '../model/types.js';
import { calendarFormatter } from '../time/calendar.js';
import { compactCount } from '../time/words.js';
import { layoutChart } from './chart-layout.js';
import type { ConnectionLayout } from './connections.js';
import { chooseDetail, type Cluster } from './detail.js';
import type { ChartLayout, LabelLine, Orientation } from './geometry.js';
import { CHART } from './marks.js';
import { mirrorLayout } from './mirror.js';
import { timeScale } from './scale.js';
import { layoutVertical } from './vertical-layout.js';
import type { TimeView } from './view.js';

/** Up to this many events in view are drawn one by one; more are gathered into clusters. */
export const DETAIL_LIMIT = 250;
/** Width of a cluster's slice of the time axis, px. */
const CLUSTER_SLICE_PX = 36;

export interface TimelineState {
  data: DerivedData;
  view: TimeView;
  width: number;
  /** The orientation asked for; when unset, vertical below `verticalBelow` px of width. */
  orientation?: Orientation;
  verticalBelow: number;
  rtl: boolean;
  lang: string;
  /** An event's label in the reader's language. */
  labelOf: (event: TimelineEvent) => string;
  measure: (text: string) => number;
  /** The line box labels are drawn in (for the vertical layout's rows), when measured. */
  labelLine?: LabelLine;
  maxLanes: number;
  /** The arrows between linked events, from the drawn marks (connections.ts, loaded when the data has links). */
  connect?: (chart: ChartLayout) => ConnectionLayout[];
  /** Ids of events always drawn one by one, never hidden in a cluster: the focused and the selected. */
  pinned: readonly (string | undefined)[];
}

export interface TimelineLayout {
  chart: ChartLayout;
  orientation: Orientation;
  /** The time axis, px: where the view's start and end are drawn (before mirroring for right to left). */
  timeRange: [number, number];
  /** The arrows between linked events that are both drawn. */
  connections: ConnectionLayout[];
}

export function chooseOrientation(asked: Orientation | undefined, width: number, verticalBelow: number): Orientation {
  return asked ?? (width > 0 && width < verticalBelow ? 'vertical' : 'horizontal');
}

/** Length of the vertical time axis: room for the events, within what a phone screen scrolls comfortably. */
export function verticalLength(eventCount: number): number {
  return Math.min(1600, Math.max(360, eventCount * 26));
}

export function layoutTimeline(state: TimelineState): TimelineLayout {
  const { data, view, width, lang } = state;
  const events = data.document.events;
  const orientation = chooseOrientation(state.orientation, width, state.verticalBelow);
  const length = verticalLength(events.length);
  const timeRange: [number, number] = orientation === 'vertical' ? [CHART.padding, CHART.padding + length] : [CHART.padding, width - CHART.padding];
  const scale = timeScale([view.start, view.end], 1).range(timeRange);
  const pinned = new Set<number>();
  for (const id of state.pinned) {
    const at = id === undefined ? undefined : data.positions.get(id);
    if (at !== undefined) pinned.add(at);
  }
  const detail = chooseDetail(data.index, view, {
    limit: DETAIL_LIMIT,
    range: timeRange,
    toTime: (px) => scale.invert(px),
    slicePx: CLUSTER_SLICE_PX,
    pinned,
  });
  const compact = compactCount(lang);
  const input = {
    events: detail.singles.map((i) => events[i]),
    clusters: detail.clusters,
    clusterLabel: (cluster: Cluster) => compact(cluster.count),
    domain: [view.start, view.end] as const,
    width,
    calendar: calendarFormatter(lang),
    labelOf: state.labelOf,
    measure: state.measure,
    maxLanes: state.maxLanes,
    axis: { finest: data.finest, zone: data.zone },
  };
  const chart = orientation === 'vertical' ? layoutVertical({ ...input, length, labelLine: state.labelLine }) : layoutChart(input);
  const drawn = state.rtl ? mirrorLayout(chart) : chart;
  return { chart: drawn, orientation, timeRange, connections: state.connect?.(drawn) ?? [] };
}
