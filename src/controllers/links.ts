/**
 * Loads the arrows between linked events (links.ts, a chunk of its own) the first time the data has any
 * `related`, with their styles, then asks the element to draw again. Data without links never loads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DerivedData } from '../model/derive.js';

type LinksModule = typeof import('../links.js');

let loaded: LinksModule | undefined;
let loading: Promise<LinksModule> | undefined;

export class LinksController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: Node },
    private readonly data: () => DerivedData | undefined,
  ) {
    host.addController(this);
  }

  /** The module, once loaded; undefined before, or while the data has no links. */
  get module(): LinksModule | undefined {
    return this.data()?.related.size ? loaded : undefined;
  }

  hostUpdate(): void {
    if (!this.data()?.related.size) return;
    // Its styles come with it: each element adds them to its own shadow root once (another may have loaded the chunk).
    if (loaded) return loaded.addLinkStyles(this.host.renderRoot);
    loading ??= import('../links.js');
    void loading.then((module) => {
      loaded = module;
      this.host.requestUpdate();
    });
  }
}
