/**
 * The overview strip (the `overview` attribute): how many events fall in each slice of the data's whole
 * extent, where the view sits in it, and how the slider's keys and a drag move the view. Its own linear
 * scale over the whole extent, whatever scale the chart draws with. Positions are fractions of the strip,
 * 0 at the start of time (the left, or the right in a right-to-left page). Pure: UTC ms and fractions.
 */
import type { EventIndex } from '../model/event-index.js';
import type { TimeView } from './view.js';

/**
 * How many events touch each of `bins` equal slices of `extent`: an event counts in every slice its span
 * covers, so a long range fills the stretch it lasts. O(events + slices they cover).
 */
export function densityBins({ froms, tos }: Pick<EventIndex, 'froms' | 'tos'>, extent: TimeView, bins: number): Uint32Array {
  const counts = new Uint32Array(bins);
  const width = (extent.end - extent.start) / bins;
  if (!(width > 0)) return counts;
  const slice = (t: number) => Math.min(bins - 1, Math.max(0, Math.floor((t - extent.start) / width)));
  for (let i = 0; i < froms.length; i++) {
    const last = slice(tos[i] > froms[i] ? tos[i] - 1 : froms[i]);
    for (let bin = slice(froms[i]); bin <= last; bin++) counts[bin]++;
  }
  return counts;
}

/** The view's place in the strip: fractions of its length, kept within 0..1. */
export function windowOf(view: TimeView, extent: TimeView): { from: number; to: number } {
  const span = extent.end - extent.start;
  const at = (t: number) => Math.min(1, Math.max(0, (t - extent.start) / span));
  return { from: at(view.start), to: at(view.end) };
}

/** The instant at a fraction of the strip. */
export function timeAt(fraction: number, extent: TimeView): number {
  return extent.start + fraction * (extent.end - extent.start);
}

/** The view moved by `by` of the strip's length (negative: earlier), its span kept. */
export function panBy(view: TimeView, by: number, extent: TimeView): TimeView {
  const shift = by * (extent.end - extent.start);
  return { start: view.start + shift, end: view.end + shift };
}

/** The view with one edge (`start` or `end`) dragged to a fraction of the strip; the other edge stays. */
export function resizeTo(view: TimeView, edge: 'start' | 'end', fraction: number, extent: TimeView): TimeView {
  const t = timeAt(Math.min(1, Math.max(0, fraction)), extent);
  return edge === 'start' ? { start: Math.min(t, view.end), end: view.end } : { start: view.start, end: Math.max(t, view.start) };
}

/**
 * What a slider key does to the view: arrows move it a tenth of its span (mirrored right to left, where
 * time runs leftward), Page Up and Page Down a whole span, Home and End to the start and end of the data.
 * Undefined for any other key.
 */
export function sliderKey(key: string, view: TimeView, extent: TimeView, rtl = false): TimeView | undefined {
  const span = view.end - view.start;
  const step = (by: number) => ({ start: view.start + by, end: view.end + by });
  const sideways = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowRight':
      return step(sideways * span * 0.1);
    case 'ArrowLeft':
      return step(-sideways * span * 0.1);
    case 'ArrowUp':
      return step(span * 0.1);
    case 'ArrowDown':
      return step(-span * 0.1);
    case 'PageUp':
      return step(span);
    case 'PageDown':
      return step(-span);
    case 'Home':
      return { start: extent.start, end: extent.start + span };
    case 'End':
      return { start: extent.end - span, end: extent.end };
    default:
      return undefined;
  }
}
