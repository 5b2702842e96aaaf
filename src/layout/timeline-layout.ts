/**
 * The one entry to layout: from the state the element holds (data, view, width, language, direction) to
 * everything drawn and the time axis it is drawn on. The element asks this once per update and keeps
 * nothing of the geometry itself. Pure.
 */
import type { DerivedData } from '../model/derive.js';
import type { TimelineEvent } from '../model/types.js';
import { calendarFormatter } from '../time/calendar.js';
import { compactCount } from '../time/words.js';
import { layoutChart, type ChartInput } from './chart-layout.js';
import type { EventIndex } from '../model/event-index.js';
import type { ConnectionLayout } from './connections.js';
import { chooseDetail, type Cluster } from './detail.js';
import type { ChartLayout, LabelLine, Orientation } from './geometry.js';
import { CHART } from './marks.js';
import { markInView } from './off-view.js';
import type { TimeWarp } from './squeeze.js';
import { emptyStretchInWords } from '../time/gap-words.js';
import type { VerticalInput } from './vertical-layout.js';
import type { TimeView } from './view.js';

/** Up to this many events in view are drawn one by one; more are gathered into clusters. */
export const DETAIL_LIMIT = 250;
/** Width of a cluster's slice of the time axis, px. */
const CLUSTER_SLICE_PX = 36;
/**
 * In a grouped chart each band draws its share of every slice, a row of counts per band: wider slices there
 * keep each row readable (fewer, larger numbers) and the clusters on screen, so the work of a frame, fewer.
 */
const GROUPED_SLICE_PX = 48;
/** Lanes kept for data that clusters when seen whole, for the views zoomed in on it (at most `maxLanes`). */
const ZOOMED_LANES = 5;

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
  /** An event's group's name, for grouped data: a vertical chart's labels begin with it (a chip). */
  groupOf?: (event: TimelineEvent) => string | undefined;
  measure: (text: string) => number;
  /** The line box labels are drawn in (for the vertical layout's rows), when measured. */
  labelLine?: LabelLine;
  maxLanes: number;
  /** The arrows between linked events, from the drawn marks (connections.ts, loaded when the data has links). */
  connect?: (chart: ChartLayout) => ConnectionLayout[];
  /** Ids of events always drawn one by one, never hidden in a cluster: the focused and the selected. */
  pinned: readonly (string | undefined)[];
  /** Long empty stretches squeezed (see squeeze.ts); none when unset. */
  warp?: TimeWarp;
  /** Room kept whatever the view, so that the height stays put (see `steadyRoom`). */
  room?: SteadyRoom;
  /** For grouped data: the horizontal chart in bands, one a group (swimlanes.ts, in the groups chunk). */
  swimlanes?: (input: ChartInput & { all: readonly TimelineEvent[]; index: EventIndex; view: TimeView; pinned: ReadonlySet<number>; bandRoom?: BandRoom }) => ChartLayout;
}

/**
 * The steady room of each band of a grouped chart (band-share.ts shares it out as the view moves, so that
 * the chart's height stays put while a band's follows what is in view): for data that clusters seen whole,
 * a band's strip of clusters (if it has more than one event) and its share of the lanes (swimlanes.ts);
 * else the lanes each band needs seen whole, by group id ('' for the events with no group).
 */
export interface BandRoom {
  clustered: boolean;
  lanes?: ReadonlyMap<string, number>;
}

/** What the chart keeps room for while the view moves: its lanes and the row of clusters, or its length. */
export interface SteadyRoom {
  lanes?: number;
  clusterRow?: boolean;
  /** Of the vertical time axis, px. */
  length?: number;
  /** Of each band of a grouped chart. */
  bands?: BandRoom;
}

/** The vertical axis grows (from `verticalLength()`) up to this long, px, to label every event seen whole. */
export const MAX_VERTICAL_LENGTH = 1600;

/** The vertical layout (vertical-layout.ts): loaded on demand, the first time a chart is narrow, and given here. */
export type VerticalLayout = (input: VerticalInput) => ChartLayout;
let vertical: VerticalLayout | undefined;

