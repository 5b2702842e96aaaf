/**
 * A module the element loads the first time it is needed (the details panel, say): most readers of a
 * page never open one, so its code stays out of the main bundle. Until it has come, asking for it gives
 * undefined and starts the load; when it comes, the element draws again. `pending` lets the element's
 * updateComplete wait for it, so that what a page awaits is drawn.
 */
import type { ReactiveControllerHost } from 'lit';

export class LazyModule<Module> {
  private module?: Module;
  private loading?: Promise<unknown>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<Module>,
  ) {}

  /** The module, or undefined while it loads (the first call starts the load). */
  get(): Module | undefined {
    this.loading ??= this.load().then((module) => {
      this.module = module;
      this.host.requestUpdate();
    });
    return this.module;
  }

  /** The load under way, if the module was asked for and has not come yet. */
  get pending(): Promise<unknown> | undefined {
    return this.module ? undefined : this.loading;
  }
}
