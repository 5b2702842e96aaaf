/**
 * Which bands of a grouped chart are on screen or near it (layout/band-window.ts draws only theirs): an
 * IntersectionObserver on each band's extent (an empty HTML box as tall as the band, beside its label),
 * whose answer takes in the page's scrolling and any ancestor that clips the chart, with no layout forced
 * in an update. Not on the band's SVG background: WebKitGTK 2.50 gives the observer an SVG rect's box as an
 * empty one at the top of the SVG, so that every band is near while the chart's top is, and none after.
 * A band's key is its group's id ('' for the events with no group), so that a collapse, which moves the
 * bands, keeps what is known. Before the observer has said anything, the bands within a screen and a quarter
 * of the chart's top are taken as near.
 * A chart no taller than two screens is drawn whole.
 * Where there is no IntersectionObserver (a server, an old browser), and printed, every band is drawn.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowBands } from '../layout/band-window.js';
import type { BandLayout, ChartLayout } from '../layout/geometry.js';
import { PrintListeners } from './print-listeners.js';

/** How far beyond the screen a band is drawn, so that a scroll seldom shows one before it is filled. */
const MARGIN = '25% 0px';

const keyOf = (id: string | null | undefined) => id ?? '';

export class BandWindow implements ReactiveController {
  /** The keys of the bands the observer says are near the screen; undefined before it has said. */
  private near?: Set<string>;
  private readonly intersecting = new Set<Element>();
  private observer?: IntersectionObserver;
  private readonly observed = new Set<Element>();
  /** True while everything is drawn: for an export, or printed. */
  private all = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    // Printed, every band is on paper: no observer says which are near.
    this.printing.connect();
  }

  hostDisconnected(): void {
    this.printing.disconnect();
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
    this.intersecting.clear();
    this.near = undefined;
  }

  /** After each update: watch the bands' extents that are new (Lit reuses the others). */
  hostUpdated(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    const extents = this.host.renderRoot.querySelectorAll('.band-extent');
    if (!extents.length && !this.observed.size) return;
    this.observer ??= new IntersectionObserver(this.onChange, { rootMargin: MARGIN });
    for (const extent of extents) {
      if (this.observed.has(extent)) continue;
      this.observed.add(extent);
      this.observer.observe(extent);
    }
    for (const extent of this.observed) {
      if (extent.isConnected) continue;
      this.observer.unobserve(extent);
      this.observed.delete(extent);
      this.intersecting.delete(extent);
    }
    // An extent Lit reused may now be another group's (a parent collapsed): its key is read again.
    if (this.near) this.refresh();
  }

  /** The chart as put in the page: the near bands' marks and clusters, and those of `keep` (ids). */
  drawn(chart: ChartLayout, keep: readonly (string | undefined)[]): ChartLayout {
    const screen = globalThis.innerHeight || 800;
    // A chart of two screens or less is drawn whole: it gains little, and a page that looks at a chart
    // below the fold (a test, a script) finds everything there, as without groups.
    if (this.all || !chart.bands || chart.height <= 2 * screen || typeof IntersectionObserver === 'undefined') return chart;
    const near = this.near;
    const guess = 1.25 * screen;
    const shown = near ? (band: BandLayout) => near.has(keyOf(band.id)) : (band: BandLayout) => band.y < guess;
    return windowBands(chart, shown, new Set(keep));
  }

  /** Runs `read` with every band drawn (`update` draws at once), then goes back to drawing the near ones. */
  whole<T>(update: () => void, read: () => T): T {
    this.all = true;
    this.host.requestUpdate();
    update();
    try {
      return read();
    } finally {
      this.all = false;
      this.host.requestUpdate();
    }
  }

  private beforePrint = (): void => {
    this.all = true;
    this.host.requestUpdate();
  };

  private afterPrint = (): void => {
    this.all = false;
    this.host.requestUpdate();
  };

  private readonly printing = new PrintListeners(this.beforePrint, this.afterPrint);

  private onChange = (entries: IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      if (entry.isIntersecting) this.intersecting.add(entry.target);
      else this.intersecting.delete(entry.target);
    }
    this.refresh();
  };

  private refresh(): void {
    const near = new Set([...this.intersecting].map((extent) => keyOf(extent.getAttribute('data-group'))));
    const same = this.near && near.size === this.near.size && [...near].every((key) => this.near!.has(key));
    if (same) return;
    this.near = near;
    this.host.requestUpdate();
  }
}
