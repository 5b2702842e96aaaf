/**
 * What an element needs to be rendered on a server with Lit's SSR and to take over in the browser.
 *
 * On the server, @lit-labs/ssr calls willUpdate and render, never the reactive controllers' hooks (the
 * element does their part in willUpdate there), and there is no page to measure: the element lays itself
 * out at `server-width`. In the browser, the page
 * already shows that drawing (declarative shadow DOM). The element keeps it showing (LitElement's
 * attachShadow would empty it at once), lays itself out at the same width once the words of its language
 * are here, and then replaces it with its own drawing in one synchronous step, before the browser paints
 * again: the reader never sees an empty or English timeline. It draws anew rather than hydrating: Lit's
 * hydration would keep the server's attribute values wherever the browser measured a label differently,
 * and later renders would not correct them.
 */
import { LitElement, adoptStyles, isServer, type PropertyValues, type ReactiveController } from 'lit';

/** @ignore Not an element of its own: the base of `<event-timeline>`. */
export abstract class ServerDrawnElement extends LitElement {
  /** True while the shadow root shows what a server drew, before the first update draws it again. */
  private serverDrawn = false;

  /** The controllers whose hostUpdate a server runs in willUpdate, in order: it never calls their hooks. */
  protected abstract serverControllers(): ReactiveController[];
  /** Lays out at the element's `server-width` until it has measured itself. */
  protected abstract keepServerWidth(): void;
  /** Resolves once what the element needs to draw is here (its words, its data); undefined when it is. */
  protected abstract readyToDraw(): Promise<unknown> | undefined;

  /** `isServer` is false in the browser's build of Lit: the bundle has none of this. */
  protected override willUpdate(changed: PropertyValues): void {
    if (isServer) {
      this.keepServerWidth();
      for (const controller of this.serverControllers()) controller.hostUpdate?.();
    }
    super.willUpdate(changed);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const drawn = this.shadowRoot;
    if (!drawn) return super.createRenderRoot();
    this.serverDrawn = true;
    this.keepServerWidth();
    adoptStyles(drawn, (this.constructor as typeof LitElement).elementStyles);
    return drawn;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = this.serverDrawn ? this.readyToDraw() : undefined;
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    if (this.serverDrawn) {
      this.serverDrawn = false;
      this.shadowRoot!.replaceChildren();
    }
    super.update(changed);
  }
}
