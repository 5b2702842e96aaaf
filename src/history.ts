/**
 * Deep links (`history="hash"`), a chunk of its own loaded by controllers/history.ts: the selected event
 * (in story mode, the card's) is kept in the address's fragment under the element's `id`
 * (`#tl1=arrest-minsk`, see model/fragment.ts), in the element's own window, so that it works in an
 * iframe too. A person's selection adds an entry to the history; Back and Forward select again what each
 * entry names. Before the data has come, what the address asks for waits for it.
 */
import type { ReactiveControllerHost } from 'lit';
import { eventById, type DerivedData } from './model/derive.js';
import { fragmentPart, withFragmentPart } from './model/fragment.js';
import type { TimelineEvent } from './model/types.js';

export interface HistoryHost extends ReactiveControllerHost, HTMLElement {
  history?: 'hash';
  selected?: string;
}

export interface HistoryOptions {
  data: () => DerivedData | undefined;
  /** Selects an event (undefined: none) as a person would: said, and told to the page. */
  select: (id: string | undefined) => void;
  /** Brings an event into view: the one an address opens on, or Back returns to. */
  reveal: (event: TimelineEvent) => void;
}

/** The key of a timeline with no `id`. */
const DEFAULT_KEY = 'timeline';

export class HashHistory {
  /** What the address asks for, until there is data to find it in; `first`: the address the page opened on. */
  private wanted?: { id: string | undefined; first: boolean };
  /** The next write replaces the current entry: the first one, and the removal of an id no event has. */
  private replaceNext = true;
  private win?: Window;

  constructor(
    private readonly host: HistoryHost,
    private readonly options: HistoryOptions,
  ) {}

  private get key(): string {
    return this.host.id || DEFAULT_KEY;
  }

  connect(): void {
    const win = (this.win = this.host.ownerDocument.defaultView ?? undefined);
    if (!win) return;
    win.addEventListener('popstate', this.onNavigate);
    win.addEventListener('hashchange', this.onNavigate);
    this.replaceNext = true;
    // An address without the timeline's part says nothing about it: the element's own selection stays.
    const id = fragmentPart(win.location.hash, this.key);
    this.wanted = id === undefined ? undefined : { id, first: true };
    this.host.requestUpdate();
  }

  disconnect(): void {
    this.win?.removeEventListener('popstate', this.onNavigate);
    this.win?.removeEventListener('hashchange', this.onNavigate);
    this.win = undefined;
  }

  /** Back, Forward, or an address typed or followed: its part, or none, is what to select. */
  private onNavigate = (): void => {
    if (!this.win) return;
    this.wanted = { id: fragmentPart(this.win.location.hash, this.key), first: false };
    this.host.requestUpdate();
  };

  /** After each update: select what the address asks for, else write the selection into the address. */
  updated(): void {
    const win = this.win;
    const data = this.options.data();
    if (!win || (this.wanted && !data)) return;
    if (this.wanted) {
      const { id, first } = this.wanted;
      this.wanted = undefined;
      const event = eventById(data, id);
      const changed = event?.id !== this.host.selected;
      if (changed) this.options.select(event?.id);
      if (event && (changed || first)) this.options.reveal(event);
      // An id no event has is taken out of the address, without an entry of its own.
      if (id !== undefined && !event) this.replaceNext = true;
    }
    const { location, history } = win;
    if (fragmentPart(location.hash, this.key) === this.host.selected) {
      this.replaceNext = false;
      return;
    }
    const url = `${location.pathname}${location.search}${withFragmentPart(location.hash, this.key, this.host.selected)}`;
    // The page's own state goes with the entry, for a router that keeps its own there.
    if (this.replaceNext) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
    this.replaceNext = false;
  }
}
