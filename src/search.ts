/**
 * Search (the `search` attribute): the query, the events it finds among those shown, and moving between
 * them; the field's template. The folded words are made once per data set (model/search.ts), a slice at a
 * time in idle moments before the first keystroke; each keystroke scans them (a letter more: only what
 * matched before), and the chart asks whether what it draws matches by position, in O(1). In the field, Enter and Shift+Enter go to the next and previous match (selected, and panned
 * to), Escape clears. A chunk of its own, loaded by controllers/search.ts for a timeline with a search field.
 */
import type { FocusController } from './controllers/focus.js';
import type { LocaleController } from './controllers/locale.js';
import type { SearchHost } from './controllers/search.js';
import { searchEn } from './i18n/search-en.js';
import type { Messages } from './i18n/messages.js';
import type { Cluster } from './layout/detail.js';
import type { DerivedData } from './model/derive.js';
import { findPlaces, indexInSlices, narrows, type SearchIndex, type SearchIndexing } from './model/search.js';
import type { TimelineEvent } from './model/types.js';
import { renderSearch } from './render/search.js';
import { searchStyles } from './styles/search.styles.js';
import { formatCount } from './time/words.js';
import { whenIdle } from './idle.js';

/** How long typing must pause before the count is said: a screen reader would stumble over each keystroke's. */
const SAY_COUNT_AFTER_MS = 400;
/** Events whose words are folded in one idle moment (a few ms), and the pause between two. */
const FOLD_SLICE = 5_000;
const FOLD_PAUSE_MS = 50;

