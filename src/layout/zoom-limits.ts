/**
 * The zoom's limits as a person sees them: a zoom step keeps the instant it is about where it is on screen
 * up to the narrowest view (and does nothing there), and a view counts as showing everything only when it
 * shows all of the whole view, not merely as much time. Both in warped time, as the chart is drawn: across a
 * squeezed stretch a day of real time is a few pixels, so spans in real time say little about the screen.
 * Pure: UTC milliseconds in, UTC milliseconds out.
 */
import type { TimeWarp } from './squeeze.js';
import { panToInclude, viewSpan, zoomView, type TimeView } from './view.js';

/**
 * How much of the whole view's drawn length may be left out and the view still count as all of it: a few
 * pixels of a wide chart. A wheel or a pinch that zooms out to within it shows the whole view.
 */
export const HAIR = 0.003;

const warpedView = ({ warp }: TimeWarp, view: TimeView): TimeView => ({ start: warp(view.start), end: warp(view.end) });
const unwarpedView = ({ unwarp }: TimeWarp, view: TimeView): TimeView => ({ start: unwarp(view.start), end: unwarp(view.end) });

/** True when `view` shows all of `whole` as drawn, give or take a hair at either end. */
export function showsWhole(view: TimeView, whole: TimeView, warp: TimeWarp, hair = HAIR): boolean {
  const [shown, all] = [warpedView(warp, view), warpedView(warp, whole)];
  const slack = viewSpan(all) * hair;
  return shown.start <= all.start + slack && shown.end >= all.end - slack;
}

/**
 * `view` zoomed by `factor` (2 shows half as much) about the instant `about` (else the middle), in warped
 * time. Zooming in stops at `minSpan` of real time with `about` still where it was: the step is cut short,
 * not widened again about its middle, which moved the focused event across the chart. Already there, the
 * view is returned as it is. Zooming out stays within `whole`, and within a hair of it is all of it.
 */
export function zoomWithin(view: TimeView, factor: number, about: number | undefined, whole: TimeView, warp: TimeWarp, minSpan: number): TimeView {
  const warped = warpedView(warp, view);
  const at = about === undefined ? (warped.start + warped.end) / 2 : warp.warp(about);
  const zoomed = (by: number) => unwarpedView(warp, zoomView(warped, by, at));
  if (factor > 1) {
    if (viewSpan(view) <= minSpan) return view;
    if (viewSpan(zoomed(factor)) >= minSpan) return zoomed(factor);
    // The real span shrinks as the factor grows (warped time is monotone): the factor that leaves minSpan,
    // from the side that leaves at least minSpan, so that no later clamp widens it about its middle.
    let [lo, hi] = [1, factor];
    for (let i = 0; i < 60 && hi - lo > 1e-12; i++) {
      const mid = (lo + hi) / 2;
      if (viewSpan(zoomed(mid)) >= minSpan) lo = mid;
      else hi = mid;
    }
    return zoomed(lo);
  }
  return keepWithin(zoomView(warped, factor, at), warpedView(warp, whole), warp, whole);
}

/** A warped view no wider than the whole (`all`, warped) and shifted inside it, back in real time; near the whole, the whole. */
function keepWithin(view: TimeView, all: TimeView, warp: TimeWarp, whole: TimeView): TimeView {
  const span = Math.min(viewSpan(view), viewSpan(all));
  const start = Math.min(Math.max(view.start, all.start), all.end - span);
  const kept = unwarpedView(warp, { start, end: start + span });
  return showsWhole(kept, whole, warp) ? { ...whole } : kept;
}

/**
 * The view panned just enough to show `from`..`to`, as panToInclude, in warped time: across a squeezed
 * stretch a view's width on screen is its width in warped time. Reckoned in time, a view panned to the last
 * event of la-riots.csv (after a squeezed year) began in that stretch: the event at the chart's left edge,
 * the rest of the chart empty. Kept within the whole view, as a zoom is.
 */
export function panToIncludeWarped(view: TimeView, from: number, to: number, warp: TimeWarp, whole: TimeView): TimeView {
  const shown = warpedView(warp, view);
  const panned = panToInclude(shown, warp.warp(from), warp.warp(to));
  return panned === shown ? view : keepWithin(panned, warpedView(warp, whole), warp, whole);
}
