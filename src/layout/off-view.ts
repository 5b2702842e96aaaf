/**
 * Which events the chart may draw in the view, and what stands in for a focused or selected one that the
 * view has left. A point is drawn at the start of its day (or minute): an event of 29 April is in view
 * from the moment the view starts on that day, yet its instant lies before the view. Laid out at that
 * instant, its mark was drawn over the page above a phone's chart (or left of a wide one). It is drawn at
 * the axis's end instead, as a range that began before the view is cut there (markExtent), so that what
 * is in view is all drawn or counted, and nothing is drawn outside the chart. Pure.
 */
import { isPoint } from '../model/date-kind.js';
import type { TimelineEvent } from '../model/types.js';
import type { MarkLayout, Orientation } from './geometry.js';
import type { TimeView } from './view.js';

/**
 * The instant of the event its mark shows within the view, undefined when the event is not in view at
 * all: a point's own instant, or the view's end its day reaches in from; the middle of the part in view of
 * a span (spans are cut at the view's ends). Zooming about this instant keeps the mark in view.
 */
export function shownInstant(event: TimelineEvent, view: TimeView): number | undefined {
  if (event.to < view.start || event.from > view.end) return undefined;
  if (isPoint(event)) return Math.min(Math.max(event.from, view.start), view.end);
  return (Math.max(event.from, view.start) + Math.min(event.to, view.end)) / 2;
}

/** True when the event's mark, drawn in this view, lies within the time axis. */
export function markInView(event: TimelineEvent, view: TimeView): boolean {
  return shownInstant(event, view) !== undefined;
}

/** Where a layout puts an off-view mark: the time axis's two ends, and the line across it (the axis, or a band's floor). */
export interface OffViewPlace {
  orientation: Orientation;
  /** The time range, px: the mark sits at its start when the event is before the view, else at its end. */
  along: readonly [number, number];
  across: number;
  /** The view's start, UTC ms (the domain's first instant). */
  viewStart: number;
}

/**
 * A pinned event outside the view, as a mark with nothing to see: only its node is kept (render/chart.ts
 * draws the focusable option with its name, no shape and no label), so that the keyboard focus stays on
 * it and the arrow keys go on from it. It sits at the end of the axis the view left it by, where a scroll
 * into view or a tooltip would look for it, and takes no lane, row or pile.
 */
export function offViewMark(event: TimelineEvent, place: OffViewPlace): MarkLayout {
  const edge = event.from < place.viewStart ? place.along[0] : place.along[1];
  const [cx, cy] = place.orientation === 'horizontal' ? [edge, place.across] : [place.across, edge];
  return {
    event,
    kind: 'point',
    t0: edge,
    t1: edge,
    lane: 0,
    shape: { type: 'circle', cx, cy, r: 0 },
    label: '',
    labelX: cx,
    labelY: cy,
    labelAnchor: 'start',
    labelVisible: false,
    offView: true,
  };
}

/**
 * The marks in the order of the events given, the off-view ones among those laid out: a mark that keeps its
 * place among the others keeps its node, where one moved to the end of the list would be moved in the page
 * (Lit's repeat), and a moved node loses the keyboard focus.
 */
export function withOffView(events: readonly TimelineEvent[], isOff: (event: TimelineEvent) => boolean, laid: readonly MarkLayout[], place: OffViewPlace): MarkLayout[] {
  let next = 0;
  return events.map((event) => (isOff(event) ? offViewMark(event, place) : laid[next++]));
}
