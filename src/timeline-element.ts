import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from './render/css-props.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { DataSource, unreadable } from './controllers/data-source.js';
import { defineMessages, messagesFor, type Messages } from './i18n/messages.js';
import { keyAction } from './keyboard.js';
import { watchLang, resolveLang } from './lang.js';
import { CHART, layoutChart } from './layout/chart-layout.js';
import { categoryStyles, type CategoryStyle } from './layout/colors.js';
import type { ChartLayout, Orientation } from './layout/geometry.js';
import { mirrorLayout } from './layout/mirror.js';
import { pageTarget } from './layout/navigation.js';
import { chooseDetail, type Cluster } from './layout/detail.js';
import { countInView, indexEvents, visibleRange, type EventIndex } from './layout/event-index.js';
import { dataExtent, timeScale } from './layout/scale.js';
import { layoutVertical } from './layout/vertical-layout.js';
import { MIN_VIEW_SPAN, clampView, intersects, panToInclude, sameView, viewSpan, zoomView, type TimeView } from './layout/view.js';
import { chartToSVG, download, svgToPNG } from './export.js';
import { textMeasurer } from './measure.js';
import type { EventsFormat } from './model/choose-format.js';
import { chooseText, type ChosenText } from './model/text.js';
import type { Problem, TimelineDocument, TimelineEvent } from './model/types.js';
import { renderChart } from './render/chart.js';
import { renderControls } from './render/controls.js';
import { renderDetails } from './render/details.js';
import { renderEventList } from './render/event-list.js';
import { legendEntries, renderLegend } from './render/legend.js';
import { renderSource } from './render/source.js';
import { renderProblems } from './render/problems.js';
import { calendarFormatter } from './time/calendar.js';
import { clusterInWords, compactCount, describeProblem, eventDateInWords, formatCount, viewInWords } from './time/words.js';
import { categoryLabel } from './model/categories.js';
import { timelineStyles } from './timeline.styles.js';

export interface TimelineLoadDetail {
  events: TimelineEvent[];
  /** What was wrong with the data but did not stop it from being drawn. */
  problems: Problem[];
}
export interface TimelineErrorDetail {
  /** The first problem in words, in the element's language. */
  message: string;
  /** Every problem in words. */
  messages: string[];
  problems: Problem[];
}
export interface EventSelectDetail {
  /** The selected event's id, or undefined when the selection was cleared. */
  id?: string;
  event?: TimelineEvent;
}
/** The visible span of time. */
export interface TimelineView {
  start: Date;
  end: Date;
}
export type TimelineViewChangeDetail = TimelineView;

/** Data given to the `events` property: a list of events or a whole events document. */
export type EventsInput = unknown[] | { events: unknown[]; [field: string]: unknown };


const TRANSITION_MS = 250;
/** Up to this many events in view are drawn one by one; more are gathered into clusters. */
const DETAIL_LIMIT = 250;
/** Width of a cluster's slice of the time axis, px. */
const CLUSTER_SLICE_PX = 36;
/** The screen-reader list holds at most this many events (those in view) when there are more. */
const LIST_LIMIT = 200;
/** How long the view must rest before the screen-reader list follows it, ms. */
const LIST_SETTLE_MS = 300;
const VIEW_EVENT_INTERVAL_MS = 150;