export function useVerticalLayout(layout: VerticalLayout): void {
  vertical = layout;
}

export function hasVerticalLayout(): boolean {
  return vertical !== undefined;
}

/**
 * The mirror for right-to-left pages (mirror.ts): loaded on demand too, the first time a chart is drawn for
 * one. The element's own languages all run left to right, so most pages never load it.
 */
export type MirrorLayout = (layout: ChartLayout) => ChartLayout;
let mirror: MirrorLayout | undefined;

export function useMirrorLayout(layout: MirrorLayout): void {
  mirror = layout;
}

export function hasMirrorLayout(): boolean {
  return mirror !== undefined;
}

export interface TimelineLayout {
  chart: ChartLayout;
  orientation: Orientation;
  /** The time axis, px: where the view's start and end are drawn (before mirroring for right to left). */
  timeRange: [number, number];
  /** The arrows between linked events that are both drawn. */
  connections: ConnectionLayout[];
}

/** A label that begins with its group's name: "Navy · Launch" (the chart draws the name as a chip). */
function withGroup(labelOf: (event: TimelineEvent) => string, groupOf: (event: TimelineEvent) => string | undefined) {
  return (event: TimelineEvent) => {
    const group = groupOf(event);
    return group ? `${group} · ${labelOf(event)}` : labelOf(event);
  };
}

export function chooseOrientation(asked: Orientation | undefined, width: number, verticalBelow: number): Orientation {
  return asked ?? (width > 0 && width < verticalBelow ? 'vertical' : 'horizontal');
}

/** Length of the vertical time axis: room for the events, within what a phone screen scrolls comfortably. */
export function verticalLength(eventCount: number): number {
  return Math.min(MAX_VERTICAL_LENGTH, Math.max(360, eventCount * 26));
}

export function layoutTimeline(state: TimelineState): TimelineLayout {
  const { data, view, width, lang } = state;
  const events = data.document.events;
  const orientation = chooseOrientation(state.orientation, width, state.verticalBelow);
  const length = state.room?.length ?? verticalLength(events.length);
  const timeRange: [number, number] = orientation === 'vertical' ? [CHART.padding, CHART.padding + length] : [CHART.padding, width - CHART.padding];
  const pinned = new Set<number>();
  for (const id of state.pinned) {
    const at = id === undefined ? undefined : data.positions.get(id);
    if (at !== undefined) pinned.add(at);
  }
  const detail = chooseDetail(data.index, view, {
    limit: DETAIL_LIMIT,
    range: timeRange,
    warp: state.warp,
    slicePx: state.swimlanes && orientation === 'horizontal' ? GROUPED_SLICE_PX : CLUSTER_SLICE_PX,
    pinned,
  });
  const compact = compactCount(lang);
  // A pinned event the view has left (the focused one, after a zoom) is given all the same: it keeps its node
  // (and the keyboard focus), with nothing of it drawn (see off-view.ts).
  const offView = (event: TimelineEvent) => !markInView(event, view);
  const given = new Set(detail.singles);
  for (const i of pinned) given.add(i);
  const input = {
    events: [...given].sort((a, b) => a - b).map((i) => events[i]),
    offView,
    clusters: detail.clusters,
    clusterLabel: (cluster: Cluster) => compact(cluster.count),
    domain: [view.start, view.end] as const,
    width,
    calendar: calendarFormatter(lang),
    labelOf: orientation === 'vertical' && state.groupOf ? withGroup(state.labelOf, state.groupOf) : state.labelOf,
    measure: state.measure,
    maxLanes: state.maxLanes,
    axis: { finest: data.finest, zone: data.zone },
    lanes: state.room?.lanes,
    clusterRow: state.room?.clusterRow,
    warp: state.warp,
    stretchWords: (from: number, to: number) => emptyStretchInWords(from, to, lang),
    positionOf: (event: TimelineEvent) => data.positions.get(event.id) ?? event.index,
    dataExtent: data.index.froms.length ? ([data.index.froms[0], data.index.latestTo] as const) : undefined,
  };
  if (orientation === 'vertical' && !vertical) throw new Error('the vertical layout is not loaded: useVerticalLayout() first');
  const chart = orientation === 'vertical'
    ? vertical!({ ...input, length, labelLine: state.labelLine })
    : state.swimlanes
      ? state.swimlanes({ ...input, all: events, index: data.index, view, pinned, bandRoom: state.room?.bands })
      : layoutChart(input);
  if (state.rtl && !mirror) throw new Error('the mirror is not loaded: useMirrorLayout() first');
  const drawn = state.rtl ? mirror!(chart) : chart;
  // No arrow leads to a mark that is not drawn.
  const connect = () => state.connect!(drawn.marks.some((mark) => mark.offView) ? { ...drawn, marks: drawn.marks.filter((mark) => !mark.offView) } : drawn);
  return { chart: drawn, orientation, timeRange, connections: state.connect ? connect() : [] };
}

