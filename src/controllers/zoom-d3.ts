/**
 * Binds D3's zoom behaviour (wheel, drag, pinch, double-click) to the chart's SVG. D3 owns only the
 * listeners and the transform; the view controller keeps the view as its state and Lit draws it. Bound
 * once per SVG node: later updates only change the frame (sizes, limits), not the listeners. A chunk of
 * its own with d3-zoom and d3-selection, which zoom-binding.ts loads just after the first drawing.
 */
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimeView } from '../layout/view.js';
import { HAIR } from '../layout/zoom-limits.js';
import type { ZoomFrame } from './zoom-binding.js';

export class D3ZoomBinding {
  private svg?: SVGSVGElement;
  private behaviour?: ZoomBehavior<SVGSVGElement, unknown>;
  private frame?: ZoomFrame;
  private animation = 0;
  /** The view `show()` goes to, and its transform: reported as asked once reached, not as rounded through the scale. */
  private target?: { view: TimeView; transform: ZoomTransform };

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
      this.behaviour = zoom<SVGSVGElement, unknown>().on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { transform } = event;
        if (event.sourceEvent != null) this.target = undefined;
        const reached = this.target && ['k', 'x', 'y'].every((key) => transform[key as 'k'] === this.target!.transform[key as 'k']);
        this.onZoom(reached ? this.target!.view : this.viewOf(transform), event.sourceEvent != null);
      });
      // D3 runs no transitions here (see vendor/d3-transition-lite.ts): a double click is animated by show().
      select(svg)
        .call(this.behaviour)
        .on('dblclick.zoom', (event: MouseEvent) => this.zoomAt(event));
    }
    const { width, height, orientation, maxZoom, base } = frame;
    // The extents are the time axis (the base scale's range), not the whole SVG: with the SVG's, the view
    // could run past the data's whole view by the axis's padding over the zoom (part of the width drawn past it).
    const [r0, r1] = base.range();
    const axis: [[number, number], [number, number]] = orientation === 'horizontal' ? [[r0, 0], [r1, height]] : [[0, r0], [width, r1]];
    this.behaviour!
      .duration(0)
      .extent(axis)
      .translateExtent(axis)
      .scaleExtent([1, Math.max(1, maxZoom)])
      .constrain((transform, extent, translateExtent) => constrain(this.snapped(transform), extent, translateExtent))
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
   * and the span geometrically, so that zooming feels even at every scale. Both on the base scale, as
   * drawn: across a squeezed stretch of time the move is as even as elsewhere.
   */
  show(view: TimeView, duration: number): void {
    cancelAnimationFrame(this.animation);
    if (!this.svg || !this.behaviour || !this.frame) return;
    this.target = { view, transform: this.transformFor(view) };
    const apply = (next: TimeView) => select(this.svg!).call(this.behaviour!.transform, next === view ? this.target!.transform : this.transformFor(next));
    const from = this.current();
    if (duration <= 0 || !from) {
      apply(view);
      return;
    }
    const { base } = this.frame;
    const [a0, b0, a1, b1] = [base(from.start), base(from.end), base(view.start), base(view.end)];
    const [c0, c1] = [(a0 + b0) / 2, (a1 + b1) / 2];
    const [s0, s1] = [b0 - a0, b1 - a1];
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / duration);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      const centre = c0 + (c1 - c0) * eased;
      const span = s0 * (s1 / s0) ** eased;
      apply(t < 1 ? { start: base.invert(centre - span / 2), end: base.invert(centre + span / 2) } : view);
      if (t < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  /**
   * A wheel or a pinch zooming out to within a hair of the whole view goes all the way: else a few notches out
   * could stop just short of it, the first or last events cut off. Only zooming out: in, from the whole, a
   * trackpad's small steps would each be undone.
   */
  private snapped(transform: ZoomTransform): ZoomTransform {
    const now = this.svg ? zoomTransform(this.svg) : zoomIdentity;
    return transform.k < now.k && transform.k < 1 / (1 - HAIR) ? zoomIdentity : transform;
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
    // On the base scale, as drawn: the instant under the pointer stays under it.
    const at = ((orientation === 'horizontal' ? x : y) - (orientation === 'horizontal' ? transform.x : transform.y)) / transform.k;
    const [from, to] = [base(view.start), base(view.end)];
    const factor = event.shiftKey ? 2 : 0.5;
    this.onRequest({ start: base.invert(at - (at - from) * factor), end: base.invert(at + (to - at) * factor) });
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

/** D3's own constraint (d3-zoom's defaultConstrain, which it does not export): the extent kept within translateExtent. */
function constrain(transform: ZoomTransform, extent: [[number, number], [number, number]], translateExtent: [[number, number], [number, number]]): ZoomTransform {
  const dx0 = transform.invertX(extent[0][0]) - translateExtent[0][0];
  const dx1 = transform.invertX(extent[1][0]) - translateExtent[1][0];
  const dy0 = transform.invertY(extent[0][1]) - translateExtent[0][1];
  const dy1 = transform.invertY(extent[1][1]) - translateExtent[1][1];
  return transform.translate(
    dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1),
    dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1),
  );
}