export class Search {
  query = '';
  /** Where Enter last went among the matches; -1 before it did. */
  at = -1;
  /**
   * Positions of the matches in the shown data, ascending: a cluster holds a match when one falls in its
   * slice, and Enter reads the event at the next. (Not a list of the events too: made on each keystroke,
   * it cost ~10 ms with every event matching at 100,000.)
   */
  private matchPositions: number[] = [];
  /** 1 at the position of each match in the shown data. */
  private matchFlags = new Uint8Array(0);
  /** The query the matches are for, when they are for the data shown: a longer one scans only them. */
  private found?: { data: DerivedData; query: string };
  private index?: { all: DerivedData; indexing: SearchIndexing };
  private searched?: DerivedData;
  private sayTimer?: ReturnType<typeof setTimeout>;
  private foldTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: SearchHost,
    private readonly data: () => DerivedData | undefined,
    private readonly focus: FocusController,
    private readonly locale: LocaleController,
  ) {
    const root = host.renderRoot;
    const sheet = searchStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  stop(): void {
    clearTimeout(this.sayTimer);
    clearTimeout(this.foldTimer);
    this.foldTimer = undefined;
    // A fold waiting for idle time finds no index of its data, and stops there.
    this.index = undefined;
  }

  /** Before each update. New data, or a filter: the same query over what is shown now. */
  update(): void {
    if (this.data() !== this.searched) this.find(false);
    this.foldSoon();
  }

  /** True while a query is typed: the chart dims the events that do not match. */
  get active(): boolean {
    return this.matchPositions.length + this.query.trim().length > 0;
  }

  isMatch = (event: TimelineEvent): boolean => {
    if (!this.matchPositions.length) return false;
    const at = this.data()?.positions.get(event.id);
    return at !== undefined && this.matchFlags[at] === 1;
  };

  /** Whether the event at this position of the shown data matches. */
  matchAt = (position: number): boolean => this.matchFlags[position] === 1;

  /** Whether any of a cluster's events matches. */
  clusterHasMatch = (cluster: Cluster): boolean => {
    const positions = this.matchPositions;
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (positions[mid] < cluster.first) low = mid + 1;
      else high = mid;
    }
    return low < positions.length && positions[low] < cluster.end;
  };

  render(m: Parameters<typeof renderSearch>[0]) {
    const lang = this.locale.spoken ?? 'en';
    const count = formatCount(this.matchPositions.length, lang);
    const status = !this.query.trim() ? undefined : this.at >= 0 ? `${formatCount(this.at + 1, lang)}/${count}` : count;
    return renderSearch({ ...m, searchHint: m.searchHint ?? searchEn.searchHint }, { query: this.query, status, onInput: this.onInput, onKeyDown: this.onKeyDown });
  }

  /** `/`, pressed anywhere in the timeline but a text field: goes to the field. */
  onSlash(e: KeyboardEvent): void {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.composedPath()[0] as Element | undefined;
    if (target?.closest?.('input, textarea, select, [contenteditable]')) return;
    const field = this.host.renderRoot.querySelector<HTMLInputElement>('[part="search"]');
    if (!field) return;
    e.preventDefault();
    field.focus();
    field.select();
  }

  /** Goes to the next (1) or previous (-1) match: selects it and pans the chart to it. */
  step(by: 1 | -1): void {
    const total = this.matchPositions.length;
    if (total === 0) {
      this.sayCount();
      return;
    }
    this.at = this.at < 0 ? (by > 0 ? 0 : total - 1) : (this.at + by + total) % total;
    const event = this.found!.data.document.events[this.matchPositions[this.at]];
    this.focus.select(event.id);
    this.focus.moveTo(event, false);
    const lang = this.locale.spoken ?? 'en';
    clearTimeout(this.sayTimer);
    this.focus.announce(this.words().searchAt(formatCount(this.at + 1, lang), formatCount(total, lang), this.locale.nameOf(event)));
  }

  clear(): void {
    this.query = '';
    clearTimeout(this.sayTimer);
    this.find();
  }

  /** The index of the whole data, made (or finished) now if the idle moments have not made it yet. */
  private indexOf(all: DerivedData): SearchIndex {
    if (this.index?.all !== all) this.index = { all, indexing: indexInSlices(all.document.events, all.document.groups) };
    this.index.indexing.fold(Infinity);
    return this.index.indexing.index;
  }

  /**
   * The index is folded ahead of the first keystroke, a slice at a time in idle moments, so that no
   * keystroke waits for it (some 200 ms at 100,000 events) and no slice holds the page up long.
   */
  private foldSoon(): void {
    const data = this.data();
    const all = data?.all ?? data;
    if (!all || this.foldTimer !== undefined) return;
    if (this.index?.all !== all) this.index = { all, indexing: indexInSlices(all.document.events, all.document.groups) };
    if (this.index.indexing.done) return;
    this.foldTimer = setTimeout(() => {
      // Then in the browser's idle time, where it says when that is: not between the frames of a gesture.
      const fold = (deadline?: IdleDeadline) => {
        this.foldTimer = undefined;
        if (this.index?.all !== all) return;
        const indexing = this.index.indexing;
        // With a deadline, small slices while the idle time lasts; without one (WebKit), one slice.
        do indexing.fold(deadline ? FOLD_SLICE / 5 : FOLD_SLICE);
        while (deadline && !indexing.done && deadline.timeRemaining() > 4);
        this.foldSoon();
      };
      whenIdle(fold, 1_000);
    }, FOLD_PAUSE_MS);
  }

  /** `redraw` false: within an update, which draws the matches anyway. */
  private find(redraw = true): void {
    const data = this.data();
    const previous = this.found;
    this.searched = data;
    this.at = -1;
    const all = data?.all ?? data;
    // No query, no index: a timeline nobody searches never folds its words (but in idle moments).
    let places: number[] = [];
    if (data && all && this.query.trim()) {
      // A letter more: what matched before, scanned again; else every event.
      const within = previous?.data === data && narrows(previous.query, this.query) ? this.matchPositions : undefined;
      places = findPlaces(this.indexOf(all), data.document.events, this.query, within);
    }
    this.found = data && { data, query: this.query };
    const events = data?.document.events ?? [];
    this.matchPositions = places;
    if (this.matchFlags.length !== events.length) this.matchFlags = new Uint8Array(events.length);
    else this.matchFlags.fill(0);
    for (const i of places) this.matchFlags[i] = 1;
    if (redraw) this.host.requestUpdate();
  }

  /** The search words in the reader's language: the language's own, else English. */
  private words(): typeof searchEn {
    return { ...searchEn, ...(this.locale.messages as Partial<Messages>) } as typeof searchEn;
  }

  private sayCount(): void {
    const total = this.matchPositions.length;
    this.focus.announce(this.words().searchMatches(total, formatCount(total, this.locale.spoken ?? 'en')));
  }

  private onInput = (e: InputEvent): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.find();
    clearTimeout(this.sayTimer);
    if (this.query.trim()) this.sayTimer = setTimeout(() => this.sayCount(), SAY_COUNT_AFTER_MS);
  };

  /** The field's own keys; none reaches the chart's (where Enter would select and + zoom). */
  private onKeyDown = (e: KeyboardEvent): void => {
    e.stopPropagation();
    if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      this.step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape' && this.query) {
      e.preventDefault();
      this.clear();
    }
  };
}