/**
 * The room a chart keeps for `fullView` whatever part of it is shown. Horizontal: the lanes the whole
 * data needs at this width, and the row of clusters if it has clusters; data that clusters seen whole gets
 * `ZOOMED_LANES` lanes (at most `maxLanes`) for the views zoomed in on it. Labels beyond go into piles.
 * Vertical: an axis long enough for the whole data's labels, within `MAX_VERTICAL_LENGTH`.
 */
export function steadyRoom(state: TimelineState, fullView: TimeView): SteadyRoom {
  const whole = (room?: SteadyRoom) => layoutTimeline({ ...state, view: fullView, pinned: [], room }).chart;
  if (chooseOrientation(state.orientation, state.width, state.verticalBelow) === 'vertical') {
    // Longer, a fifth at a time, until every label of the whole data is within a row and a half of its date
    // (none counted in a pile)...
    const crowded = (chart: ChartLayout) =>
      chart.clusters.some((item) => item.kind === 'pile') || chart.marks.some((mark) => mark.leader && Math.abs(mark.leader.y2 - mark.leader.y1) > 1.5 * (state.labelLine?.height || 16));
    // ...or long enough: 60 px an event at most, within MAX_VERTICAL_LENGTH.
    const count = state.data.document.events.length;
    let length = verticalLength(count);
    const longest = Math.min(MAX_VERTICAL_LENGTH, Math.max(length, count * 60));
    while (length < longest && crowded(whole({ length }))) length = Math.min(longest, Math.round(length * 1.2));
    return { length };
  }
  if (state.swimlanes) {
    if (state.data.document.events.length > DETAIL_LIMIT) return { bands: { clustered: true } };
    // The lanes each band needs seen whole (a collapsed one's are measured once it is expanded: none kept).
    const chart = whole();
    const bands = chart.bands ?? [];
    const lanes = new Map<string, number>();
    for (const band of bands) if (!band.collapsed) lanes.set(band.id ?? '', 0);
    for (const mark of chart.marks) {
      // At most DETAIL_LIMIT marks, a few dozen bands: a scan.
      const y = mark.shape.type === 'circle' ? mark.shape.cy : mark.shape.y;
      const band = bands.find((item) => y >= item.y && y < item.y + item.height);
      const key = band?.id ?? '';
      if (band && !band.collapsed) lanes.set(key, Math.max(lanes.get(key) ?? 0, mark.lane + 1));
    }
    return { bands: { clustered: false, lanes } };
  }
  // More events than are ever drawn one by one: the whole is clusters, and no layout is needed to say so.
  if (state.data.document.events.length > DETAIL_LIMIT) return { lanes: Math.min(state.maxLanes, ZOOMED_LANES), clusterRow: true };
  const chart = whole();
  const lanes = Math.max(1, ...chart.marks.map((mark) => mark.lane + 1));
  const clusters = chart.clusters.some((item) => item.kind !== 'pile');
  return {
    lanes: clusters ? Math.min(state.maxLanes, Math.max(lanes, ZOOMED_LANES)) : lanes,
    clusterRow: clusters,
  };
}