/**
 * A timeline of dated events, drawn from a JSON events file, a child `<script type="application/json">`,
 * or the `events` property. Which wins: the `events` property, then `src`, then the child script.
 *
 * @fires timeline-load - The data was read; `detail.events` are the events drawn, `detail.problems` what was wrong but left the rest drawable.
 * @fires timeline-error - Loading failed or the data has problems; `detail.message` says what, in the element's language.
 * @fires timeline-view-change - A person zoomed or panned; `detail` is the visible `{start, end}` (throttled).
 * @fires event-select - An event was selected (click, Enter, Space) or the selection cleared; `detail.id`, `detail.event`.
 * @csspart title - The data set's title.
 * @csspart summary - How many events over what span.
 * @csspart chart - The SVG chart.
 * @csspart axis - The time axis.
 * @csspart event - One event's mark and label; the selected one is also `selected`.
 * @csspart cluster - Events too dense to draw one by one, with their count.
 * @csspart label - An event's label.
 * @csspart legend - A legend list (categories, and mark shapes).
 * @csspart source - The cited source.
 * @csspart details - The selected event's details.
 * @csspart details-title - The title in the details.
 * @csspart tooltip - The tooltip of the event under the pointer or the focus.
 * @csspart button - Every button; also `zoom-in`, `zoom-out`, `zoom-fit`, `export-svg`, `export-png`, `close`, `retry`.
 * @csspart problems - The alert listing what is wrong with the data or its loading.
 * @csspart stale - The note over data that a later load failed to replace.
 * @csspart status - The loading message.
 * @csspart empty - The message for data with no events.
 * @cssprop --event-timeline-font-family - Font of all text.
 * @cssprop --event-timeline-text-color - Labels and titles.
 * @cssprop --event-timeline-muted-color - Secondary text: axis labels, summary, source.
 * @cssprop --event-timeline-background - Background of the element.
 * @cssprop --event-timeline-surface - Background of the details panel, tooltip and buttons.
 * @cssprop --event-timeline-axis-color - The axis line and tick marks.
 * @cssprop --event-timeline-grid-color - Grid lines at the ticks.
 * @cssprop --event-timeline-mark-color - Marks of events with no category.
 * @cssprop --event-timeline-focus-color - The focus ring.
 * @cssprop --event-timeline-error-color - Text and border of the problems alert.
 * @cssprop --event-timeline-error-background - Background of the problems alert.
 */
export class EventTimeline extends LitElement {
  static override styles = timelineStyles;

  /** URL of an events file (JSON). Changing it aborts the request under way and replaces the data. */
  @property({ reflect: true }) src?: string;

  /** Events set from script: a list of events or a document `{title?, source?, events}`. Wins over `src`. */
  @property({ attribute: false }) events?: EventsInput | null;

  /**
   * The format of the data: `json` (this element's own, or TimelineJS3, recognised by its shape), `csv`,
   * `tsv` or `timelinejs`. When unset, it is told by the content type, then the file extension, then the
   * content itself.
   */
  @property() format?: EventsFormat;

  /** Language of the text and dates; when unset, the nearest `lang` ancestor's, then the document's. */
  // Reflected, so that assistive technology and :lang() see the language a framework set as a property;
  // not initialised, so that an element given no language carries no empty lang="" either.
  @property({ reflect: true }) override lang!: string;

  /** `horizontal` or `vertical`; when unset, vertical below `vertical-below` px of width. */
  @property({ reflect: true }) orientation?: Orientation;

  /** `light` or `dark` colours whatever the page's `color-scheme`, on the element's own background; when unset, the page's. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Width in px below which a timeline with no `orientation` turns vertical. */
  @property({ type: Number, attribute: 'vertical-below' }) verticalBelow = 520;

  /** How long a `src` load may take, ms, before it is given up with a message. */
  @property({ type: Number }) timeout = 15_000;

  /** The largest events file `src` may load, bytes; a larger one is refused without being read. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 50_000_000;

  /** Lanes of labels at most (horizontal); events beyond are drawn as marks without labels. */
  @property({ type: Number, attribute: 'max-lanes' }) maxLanes = 16;

  /**
   * Words for languages the element does not carry, or changes to those it does: a map from language tag
   * to (some of) the words, `{de: {...}}`. Any word left out comes from English. The words are shared by
   * every timeline on the page, like the languages the element carries.
   */
  @property({ attribute: false })
  get messages(): Record<string, Partial<Messages>> | undefined {
    return this.givenMessages;
  }
  set messages(value: Record<string, Partial<Messages>> | undefined) {
    this.givenMessages = value;
    for (const [lang, words] of Object.entries(value ?? {})) defineMessages(lang, words);
    this.titles.clear();
    this.dateWords.clear();
    this.requestUpdate('messages');
  }
  private givenMessages?: Record<string, Partial<Messages>>;

