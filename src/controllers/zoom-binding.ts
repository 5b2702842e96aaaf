/**
 * Binds D3's zoom behaviour (wheel, drag, pinch, double-click) to the chart's SVG. D3 owns only the
 * listeners and the transform; the view controller keeps the view as its state and Lit draws it. Bound
 * once per SVG node: later updates only change the frame (sizes, limits), not the listeners.
 */
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from '../layout/scale.js';
import type { Orientation } from '../layout/geometry.js';
import type { TimeView } from '../layout/view.js';

export interface ZoomFrame {
  /** The scale of the whole data extent, unzoomed, over the chart's time axis. */
  base: TimeScale;
  width: number;
  height: number;
  orientation: Orientation;
  /** How far in the view may zoom: the data extent divided by the narrowest view. */
  maxZoom: number;
  /** Of a smooth move (buttons, keys, double click), ms: 0 under prefers-reduced-motion. */
  duration: number;
}

export class ZoomBinding {
  private svg?: SVGSVGElement;
  private behaviour?: ZoomBehavior<SVGSVGElement, unknown>;
  private frame?: ZoomFrame;
  private animation = 0;

  /**
   * `onZoom`: the view moved; `byUser` is false while the element itself moves it (a property set, a
   * button, a key). `onRequest`: a person asked for a view (a double click) that the element should
   * clamp, show smoothly and report.
   */
  constructor(
    private readonly onZoom: (view: TimeView, byUser: boolean) => void,
    private readonly onRequest: (view: TimeView) => void,
  ) {}

  /** Binds to `svg` (again, if the SVG was redrawn) with the current frame. */
  attach(svg: SVGSVGElement, frame: ZoomFrame): void {
    this.frame = frame;
    if (svg !== this.svg) {
      this.detach();
      this.svg = svg;
      this.behaviour = zoom<SVGSVGElement, unknown>().on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
        this.onZoom(this.viewOf(event.transform), event.sourceEvent != null),
      );
      // D3 runs no transitions here (see vendor/d3-transition-lite.ts): a double click is animated by show().
      select(svg)
        .call(this.behaviour)
        .on('dblclick.zoom', (event: MouseEvent) => this.zoomAt(event));
    }
    const { width, height, orientation, maxZoom } = frame;
    this.behaviour!
      .duration(0)
      .extent([[0, 0], [width, height]])
      .translateExtent([[0, 0], [width, height]])
      .scaleExtent([1, Math.max(1, maxZoom)])
      // A vertical chart sits in a scrolling page: there the wheel scrolls, and only a pinch
      // (which browsers send as a wheel with ctrlKey) zooms.
      .filter((event: Event & { ctrlKey?: boolean; button?: number }) => {
        if (event.type === 'wheel') return orientation === 'horizontal' || Boolean(event.ctrlKey);
        return !event.ctrlKey && !event.button;
      });
  }

  detach(): void {
    cancelAnimationFrame(this.animation);
    if (this.svg) select(this.svg).on('.zoom', null);
    this.svg = undefined;
    this.behaviour = undefined;
  }

  /**
   * Moves the zoom to show `view`, smoothly over `duration` ms (0: at once): the centre moves linearly
   * and the span geometrically, so that zooming feels even at every scale.
   */
  show(view: TimeView, duration: number): void {
    cancelAnimationFrame(this.animation);
    if (!this.svg || !this.behaviour || !this.frame) return;
    const apply = (next: TimeView) => select(this.svg!).call(this.behaviour!.transform, this.transformFor(next));
    const from = this.current();
    if (duration <= 0 || !from) {
      apply(view);
      return;
    }
    const [c0, c1] = [(from.start + from.end) / 2, (view.start + view.end) / 2];
    const [s0, s1] = [from.end - from.start, view.end - view.start];
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / duration);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      const centre = c0 + (c1 - c0) * eased;
      const span = s0 * (s1 / s0) ** eased;
      apply(t < 1 ? { start: centre - span / 2, end: centre + span / 2 } : view);
      if (t < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  /** The view D3's transform shows now. */
  private current(): TimeView | undefined {
    return this.svg && this.frame ? this.viewOf(zoomTransform(this.svg)) : undefined;
  }

  /** A double click zooms in twice as far about the point clicked; with Shift, out. */
  private zoomAt(event: MouseEvent): void {
    const view = this.current();
    if (!view || !this.frame) return;
    event.preventDefault();
    const { base, orientation } = this.frame;
    const [x, y] = pointer(event, this.svg);
    const transform = zoomTransform(this.svg!);
    const at = base.invert(((orientation === 'horizontal' ? x : y) - (orientation === 'horizontal' ? transform.x : transform.y)) / transform.k);
    const factor = event.shiftKey ? 2 : 0.5;
    this.onRequest({ start: at - (at - view.start) * factor, end: at + (view.end - at) * factor });
  }

  private viewOf(transform: ZoomTransform): TimeView {
    const { base, orientation } = this.frame!;
    const shift = orientation === 'horizontal' ? transform.x : transform.y;
    const [r0, r1] = base.range();
    return { start: base.invert((r0 - shift) / transform.k), end: base.invert((r1 - shift) / transform.k) };
  }

  private transformFor(view: TimeView): ZoomTransform {
    const { base, orientation } = this.frame!;
    const [r0, r1] = base.range();
    const k = (r1 - r0) / (base(view.end) - base(view.start));
    const shift = r0 - k * base(view.start);
    return orientation === 'horizontal' ? zoomIdentity.translate(shift, 0).scale(k) : zoomIdentity.translate(0, shift).scale(k);
  }
}
