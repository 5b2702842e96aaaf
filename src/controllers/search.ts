/**
 * The search field (`search` attribute): loads search.ts, a chunk of its own, the first time a timeline has
 * one, and hands it the data shown; `/` anywhere in the timeline but a text field goes to the field.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { DerivedData } from '../model/derive.js';
import type { Search } from '../search.js';
import type { FocusController } from './focus.js';
import { LazyModule } from './lazy-module.js';
import type { LocaleController } from './locale.js';

export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  search: boolean;
  readonly renderRoot: ParentNode;
}

export class SearchController implements ReactiveController {
  private search?: Search;
  private readonly module = new LazyModule(this.host, () => import('../search.js'));

  constructor(
    private readonly host: SearchHost,
    private readonly data: () => DerivedData | undefined,
    private readonly focus: FocusController,
    private readonly locale: LocaleController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onHostKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onHostKeyDown);
    this.search?.stop();
  }

  hostUpdate(): void {
    if (!this.host.search) return;
    const loaded = this.module.get();
    if (!loaded) return;
    this.search ??= new loaded.Search(this.host, this.data, this.focus, this.locale);
    this.search.update();
  }

  /** The search chunk's load under way, for the element's updateComplete to wait for. */
  get pending(): Promise<unknown> | undefined {
    return this.host.search ? this.module.pending : undefined;
  }

  /** While a query is typed, what the chart needs to highlight the matches and dim the rest. */
  get look(): Search | undefined {
    return this.host.search && this.search?.active ? this.search : undefined;
  }

  render(m: Messages) {
    return this.host.search ? this.search?.render(m) : undefined;
  }

  /** `/` from anywhere in the timeline but a text field goes to the field (once there is one). */
  private onHostKeyDown = (e: KeyboardEvent): void => {
    if (this.host.search) this.search?.onSlash(e);
  };
}