  /** The id of the selected event, whose details are open. */
  @property({ reflect: true }) selected?: string;

  /** The visible span of time (undefined until there is data). Set it to zoom; it follows every zoom and pan. */
  @property({ attribute: false })
  get view(): TimelineView | undefined {
    const view = this.shown ?? this.requested;
    return view && { start: new Date(view.start), end: new Date(view.end) };
  }
  set view(value: TimelineView | undefined) {
    const old = this.view;
    const start = value ? +value.start : NaN;
    const end = value ? +value.end : NaN;
    this.requested = Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : undefined;
    this.requestUpdate('view', old);
  }

  /** The view a page asked for, applied once there is data to show. */
  private requested?: TimeView;

  private readonly source = new DataSource(this);
  /** The data as read; a new object each time it is read again. */
  private get data(): TimelineDocument | undefined {
    return this.source.data;
  }
  /** The data the derived state (index, colours, view) was last made for. */
  private seenData?: TimelineDocument;
  @state() private width = 0;
  /** What is drawn now, UTC ms: the view while a zoom is under way. */
  @state() private shown?: TimeView;
  @state() private tabStopId?: string;
  @state() private hoverId?: string;
  @state() private announcement = '';

  private layout?: ChartLayout;
  private layoutOrientation: Orientation = 'horizontal';
  private fullView: TimeView = { start: 0, end: 1 };
  private titles = new Map<string, ChosenText>();
  /** Each event's date in words, for the language of `titlesLang`: Intl is too slow to ask every frame. */
  private dateWords = new Map<string, string>();
  private titlesLang = '';
  /** The view the screen-reader list was last made for: it follows the view once a zoom settles. */
  @state() private listView?: TimeView;
  private listTimer?: ReturnType<typeof setTimeout>;
  /** Position of each event in time order, from 0, by id. */
  private positions = new Map<string, number>();
  private index: EventIndex = indexEvents([]);
  private usedCategories = new Set<string | undefined>();
  private colors = new Map<string, CategoryStyle>();
  private readonly measure = textMeasurer(this);
  private resizeObserver?: ResizeObserver;
  private stopWatchingLang?: () => void;
  private rtl = false;
  private pendingFocusId?: string;
  private pendingZoom?: { view: TimeView; duration: number };
  private lastViewEvent = 0;
  private viewEventTimer?: ReturnType<typeof setTimeout>;
  private readonly zoom = new ZoomController(
    (view, byUser) => this.onZoom(view, byUser),
    (view) => this.moveView(view),
  );
  /** The language in use: the `lang` attribute, or the one inherited from the page. */
  get language(): string {
    return resolveLang(this);
  }

  /** Zooms to show `start`..`end` (dates, UTC ms or ISO strings). */
  zoomTo(start: Date | number | string, end: Date | number | string): void {
    this.view = { start: new Date(start), end: new Date(end) };
  }

  /** Moves the keyboard focus to an event, panning to it. False when there is no such event. */
  focusEvent(id: string): boolean {
    const event = this.data?.events.find((candidate) => candidate.id === id);
    if (!event) return false;
    this.moveFocusTo(event);
    return true;
  }

  /** The chart as it looks now, as an SVG document with its colours and fonts written in; undefined before it is drawn. */
  toSVG(): string | undefined {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    if (!svg) return undefined;
    const background = getComputedStyle(this).backgroundColor;
    const title = this.data && chooseText(this.data.title, this.language, ['en'])?.text;
    return chartToSVG(svg, /^(transparent|rgba\(0, 0, 0, 0\))$/.test(background) ? '#ffffff' : background, title);
  }

  /** The chart as a PNG, `scale` times its size on screen; undefined before it is drawn. */
  async toPNG(scale = 2): Promise<Blob | undefined> {
    const text = this.toSVG();
    return text && this.layout ? svgToPNG(text, this.layout.width, this.layout.height, scale) : undefined;
  }

