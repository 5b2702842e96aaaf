/**
 * The element's width, followed through a zero-height sizer rather than the host: the host grows as lanes
 * are added, and observing it would report its own redraw back to itself (a ResizeObserver loop).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  /** Whole px; 0 until the sizer has been measured. */
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
    private readonly selector = '.sizer',
  ) {
    host.addController(this);
  }

  /** Moved back into a page: observe again at once, since no update need follow. */
  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    // An element taken out of the page may still update (its data arrives late): observe only while in it.
    if (!this.host.isConnected) return;
    // The sizer may be new: a server's drawing, observed when the element connected, is replaced by its own.
    const sizer = this.host.renderRoot.querySelector(this.selector);
    if (!sizer || sizer === this.observed) return;
    this.observer?.disconnect();
    this.observed = sizer;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(sizer);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
