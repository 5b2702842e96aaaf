/**
 * The overview strip (the `overview` attribute), a chunk of its own loaded the first time a timeline has
 * one: every event's density over the data's whole extent, and the view as a window on it
 * (`part="overview-window"`, a slider). Dragging the window pans, dragging an edge zooms, a press on the
 * strip centres the view there, and the slider's keys move it. It speaks to the chart only through the
 * view controller (its spans and `moveTo`), on a linear scale of its own. Its styles come with it.
 */
import { html, nothing, svg } from 'lit';
import type { ViewController } from './controllers/view.js';
import type { Messages } from './i18n/messages.js';
import { densityBins, panBy, resizeTo, sliderKey, timeAt, windowOf } from './layout/overview.js';
import type { TimeView } from './layout/view.js';
import type { DerivedData } from './model/derive.js';
import { addStyles } from './render/add-styles.js';
import { cssProps } from './render/css-props.js';
import { overviewStyles } from './styles/overview.styles.js';
import { spanInWords } from './time/span-words.js';

/** Slices of the extent the density is counted in; the strip stretches them to its width. */
const BINS = 160;
/** The least width of the window, so that a narrow view can still be seen and taken. */
const MIN_WINDOW = '0.75rem';

export interface OverviewContext {
  /** The element's shadow root, which the overview's styles are added to. */
  root: Node;
  data: DerivedData;
  view: ViewController;
  lang: string;
  m: Messages;
  rtl: boolean;
}

const densities = new WeakMap<DerivedData, { extent: TimeView; rtl: boolean; path: string }>();

/** The density as one SVG path over BINS × 100, the square root of each count so that a spike does not flatten the rest. */
function densityPath(data: DerivedData, extent: TimeView, rtl: boolean): string {
  const cached = densities.get(data);
  if (cached && cached.rtl === rtl && cached.extent.start === extent.start && cached.extent.end === extent.end) return cached.path;
  const counts = densityBins(data.index, extent, BINS);
  let max = 0;
  for (const count of counts) max = Math.max(max, count);
  let path = '';
  counts.forEach((count, i) => {
    if (!count) return;
    // Always at least a sliver, so that one event in a slice shows.
    const height = Math.max(8, Math.sqrt(count / max) * 100);
    path += `M${rtl ? BINS - i - 1 : i},100v${-height.toFixed(1)}h1v${height.toFixed(1)}z`;
  });
  densities.set(data, { extent, rtl, path });
  return path;
}

/** A drag under way: what it moves, where it started, and the view then. */
let drag: { pointer: number; what: 'move' | 'start' | 'end'; x: number; view: TimeView; box: DOMRect } | undefined;

export function renderOverview({ root, data, view, lang, m, rtl }: OverviewContext) {
  const shown = view.shown;
  if (!shown) return nothing;
  addStyles(root, overviewStyles);
  const extent = view.fullView;
  const { from, to } = windowOf(shown, extent);
  const left = rtl ? 1 - to : from;
  const width = to - from;
  const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;
  // The fraction of the extent under the pointer, from the start of time.
  const fractionAt = (x: number, box: DOMRect) => {
    const f = (x - box.left) / box.width;
    return rtl ? 1 - f : f;
  };
  const onDown = (e: PointerEvent) => {
    if (e.button) return;
    const strip = e.currentTarget as HTMLElement;
    const box = strip.getBoundingClientRect();
    const target = e.target as Element;
    const edge = target.closest('[data-edge]')?.getAttribute('data-edge') as 'start' | 'end' | null;
    let start = shown;
    if (!target.closest('.overview-window')) {
      // A press beside the window centres the view there, and the drag goes on from it.
      const at = timeAt(fractionAt(e.clientX, box), extent);
      const half = (shown.end - shown.start) / 2;
      start = { start: at - half, end: at + half };
      view.moveTo(start, 0);
    }
    drag = { pointer: e.pointerId, what: edge ?? 'move', x: e.clientX, view: start, box };
    strip.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  };
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    const { what, box } = drag;
    const moved = ((e.clientX - drag.x) / box.width) * (rtl ? -1 : 1);
    view.moveTo(what === 'move' ? panBy(drag.view, moved, extent) : resizeTo(drag.view, what, fractionAt(e.clientX, box), extent), 0);
  };
  const onUp = (e: PointerEvent) => {
    if (drag?.pointer === e.pointerId) drag = undefined;
  };
  const onKey = (e: KeyboardEvent) => {
    const next = e.altKey || e.ctrlKey || e.metaKey ? undefined : sliderKey(e.key, shown, extent, rtl);
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    view.moveTo(next);
  };
  // The edge on the left is the start of time, or its end right to left.
  const [leftEdge, rightEdge] = rtl ? ['end', 'start'] : ['start', 'end'];
  return html`<div class="overview" part="overview" @pointerdown=${onDown} @pointermove=${onMove} @pointerup=${onUp} @pointercancel=${onUp}>
    <svg class="overview-density" viewBox="0 0 ${BINS} 100" preserveAspectRatio="none" aria-hidden="true">${svg`<path d=${densityPath(data, extent, rtl) || 'M0,100'}></path>`}</svg>
    <div class="overview-window" part="overview-window" role="slider" tabindex="0" aria-label=${m.overview}
      aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(((from + to) / 2) * 100)} aria-valuetext=${spanInWords(shown, lang)}
      @keydown=${onKey}
      ${cssProps({ left: `min(${percent(left)}, calc(100% - ${MIN_WINDOW}))`, width: `max(${percent(width)}, ${MIN_WINDOW})` })}>
      <span class="overview-edge left" data-edge=${leftEdge}></span><span class="overview-edge right" data-edge=${rightEdge}></span>
    </div>
  </div>`;
}
