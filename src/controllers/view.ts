/**
 * The view: which span of time is shown. It holds the view a page asked for and the one drawn (they
 * differ while a zoom is under way), moves it (zoom steps, fit, opening a cluster), binds d3-zoom to the
 * chart, tells the page what a person chose (throttled), shows everything for print, and lays out what
 * is drawn for the view it holds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import type { Cluster } from '../layout/detail.js';
import { NO_WARP, warpedScale, type TimeWarp } from '../layout/squeeze.js';
import { chooseOrientation, hasMirrorLayout, hasVerticalLayout, layoutTimeline, steadyRoom, useMirrorLayout, useVerticalLayout, type SteadyRoom, type TimelineLayout, type TimelineState } from '../layout/timeline-layout.js';
import { squeezeFor, wholeView, type SqueezeBasis } from '../layout/whole-view.js';
import { MIN_VIEW_SPAN, clampView, minViewSpan, sameView, viewSpan, type TimeView } from '../layout/view.js';
import { showsWhole, zoomWithin } from '../layout/zoom-limits.js';
import type { DerivedData } from '../model/derive.js';
import { countOverlapping, prepareOverlaps } from '../model/interval-index.js';
import { viewInWords } from '../time/words.js';
import { ZoomBinding } from './zoom-binding.js';
import { PrintListeners } from './print-listeners.js';
import { whenIdle } from '../idle.js';

const TRANSITION_MS = 250;
const VIEW_EVENT_INTERVAL_MS = 150;
/** How long the view must rest before slower followers (the screen-reader list) catch up, ms. */
const SETTLE_MS = 300;

export interface ViewControllerOptions {
  data: () => DerivedData | undefined;
  /** What layout needs besides the data, the view and what this controller keeps (the squeeze, the room). */
  state: () => Omit<TimelineState, 'data' | 'view' | 'warp' | 'room'>;
  /** True for a linear time axis: no empty stretch squeezed. */
  linear: () => boolean;
  /** Says something to a screen reader: where a person moved the view, and how many events are there. */
  announce: (text: string) => void;
}

export class ViewController implements ReactiveController {
  /** What is drawn now, UTC ms: the view while a zoom is under way. */
  shown?: TimeView;
  /** The view once it has rested: what slower followers show. */
  settled?: TimeView;
  /** All of the data, with a margin: the widest view. */
  fullView: TimeView = { start: 0, end: 1 };
  /** The narrowest view: a few units of the data's finest precision (see minViewSpan). */
  minSpan = MIN_VIEW_SPAN;
  /** The layout of what is drawn; undefined until there are data and a width. */
  layout?: TimelineLayout;
  /** Long empty stretches of the data squeezed: every view is drawn, zoomed and panned linearly in warped time. */
  warp: TimeWarp = NO_WARP;
  private squeeze?: SqueezeBasis;
  /** The vertical layout on its way, the first time the chart is narrow (it is in a file of its own). */
  loading?: Promise<void>;
  private verticalFailed = false;
  private mirrorFailed = false;

