/**
 * The visible span of time and how it moves: zoom about a point, pan to keep an event in sight, stay
 * within sensible limits. Pure: UTC milliseconds in, UTC milliseconds out.
 */

import { precisionUnit } from '../model/precision.js';
import type { Precision, TimeSpan } from '../model/types.js';

/** The visible span: first and last visible instant, UTC ms. */
export type TimeView = TimeSpan;

const HOUR = 3_600_000;

/** Zoomed in, the view shows at least a few hours; zoomed out, never more than the data and its margin. */
export const MIN_VIEW_SPAN = 3 * HOUR;

/**
 * The narrowest view for data of this precision: three of its units (three days for dates known to the
 * day, so that a day never fills the chart under clock ticks), and never less than MIN_VIEW_SPAN.
 */
export function minViewSpan(finest: Precision): number {
  return Math.max(MIN_VIEW_SPAN, 3 * precisionUnit(finest));
}

export function viewSpan(view: TimeView): number {
  return view.end - view.start;
}

/** The view moved and resized into the limits: no wider than `extent`, no narrower than `minSpan`, inside `extent`. */
export function clampView(view: TimeView, extent: TimeView, minSpan = MIN_VIEW_SPAN): TimeView {
  const full = viewSpan(extent);
  const span = Math.min(full, Math.max(minSpan, viewSpan(view)));
  const centre = (view.start + view.end) / 2;
  let start = centre - span / 2;
  start = Math.min(Math.max(start, extent.start), extent.end - span);
  return { start, end: start + span };
}

/** Zooms by `factor` (2 shows half as much time) keeping the instant `about` where it is on screen. */
export function zoomView(view: TimeView, factor: number, about = (view.start + view.end) / 2): TimeView {
  return { start: about - (about - view.start) / factor, end: about + (view.end - about) / factor };
}

/** The view panned (not zoomed) just enough to show `from`..`to`, with a margin of `marginRatio` of the view. */
export function panToInclude(view: TimeView, from: number, to: number, marginRatio = 0.08): TimeView {
  const span = viewSpan(view);
  const margin = span * marginRatio;
  if (to - from > span - 2 * margin) {
    // Wider than the view: show its start.
    return { start: from - margin, end: from - margin + span };
  }
  if (from < view.start + margin) return { start: from - margin, end: from - margin + span };
  if (to > view.end - margin) return { start: to + margin - span, end: to + margin };
  return view;
}

/** True when the span `from`..`to` shows at least partly in the view. */
export function intersects(view: TimeView, from: number, to: number): boolean {
  return to >= view.start && from <= view.end;
}

export function sameView(a: TimeView, b: TimeView, tolerance = 1): boolean {
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance;
}
