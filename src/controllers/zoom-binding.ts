/**
 * The chart's zoom and pan (wheel, drag, pinch, double-click, and the element's own smooth moves), with
 * D3's zoom behaviour loaded on demand: d3-zoom and d3-selection are a sixth of the element's code, and a
 * chart is drawn and read before anyone zooms it. The first `attach` starts the load; until it has come, a
 * move asked of the chart is made at once, without animation, and the chart is bound as soon as it comes.
 */
import type { Orientation } from '../layout/geometry.js';
import type { TimeScale } from '../layout/scale.js';
import type { TimeView } from '../layout/view.js';
import type { D3ZoomBinding } from './zoom-d3.js';

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
  private bound?: D3ZoomBinding;
  private loading?: Promise<void>;
  /** The chart to bind once D3 has come, and the last view shown meanwhile. */
  private waiting?: { svg: SVGSVGElement; frame: ZoomFrame; view?: TimeView };

  /**
   * `onZoom`: the view moved; `byUser` is false while the element itself moves it (a property set, a
   * button, a key). `onRequest`: a person asked for a view (a double click) that the element should
   * clamp, show smoothly and report.
   */
  constructor(
    private readonly onZoom: (view: TimeView, byUser: boolean) => void,
    private readonly onRequest: (view: TimeView) => void,
  ) {}

  /** The load of D3's zoom, while it is under way: the element's updateComplete waits for it. */
  get pending(): Promise<void> | undefined {
    return this.bound ? undefined : this.loading;
  }

  /** Binds to `svg` (again, if the SVG was redrawn) with the current frame. */
  attach(svg: SVGSVGElement, frame: ZoomFrame): void {
    if (this.bound) return this.bound.attach(svg, frame);
    this.waiting = { ...this.waiting, svg, frame };
    this.loading ??= import('./zoom-d3.js').then(({ D3ZoomBinding }) => {
      this.bound = new D3ZoomBinding(this.onZoom, this.onRequest);
      const waiting = this.waiting;
      this.waiting = undefined;
      if (!waiting?.svg.isConnected) return;
      this.bound.attach(waiting.svg, waiting.frame);
      // D3's transform starts at the whole data: it is brought to what is shown (no move, no event).
      if (waiting.view) this.bound.show(waiting.view, 0);
    });
  }

  detach(): void {
    this.waiting = undefined;
    this.bound?.detach();
  }

  /** Moves to show `view`, smoothly over `duration` ms (0: at once); at once while D3 is still loading. */
  show(view: TimeView, duration: number): void {
    if (this.bound) return this.bound.show(view, duration);
    if (!this.waiting) return;
    this.waiting.view = view;
    this.onZoom(view, false);
  }
}