  /** The view a page asked for, applied once there is data to show. */
  private requested?: TimeView;
  private requestPending = false;
  private seen?: DerivedData;
  private seenLinear = false;
  /** The room kept while the view moves, and what it was measured for. */
  private room?: { key: string; room: SteadyRoom };
  private pendingZoom?: { view: TimeView; duration: number };
  private readonly binding = new ZoomBinding(
    (view, byUser) => this.onZoom(view, byUser),
    (view) => this.moveTo(view),
  );
  private lastReport = 0;
  private reportTimer?: ReturnType<typeof setTimeout>;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private beforePrintView?: TimeView;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly options: ViewControllerOptions,
  ) {
    host.addController(this);
  }

  /** The view shown, or the one asked for before there was data. */
  get view(): TimeView | undefined {
    return this.shown ?? this.requested;
  }

  /** D3's zoom, loading just after the first drawing (see zoom-binding.ts). */
  get zoomLoading(): Promise<void> | undefined {
    return this.binding.pending;
  }

  /** A page asks for a view (undefined: none in particular). */
  request(view: TimeView | undefined): void {
    this.requested = view;
    this.requestPending = true;
  }

  get canZoomIn(): boolean {
    return !!this.shown && viewSpan(this.shown) > this.minSpan * 1.01;
  }

  /**
   * Whether any of the whole view is not shown. Not by span: on a squeezed axis a view that leaves the first
   * days of the data out can span 99.7 % of the whole time (la-riots.csv), and "Show all" was disabled.
   */
  get canZoomOut(): boolean {
    return !!this.shown && !showsWhole(this.shown, this.fullView, this.warp);
  }

  hostConnected(): void {
    this.printing.connect();
  }

  hostDisconnected(): void {
    this.printing.disconnect();
    this.binding.detach();
    clearTimeout(this.reportTimer);
    clearTimeout(this.settleTimer);
  }

  hostUpdate(): void {
    const data = this.options.data();
    const linear = this.options.linear();
    // A filter (data.all) keeps the view, the squeeze and the widest view of the whole data: the chart does not jump.
    const whole = data?.all ?? data;
    if (whole && (whole !== this.seen || linear !== this.seenLinear)) {
      // New data shows what was asked for, else all of it. A change to the data shown (addEvents, a
      // streamed batch) or to the axis keeps a view a person chose; one that showed all still does.
      const fresh = whole !== this.seen && whole.lineage !== this.seen?.lineage;
      const showingAll = this.shown && sameView(this.shown, this.fullView);
      this.seen = whole;
      this.seenLinear = linear;
      this.minSpan = minViewSpan(whole.finest);
      // A change to the data keeps the squeeze when it cannot alter it: the axis holds still.
      this.squeeze = squeezeFor(whole, linear, fresh ? undefined : this.squeeze);
      ({ warp: this.warp, view: this.fullView } = wholeView(whole, linear, this.squeeze.warp));
      this.room = undefined;
      this.shown = this.clamp((fresh ? this.requested : showingAll ? this.fullView : this.shown) ?? this.fullView);
      this.settled = this.shown;
      this.pendingZoom = { view: this.shown, duration: 0 };
      // Only for the data still shown then: a large read or a stream hands over new data run after run. Held
      // weakly: a large read's earlier data sets hold tens of megabytes each, and idle may come only at its end.
      const shownThen = new WeakRef(whole);
      whenIdle(() => {
        const data = shownThen.deref();
        if (data && this.seen === data) prepareOverlaps(data.index);
      });
    } else if (this.requestPending && data && this.requested) {
      const target = this.clamp(this.requested);
      this.requested = undefined;
      if (!this.shown || !sameView(target, this.shown)) {
        const duration = this.transitionMs();
        // Without a transition the new view is drawn in this very update; D3's transform follows after.
        if (duration === 0) this.shown = target;
        this.pendingZoom = { view: target, duration };
      }
    }
    this.requestPending = false;
    const state = { ...this.options.state(), warp: this.warp };
    // Narrow, or right to left, before the vertical layout or the mirror has come: nothing drawn yet. If
    // either cannot come, horizontal or left to right.
    if (this.verticalFailed) state.orientation = 'horizontal';
    if (this.mirrorFailed) state.rtl = false;
    const needsVertical = chooseOrientation(state.orientation, state.width, state.verticalBelow) === 'vertical' && !hasVerticalLayout();
    const needsMirror = state.rtl && !hasMirrorLayout();
    if (needsVertical || needsMirror) {
      this.loading ??= Promise.all([
        needsVertical && import('../layout/vertical-layout.js').then(({ layoutVertical }) => useVerticalLayout(layoutVertical), () => void (this.verticalFailed = true)),
        needsMirror && import('../layout/mirror.js').then(({ mirrorLayout }) => useMirrorLayout(mirrorLayout), () => void (this.mirrorFailed = true)),
      ]).then(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
      this.layout = undefined;
      return;
    }
    this.layout = data && this.shown && state.width > 0 ? layoutTimeline({ ...state, data, view: this.shown, room: this.roomFor(data, state) }) : undefined;
  }

  /** The room the chart keeps while the view moves: measured again only for new data, width, orientation, words or lanes. */
  private roomFor(data: DerivedData, state: Omit<TimelineState, 'data' | 'view'>): SteadyRoom | undefined {
    const orientation = chooseOrientation(state.orientation, state.width, state.verticalBelow);
    // Grouped or not: the groups' code loads after the first drawing, and a grouped chart keeps its room by band.
    const key = [orientation, state.width, state.lang, state.maxLanes, state.labelLine?.height, this.seenLinear, !!state.swimlanes].join('|');
    if (this.room?.key !== key) this.room = { key, room: steadyRoom({ ...state, data, view: this.fullView, pinned: [] }, this.fullView) };
    return this.room.room;
  }

  hostUpdated(): void {
    const svg = this.host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    if (!svg || !this.layout) return;
    const { chart, orientation, timeRange } = this.layout;
    this.binding.attach(svg, {
      base: warpedScale(this.warp, [this.fullView.start, this.fullView.end], timeRange),
      width: chart.width,
      height: chart.height,
      orientation,
      maxZoom: (this.warp.warp(this.fullView.end) - this.warp.warp(this.fullView.start)) / this.minSpan,
      duration: this.transitionMs(),
    });
    if (this.pendingZoom) {
      const { view, duration } = this.pendingZoom;
      this.pendingZoom = undefined;
      this.binding.show(view, duration);
    }
  }

  /** Moves smoothly to `target` (kept within the data) and tells the page; `duration` 0 moves at once (a drag). */
  moveTo(target: TimeView, duration = this.transitionMs()): void {
    const view = this.clamp(target);
    if (this.shown && sameView(view, this.shown)) return;
    this.binding.show(view, duration);
    this.report(view);
  }

  /** Zooms by `factor` (2 shows half as much time) about the instant `about`, else the middle. */
  zoomBy(factor: number, about?: number): void {
    // At the narrowest view, zooming in does nothing: no move, no report, no redraw.
    if (!this.shown || (factor > 1 && !this.canZoomIn)) return;
    // In warped time, as the chart is drawn: the instant `about` stays where it is on screen, up to the limits.
    this.moveTo(zoomWithin(this.shown, factor, about, this.fullView, this.warp, this.minSpan));
  }

  fit(): void {
    this.moveTo(this.fullView);
  }

  /** Zooms to where a cluster's events start, where it splits into smaller clusters or single events. */
  openCluster(cluster: Cluster): void {
    const pad = Math.max((cluster.lastStart - cluster.firstStart) * 0.05, this.minSpan / 2);
    this.moveTo({ start: cluster.firstStart - pad, end: cluster.lastStart + pad });
  }

  private clamp(view: TimeView): TimeView {
    return clampView(view, this.fullView, this.minSpan);
  }

  private transitionMs(): number {
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : TRANSITION_MS;
  }

  private onZoom(view: TimeView, byUser: boolean): void {
    if (this.shown && sameView(view, this.shown)) return;
    this.shown = view;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settled = this.shown;
      this.host.requestUpdate();
    }, SETTLE_MS);
    this.host.requestUpdate();
    if (byUser) this.report(view);
  }

  /** Tells the page the view a person chose: at most every VIEW_EVENT_INTERVAL_MS, and once more at the end. */
  private report(view: TimeView): void {
    clearTimeout(this.reportTimer);
    // The view asked for: a smooth move reports where it goes, not where it is in its first frame.
    const send = () => {
      this.lastReport = performance.now();
      emit(this.host, 'timeline-view-change', { start: new Date(view.start), end: new Date(view.end) });
      const data = this.options.data();
      if (!data) return;
      // At the data's precision: a few hours of data in minutes say their times, of data in days the day.
      this.options.announce(viewInWords(view, countOverlapping(data.index, view), this.options.state().lang, data.finest));
    };
    const wait = VIEW_EVENT_INTERVAL_MS - (performance.now() - this.lastReport);
    if (wait <= 0) send();
    else this.reportTimer = setTimeout(send, wait);
  }

  /** Printed, the timeline shows all of its data; the view comes back after. */
  private beforePrint = (): void => {
    if (!this.shown || !this.options.data()) return;
    this.beforePrintView = this.shown;
    this.binding.show(this.fullView, 0);
    this.shown = this.fullView;
    this.host.requestUpdate();
  };

  private afterPrint = (): void => {
    if (this.beforePrintView) this.binding.show(this.beforePrintView, 0);
    this.beforePrintView = undefined;
  };

  private readonly printing = new PrintListeners(this.beforePrint, this.afterPrint);
}