  private async exportAs(type: 'svg' | 'png'): Promise<void> {
    const name = (this.data && chooseText(this.data.title, this.language, ['en'])?.text) || 'timeline';
    const file = name.normalize('NFKC').replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80);
    const blob = type === 'svg' ? new Blob([this.toSVG() ?? ''], { type: 'image/svg+xml' }) : await this.toPNG();
    if (blob) download(blob, `${file}.${type}`);
  }

  /** Reads the data again from whichever source wins (`events`, then `src`, then a child script). */
  reload(): void {
    this.source.read();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeWidth();
    this.rtl = getComputedStyle(this).direction === 'rtl';
    this.stopWatchingLang = watchLang(this, () => {
      this.rtl = getComputedStyle(this).direction === 'rtl';
      this.requestUpdate();
    });
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.stopWatchingLang?.();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    this.zoom.detach();
    clearTimeout(this.viewEventTimer);
    clearTimeout(this.listTimer);
  }

  protected override firstUpdated(): void {
    this.observeWidth();
  }

  /**
   * Follows the width through a zero-height sizer rather than the host: the host grows as lanes are
   * added, and observing it would report its own redraw back to itself (a ResizeObserver loop).
   */
  private observeWidth(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (!sizer) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width !== this.width) this.width = width;
    });
    this.resizeObserver.observe(sizer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events') || changed.has('src') || changed.has('format')) this.source.readIfChanged();
    if (this.data && this.data !== this.seenData) {
      this.seenData = this.data;
      this.fullView = toView(dataExtent(this.data.events));
      this.positions = new Map(this.data.events.map((event, i) => [event.id, i]));
      this.index = indexEvents(this.data.events);
      this.usedCategories = new Set(this.data.events.map((event) => event.category));
      this.titles.clear();
      this.dateWords.clear();
      this.colors = categoryStyles(this.data.categories, this.data.events);
      if (!this.data.events.some((event) => event.id === this.tabStopId)) this.tabStopId = this.data.events[0]?.id;
      this.shown = clampView(this.requested ?? this.fullView, this.fullView);
      this.listView = this.shown;
      this.pendingZoom = { view: this.shown, duration: 0 };
    } else if (changed.has('view') && this.data && this.requested) {
      const target = clampView(this.requested, this.fullView);
      this.requested = undefined;
      if (!this.shown || !sameView(target, this.shown)) {
        const duration = this.transitionMs();
        // Without a transition the new view is drawn in this very update; D3's transform follows after.
        if (duration === 0) this.shown = target;
        this.pendingZoom = { view: target, duration };
      }
    }
    // The direction is read when connected and when a lang or dir attribute changes, not every zoom frame.
    this.relayout(this.language);
  }

  protected override updated(): void {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    if (svg && this.layout) {
      const [r0, r1] = this.timeRange();
      this.zoom.attach(svg, {
        base: timeScale([this.fullView.start, this.fullView.end], 1).range([r0, r1]),
        width: this.layout.width,
        height: this.layout.height,
        orientation: this.layoutOrientation,
        maxZoom: viewSpan(this.fullView) / MIN_VIEW_SPAN,
        duration: this.transitionMs(),
      });
      if (this.pendingZoom) {
        const { view, duration } = this.pendingZoom;
        this.pendingZoom = undefined;
        this.zoom.show(view, duration);
      }
    }
    if (this.pendingFocusId) {
      const node = this.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(this.pendingFocusId)}"][role="option"]`);
      if (node) {
        this.pendingFocusId = undefined;
        node.focus();
      }
    }
  }

  private transitionMs(): number {
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : TRANSITION_MS;
  }

  private onZoom(view: TimeView, byUser: boolean): void {
    if (this.shown && sameView(view, this.shown)) return;
    this.shown = view;
    clearTimeout(this.listTimer);
    this.listTimer = setTimeout(() => (this.listView = this.shown), LIST_SETTLE_MS);
    if (byUser) this.reportView(view);
  }

  /** Tells the page the view a person chose: at most every VIEW_EVENT_INTERVAL_MS, and once more at the end. */
  private reportView(view: TimeView): void {
    clearTimeout(this.viewEventTimer);
    // The view asked for: a smooth move reports where it goes, not where it is in its first frame.
    const send = () => {
      this.lastViewEvent = performance.now();
      const detail = { start: new Date(view.start), end: new Date(view.end) };
      this.dispatchEvent(new CustomEvent<TimelineViewChangeDetail>('timeline-view-change', { detail, bubbles: true, composed: true }));
      this.announce(this.describeView(view));
    };
    const wait = VIEW_EVENT_INTERVAL_MS - (performance.now() - this.lastViewEvent);
    if (wait <= 0) send();
    else this.viewEventTimer = setTimeout(send, wait);
  }

  private moveView(target: TimeView): void {
    const view = clampView(target, this.fullView);
    if (this.shown && sameView(view, this.shown)) return;
    this.zoom.show(view, this.transitionMs());
    this.reportView(view);
  }

  private zoomBy(factor: number): void {
    if (!this.shown) return;
    const focused = this.data?.events.find((event) => event.id === this.tabStopId);
    const about = focused && intersects(this.shown, focused.from, focused.to) ? (focused.from + focused.to) / 2 : undefined;
    this.moveView(zoomView(this.shown, factor, about));
  }

  private fit(): void {
    this.moveView(this.fullView);
  }

  /** Printed, the timeline shows all of its data; the view comes back after. */
  private viewBeforePrint?: TimeView;
  private beforePrint = (): void => {
    if (!this.shown || !this.data) return;
    this.viewBeforePrint = this.shown;
    this.zoom.show(this.fullView, 0);
    this.shown = this.fullView;
  };
  private afterPrint = (): void => {
    if (this.viewBeforePrint) this.zoom.show(this.viewBeforePrint, 0);
    this.viewBeforePrint = undefined;
  };

  private effectiveOrientation(): Orientation {
    return this.orientation ?? (this.width > 0 && this.width < this.verticalBelow ? 'vertical' : 'horizontal');
  }

  /** Length of the vertical time axis: room for the events, within what a phone screen scrolls comfortably. */
  private verticalLength(): number {
    return Math.min(1600, Math.max(360, (this.data?.events.length ?? 0) * 26));
  }

  /** The time axis in px, as the layouts place it. */
  private timeRange(): [number, number] {
    return this.layoutOrientation === 'vertical'
      ? [CHART.padding, CHART.padding + this.verticalLength()]
      : [CHART.padding, this.width - CHART.padding];
  }

  /** The title to show for an event, chosen once per language and kept. */
  private titleOf(event: TimelineEvent): ChosenText {
    const lang = this.language;
    if (lang !== this.titlesLang) {
      this.titles.clear();
      this.dateWords.clear();
      this.titlesLang = lang;
    }
    let title = this.titles.get(event.id);
    if (!title) {
      title = chooseText(event.title, lang, [this.data?.source?.language ?? '', 'en'])!;
      this.titles.set(event.id, title);
    }
    return title;
  }

  private relayout(lang: string): void {
    const data = this.data;
    if (!data || this.width <= 0 || !this.shown) {
      this.layout = undefined;
      return;
    }
    const view = this.shown;
    this.layoutOrientation = this.effectiveOrientation();
    const range = this.timeRange();
    const scale = timeScale([view.start, view.end], 1).range(range);
    const pinned = new Set<number>();
    for (const id of [this.tabStopId, this.selected]) {
      const at = id === undefined ? undefined : this.positions.get(id);
      if (at !== undefined) pinned.add(at);
    }
    const detail = chooseDetail(this.index, view, {
      limit: DETAIL_LIMIT,
      range,
      toTime: (px) => scale.invert(px),
      slicePx: CLUSTER_SLICE_PX,
      pinned,
    });
    const compact = compactCount(lang);
    const input = {
      events: detail.singles.map((i) => data.events[i]),
      clusters: detail.clusters,
      clusterLabel: (cluster: Cluster) => compact(cluster.count),
      domain: [view.start, view.end] as const,
      width: this.width,
      calendar: calendarFormatter(lang),
      labelOf: (event: TimelineEvent) => {
        const title = this.titleOf(event).text;
        return event.start.uncertain || event.end?.uncertain ? `${title} ?` : title;
      },
      measure: this.measure,
      labelLine: this.measure.line(),
      maxLanes: this.maxLanes,
    };
    const layout = this.layoutOrientation === 'vertical' ? layoutVertical({ ...input, length: this.verticalLength() }) : layoutChart(input);
    this.layout = this.rtl ? mirrorLayout(layout) : layout;
  }

  private dateWordsOf(event: TimelineEvent): string {
    const lang = this.language;
    this.titleOf(event); // clears both caches when the language changed
    let words = this.dateWords.get(event.id);
    if (words === undefined) {
      words = eventDateInWords(event, lang);
      this.dateWords.set(event.id, words);
    }
    return words;
  }

  private nameOf(event: TimelineEvent): string {
    return `${this.titleOf(event).text}, ${this.dateWordsOf(event)}`;
  }

  private describeView(view: TimeView): string {
    const { first, end } = visibleRange(this.index, view);
    return viewInWords(view, countInView(this.index, first, end, view), this.language);
  }

  private announce(text: string): void {
    // The same words twice would not be read again: make the second one differ invisibly.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private moveFocusTo(event: TimelineEvent): void {
    this.tabStopId = event.id;
    this.pendingFocusId = event.id;
    if (this.shown && !intersects(this.shown, event.from, event.to)) {
      this.moveView(panToInclude(this.shown, event.from, event.to));
    } else if (this.shown) {
      const inside = panToInclude(this.shown, event.from, event.to);
      if (!sameView(inside, this.shown)) this.moveView(inside);
    }
    this.requestUpdate();
  }

  private select(id: string | undefined): void {
    const event = id === undefined ? undefined : this.data?.events.find((candidate) => candidate.id === id);
    this.selected = event?.id;
    const lang = this.language;
    const m = messagesFor(lang);
    this.announce(event ? m.selectedAnnouncement(this.titleOf(event).text, eventDateInWords(event, lang)) : m.closedAnnouncement);
    this.dispatchEvent(new CustomEvent<EventSelectDetail>('event-select', { detail: { id: event?.id, event }, bubbles: true, composed: true }));
  }

  private closeDetails(): void {
    const id = this.selected;
    this.select(undefined);
    const event = this.data?.events.find((candidate) => candidate.id === id);
    if (event) this.moveFocusTo(event);
  }

  private eventIdFrom(target: EventTarget | null): string | undefined {
    return (target as Element | null)?.closest?.('[role="option"]')?.getAttribute('data-id') ?? undefined;
  }

  /** The cluster under a pointer or the focus, if any. */
  private clusterFrom(target: EventTarget | null): Cluster | undefined {
    const id = (target as Element | null)?.closest?.('[data-cluster]')?.getAttribute('data-cluster');
    return id ? this.layout?.clusters.find((item) => item.cluster.id === id)?.cluster : undefined;
  }

  /** Zooms to where a cluster's events start, where it splits into smaller clusters or single events. */
  private openCluster(cluster: Cluster): void {
    const pad = Math.max((cluster.lastStart - cluster.firstStart) * 0.05, MIN_VIEW_SPAN / 2);
    this.moveView({ start: cluster.firstStart - pad, end: cluster.lastStart + pad });
  }

  private onChartClick = (e: MouseEvent): void => {
    const cluster = this.clusterFrom(e.target);
    if (cluster) {
      this.openCluster(cluster);
      return;
    }
    const id = this.eventIdFrom(e.target);
    if (!id) return;
    this.tabStopId = id;
    this.select(id);
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    const events = this.data?.events ?? [];
    const action = keyAction(e.key, this.layoutOrientation, this.rtl);
    if (!action || events.length === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const cluster = this.clusterFrom(e.target);
    if (cluster && action.type === 'select') {
      this.openCluster(cluster);
      e.preventDefault();
      return;
    }
    // From a cluster, Right (or Down) goes into it, to its first event; Left (or Up) to the event before it.
    const onEvent = this.eventIdFrom(e.target) ?? (cluster ? events[cluster.first].id : undefined);
    const current = cluster && action.type === 'move' && action.by > 0 ? cluster.first - 1 : (this.positions.get(onEvent ?? this.tabStopId ?? '') ?? 0);
    const go = (index: number) => this.moveFocusTo(events[Math.min(events.length - 1, Math.max(0, index))]);
    switch (action.type) {
      case 'move':
        if (!onEvent) return;
        go(current + action.by);
        break;
      case 'first':
        if (!onEvent) return;
        go(0);
        break;
      case 'last':
        if (!onEvent) return;
        go(events.length - 1);
        break;
      case 'page':
        if (!onEvent || !this.shown) return;
        go(pageTarget(events, current, this.shown, action.by));
        break;
      case 'select':
        if (!onEvent) return;
        this.select(onEvent);
        break;
      case 'close':
        if (!this.selected) return;
        this.closeDetails();
        break;
      case 'zoom':
        if ((e.target as Element).closest?.('input, textarea, a')) return;
        this.zoomBy(action.factor);
        break;
      case 'fit':
        this.fit();
        break;
    }
    e.preventDefault();
  };

  private onHover = (e: Event): void => {
    const id = this.eventIdFrom(e.target);
    if (id !== this.hoverId) this.hoverId = id;
  };

  private onLeave = (): void => {
    this.hoverId = undefined;
  };

  protected override render() {
    const lang = this.language;
    const m = messagesFor(lang);
    const count = (n: number) => formatCount(n, lang);
    const data = this.data;
    const problems = [
      ...(this.source.failure ? [m.load[this.source.failure.code](this.source.failure.url, this.source.failure.detail)] : []),
      ...(data?.problems.map((problem) => describeProblem(problem, lang)) ?? []),
    ];
    return html`
      <div class="sizer"></div>
      ${renderProblems(problems, m, count, this.source.failure && this.src ? () => this.reload() : undefined)}
      ${this.source.failure && data ? html`<p part="stale" class="stale">${m.stale}</p>` : nothing}
      ${this.source.loading ? html`<p part="status" role="status">${m.loading}</p>` : nothing}
      ${data && !unreadable(data) ? this.renderData(data, lang, m) : nothing}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderData(data: TimelineDocument, lang: string, m: Messages) {
    const fallbacks = [data.source?.language ?? '', 'en'];
    const title = chooseText(data.title, lang, fallbacks);
    const events = data.events;
    const calendar = calendarFormatter(lang);
    const [from, to] = events.length ? [events[0].from, this.index.maxTos[events.length - 1] - 1] : [0, 0];
    const summary = m.summary(formatCount(events.length, lang), calendar.format(from, 'year'), calendar.format(to, 'year'));
    const selected = events.find((event) => event.id === this.selected);
    const tabStop = this.tabStopOnScreen();
    return html`<figure aria-label=${title?.text ?? m.timeline} aria-describedby="summary" @keydown=${this.onKeyDown}>
      <figcaption>
        ${title ? html`<p part="title" lang=${title.lang ?? nothing}>${title.text}</p>` : nothing}
        ${events.length ? html`<p part="summary" id="summary">${summary}</p>` : html`<p part="empty" id="summary">${m.empty}</p>`}
      </figcaption>
      ${events.length && this.layout
        ? html`${renderControls(m, {
              canZoomIn: !!this.shown && viewSpan(this.shown) > MIN_VIEW_SPAN * 1.01,
              canZoomOut: !!this.shown && viewSpan(this.shown) < viewSpan(this.fullView) * 0.99,
              onZoomIn: () => this.zoomBy(2),
              onZoomOut: () => this.zoomBy(0.5),
              onFit: () => this.fit(),
              onExport: (type) => void this.exportAs(type),
            })}
            <div class="viewport ${this.layoutOrientation}" @click=${this.onChartClick} @pointerover=${this.onHover}
              @pointerleave=${this.onLeave} @focusin=${this.onHover} @focusout=${this.onLeave}>
              ${renderChart(this.layout, {
                colorOf: (event) => (event.category ? this.colors.get(event.category)?.color : undefined) ?? 'var(--_mark)',
                langOf: (event) => this.titleOf(event).lang,
                nameOf: (event) => this.nameOf(event),
                tabStopId: tabStop,
                selectedId: this.selected,
                total: events.length,
                positionOf: (event) => (this.positions.get(event.id) ?? 0) + 1,
                clusterName: (cluster) => clusterInWords(cluster, lang),
                listLabel: m.eventList,
                hintId: 'keyboard-hint',
              })}
              ${this.renderTooltip()}
            </div>
            <p id="keyboard-hint" class="visually-hidden">${m.keyboardHint}</p>`
        : nothing}
      ${selected
        ? renderDetails(selected, {
            lang,
            fallbacks,
            sourceLanguage: data.source?.language,
            categoryLabel: categoryLabel(data.categories, selected.category, lang),
            m,
            onClose: () => this.closeDetails(),
          })
        : nothing}
      ${events.length ? renderLegend(legendEntries(data.categories, this.colors, this.usedCategories, lang, m), m) : nothing}
      ${this.renderList(lang, fallbacks, m)}
      ${renderSource(data.source, lang, m)}
    </figure>`;
  }

  /**
   * Every event for a screen reader, in time order; past LIST_LIMIT events, those in view, since a
   * hundred thousand hidden list items would cost the first paint more than they help.
   */
  private renderList(lang: string, fallbacks: readonly string[], m: Messages) {
    const events = this.data!.events;
    if (events.length <= LIST_LIMIT || !this.shown) return renderEventList(events, lang, fallbacks, m);
    // Made again only once a zoom settles: hundreds of hidden items each frame would cost the zoom its speed.
    const view = this.listView ?? this.shown;
    const { first, end } = visibleRange(this.index, view);
    const inView: TimelineEvent[] = [];
    for (let i = first; i < end && inView.length < LIST_LIMIT; i++) if (intersects(view, events[i].from, events[i].to)) inView.push(events[i]);
    return html`<p class="visually-hidden">${m.listPart(formatCount(inView.length, lang), formatCount(events.length, lang))}</p>
      ${renderEventList(inView, lang, fallbacks, m)}`;
  }

  /** The roving tab stop, moved onto a drawn event when the one it was on is out of view. */
  private tabStopOnScreen(): string | undefined {
    const drawn = this.layout?.marks ?? [];
    return drawn.some((mark) => mark.event.id === this.tabStopId) ? this.tabStopId : drawn[0]?.event.id;
  }

  private renderTooltip() {
    const mark = this.layout?.marks.find((candidate) => candidate.event.id === this.hoverId);
    if (!mark) return nothing;
    const { shape } = mark;
    const [x, y] = shape.type === 'circle' ? [shape.cx, shape.cy + shape.r] : [shape.x + shape.width / 2, shape.y + shape.height];
    const left = Math.min(Math.max(x, 90), this.width - 90);
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" ${cssProps({ left: `${left}px`, top: `${y + 6}px` })}>
      <strong lang=${this.titleOf(mark.event).lang ?? nothing}>${this.titleOf(mark.event).text}</strong>
      <span>${this.dateWordsOf(mark.event)}</span>
    </div>`;
  }

}


function toView([start, end]: [number, number]): TimeView {
  return { start, end };
}
