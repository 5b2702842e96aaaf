/**
 * Binds D3's zoom behaviour (wheel, drag, pinch, double-click) to the chart's SVG. D3 owns only the
 * listeners and the transform; the element keeps the view as its state and Lit draws it.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
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
  /** Of D3's own transitions (double-click), ms: 0 under prefers-reduced-motion. */
  duration: number;
}

export class ZoomController {
  private svg?: SVGSVGElement;
  private behaviour?: ZoomBehavior<SVGSVGElement, unknown>;
  private frame?: ZoomFrame;

  /** `byUser` is false while the element itself moves the view (a property set, a button, a key). */
  constructor(private readonly onZoom: (view: TimeView, byUser: boolean) => void) {}

  /** Binds to `svg` (again, if the SVG was redrawn) with the current frame. */
  attach(svg: SVGSVGElement, frame: ZoomFrame): void {
    this.frame = frame;
    if (svg !== this.svg) {
      this.detach();
      this.svg = svg;
      this.behaviour = zoom<SVGSVGElement, unknown>().on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
        this.onZoom(this.viewOf(event.transform), event.sourceEvent != null),
      );
      select(svg).call(this.behaviour);
    }
    const { width, height, orientation, maxZoom, duration } = frame;
    this.behaviour!
      .duration(duration)
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
    if (this.svg) select(this.svg).on('.zoom', null);
    this.svg = undefined;
    this.behaviour = undefined;
  }

  /** Moves the zoom to show `view`, smoothly over `duration` ms (0: at once). */
  show(view: TimeView, duration: number): void {
    if (!this.svg || !this.behaviour || !this.frame) return;
    const transform = this.transformFor(view);
    const target = select(this.svg);
    if (duration > 0) target.transition().duration(duration).call(this.behaviour.transform, transform);
    else {
      target.interrupt();
      target.call(this.behaviour.transform, transform);
    }
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
