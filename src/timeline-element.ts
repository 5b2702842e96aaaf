import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { chartLook, detailsContext, zoomButtons } from './controllers/chart-look.js';
import { DataSource } from './controllers/data-source.js';
import { unreadable } from './model/unreadable.js';
import { ChartExport } from './controllers/export.js';
import { FilterController } from './controllers/filter.js';
import { FocusController } from './controllers/focus.js';
import { GroupsController } from './controllers/groups.js';
import { HistoryController } from './controllers/history.js';
import { LazyModule } from './controllers/lazy-module.js';
import { LinksController } from './controllers/links.js';
import { LegendController } from './controllers/legend.js';
import { LocaleController } from './controllers/locale.js';
import { SearchController } from './controllers/search.js';
import { SizeController } from './controllers/size.js';
import { StoryController } from './controllers/story.js';
import { ViewController } from './controllers/view.js';
import type { TimelineView } from './events.js';
import { hasProblemWords, type Messages } from './i18n/messages.js';
import { textMeasurer } from './measure.js';
import { eventById, type DerivedData } from './model/derive.js';
import { chooseText } from './model/text.js';
import {
  pictureStyles, renderCaption, renderChart, renderControls, renderEventsFor, renderProblems, renderProgress, renderSource, renderTooltip,
} from './render/index.js';
import { TimelineProperties } from './timeline-properties.js';
import { timelineStyles } from './timeline.styles.js';
import { ClusterSlots } from './render/cluster-slots.js';
import { guard } from 'lit/directives/guard.js';

export type { EventSelectDetail, TimelineChangeDetail, TimelineErrorDetail, TimelineFilterChangeDetail, TimelineLoadDetail, TimelineView, TimelineViewChangeDetail } from './events.js';

export type { EventsInput } from './timeline-properties.js';

/**
 * A timeline of dated events, drawn from a JSON events file, a child `<script type="application/json">`,
 * or the `events` property. Which wins: the `events` property, then `src`, then the child script.
 *
 * @fires timeline-load - The data was read; `detail.events` are the events drawn, `detail.problems` what was wrong but left the rest drawable.
 * @fires timeline-error - Loading failed or the data has problems; `detail.message` says what, in the element's language.
 * @fires timeline-view-change - A person zoomed or panned; `detail` is the visible `{start, end}` (throttled).
 * @fires event-select - An event was selected (click, Enter, Space) or the selection cleared; `detail.id`, `detail.event`.
 * @fires timeline-filter-change - What is shown changed (the legend's buttons, `filter`): `detail.events` shown, `detail.total`, `detail.hiddenCategories`, `detail.hiddenGroups`.
 * @fires timeline-change - `addEvents`, `updateEvents` or `removeEvents` changed the data; `detail.added`, `detail.updated`, `detail.removed` (ids), `detail.problems`.
 * @csspart title - The data set's title.
 * @csspart summary - How many events over what span.
 * @csspart chart - The SVG chart.
 * @csspart axis - The time axis.
 * @csspart event - One event's mark and label; the selected one is also `selected`.
 * @csspart cluster - Events too dense to draw one by one, with their count.
 * @csspart label - An event's label.
 * @csspart connection - An arrow from an event to one it leads to (`related`).
 * @csspart group - A group's band, in a horizontal chart of grouped data (swimlanes).
 * @csspart group-label - A group's label at its band's start edge, with its collapse button (`group-toggle`, `aria-expanded`).
 * @csspart legend - A legend list (categories, groups, and mark shapes); a category or a group is a `legend-toggle` button (`aria-pressed`).
 * @csspart search - The search field (`search`); events it finds are also `match`.
 * @csspart source - The cited source.
 * @csspart details - The selected event's details.
 * @csspart details-title - The title in the details.
 * @csspart picture - The selected event's picture and its credit, in the details.
 * @csspart overview - The overview strip under the chart (`overview`): the density of all events over their whole span.
 * @csspart overview-window - The view's window on the overview strip: a slider whose value text is the span in view.
 * @csspart story - The story card (`mode="story"`): the data set's title first, then one event at a time.
 * @csspart description - A few sentences about the whole data set, under its title.
 * @csspart tooltip - The tooltip of the event under the pointer or the focus.
 * @csspart button - Every button; also `zoom-in`, `zoom-out`, `zoom-fit`, `export-svg`, `export-png`, `close`, `retry`, `previous`, `next`, `related`, `legend-toggle`, `group-toggle`.
 * @csspart problems - The alert listing what is wrong with the data or its loading.
 * @csspart stale - The note over data that a later load failed to replace.
 * @csspart status - The loading message.
 * @csspart progress - The progress bar of a load that takes longer than a moment (`role="progressbar"`): bytes read, and events read from a stream.
 * @csspart empty - The message for data with no events.
 * @cssprop --event-timeline-font-family - Font of all text.
 * @cssprop --event-timeline-text-color - Labels and titles.
 * @cssprop --event-timeline-muted-color - Secondary text: axis labels, summary, source.
 * @cssprop --event-timeline-background - Background of the element.
 * @cssprop --event-timeline-surface - Background of the details panel, tooltip and buttons.
 * @cssprop --event-timeline-axis-color - The axis line and tick marks.
 * @cssprop --event-timeline-grid-color - Grid lines at the ticks.
 * @cssprop --event-timeline-mark-color - Marks of events with no category.
 * @cssprop --event-timeline-category-1 - The first category's colour; `--event-timeline-category-2` to `-12` the next ones'.
 * @cssprop --event-timeline-focus-color - The focus ring.
 * @cssprop --event-timeline-error-color - Text and border of the problems alert.
 * @cssprop --event-timeline-error-background - Background of the problems alert.
 */
export class EventTimeline extends TimelineProperties {
  static override styles = [timelineStyles, pictureStyles];

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
    this.locale.define((this.givenMessages = value));
    this.requestUpdate('messages');
  }
  private givenMessages?: Record<string, Partial<Messages>>;

  /** The visible span of time (undefined until there is data). Set it to zoom; it follows every zoom and pan. */
  @property({ attribute: false })
  get view(): TimelineView | undefined {
    const view = this.viewer?.view;
    return view && { start: new Date(view.start), end: new Date(view.end) };
  }
  set view(value: TimelineView | undefined) {
    const old = this.view;
    const start = value ? +value.start : NaN;
    const end = value ? +value.end : NaN;
    this.viewer.request(Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : undefined);
    this.requestUpdate('view', old);
  }

  // The controllers, in the order their hostUpdate runs: data first, then what depends on it.
  private readonly source = new DataSource(this);
  private readonly locale = new LocaleController(this, () => this.source.data);
  private readonly size = new SizeController(this);
  private readonly measure = textMeasurer(this);
  private readonly filters = new FilterController(this, () => this.source.derived, (text) => this.interaction.announce(text));
  private readonly viewer: ViewController = new ViewController(this, {
    data: () => this.filters.derived,
    state: () => ({
      width: this.size.width,
      // In story mode the chart is a compact navigator above the card (see StoryController.chartShape).
      ...this.story.chartShape(this.orientation, this.maxLanes, this.size.width < this.verticalBelow),
      verticalBelow: this.verticalBelow,
      rtl: this.locale.rtl,
      // Nothing is drawn before the words are here: English meanwhile, so that no cache keeps a half-loaded language.
      lang: this.locale.spoken ?? 'en',
      labelOf: (event) => this.locale.labelOf(event),
      groupOf: (event) => this.groups.groupName(event, this.locale.spoken ?? 'en'),
      swimlanes: this.groups.swimlanes(),
      measure: this.measure,
      labelLine: this.measure.line(),
      pinned: [this.interaction.focusedId, this.selected],
      connect: this.links.module && ((chart) => this.links.module!.layoutConnections({ chart, measure: this.measure, labelLine: this.measure.line() })),
    }),
    linear: () => this.axis === 'linear',
    announce: (text) => this.interaction.announce(text),
  });
  private readonly links = new LinksController(this, () => this.filters.derived);
  private readonly groups = new GroupsController(this, () => this.source.derived, () => this.filters.derived);
  private readonly story: StoryController;
  private readonly deepLinks: HistoryController;
  private readonly interaction = new FocusController(this, () => this.filters.derived, this.viewer, this.locale, this.groups.steps);
  private readonly finder = new SearchController(this, () => this.filters.derived, this.interaction, this.locale);
  private readonly legend = new LegendController(this);
  /** Which node draws which cluster, kept from frame to frame (render/cluster-slots.ts). */
  private readonly clusterSlots = new ClusterSlots();
  private readonly detailsFile = new LazyModule(this, () => import('./render/details.js')); // the first time an event is selected
  private readonly overviewFile = new LazyModule(this, () => import('./overview.js')); // the first time a timeline has an overview

  constructor() {
    super();
    this.story = new StoryController(this, () => this.filters.derived, this.viewer, this.interaction, this.locale);
    this.deepLinks = new HistoryController(this, {
      data: () => this.filters.derived,
      select: (id) => this.interaction.select(id),
      reveal: (event) => (this.story.module ? this.story.centre(event) : this.interaction.reveal(event)),
    });
  }

  /** The language in use: the `lang` attribute, or the one inherited from the page. */
  get language(): string { return this.locale.language; }

  /** Zooms to show `start`..`end` (dates, UTC ms or ISO strings). */
  zoomTo(start: Date | number | string, end: Date | number | string): void {
    this.view = { start: new Date(start), end: new Date(end) };
  }

  /** Moves the keyboard focus to an event, panning to it. False when there is no such event. */
  focusEvent(id: string): boolean {
    const event = eventById(this.filters.derived, id);
    if (event) this.interaction.moveTo(event);
    return !!event;
  }

  /** The chart as it looks now, as an SVG document with its colours and fonts written in; undefined before it is drawn. */
  toSVG(): string | undefined { return this.files.svg(); }

  /** The chart as a PNG, `scale` times its size on screen; undefined before it is drawn. */
  async toPNG(scale = 2): Promise<Blob | undefined> { return this.files.png(scale); }

  /** Also waits for what loads on demand (words, a reader, the vertical layout, D3's zoom, the code of the details, the overview, deep links, search or groups) to be drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = [this.readyToDraw(), this.viewer.loading, this.viewer.zoomLoading, this.detailsFile.pending, this.overviewFile.pending, this.deepLinks.pending, this.finder.pending, this.groups.pending, this.files.pending].filter(Boolean);
    return pending.length ? Promise.all(pending).then(() => super.getUpdateComplete()) : done;
  }

  /** On a server, the controllers' part (see ServerDrawnElement). */
  protected override serverControllers() {
    return [this.source, this.viewer, this.interaction];
  }

  protected override keepServerWidth(): void { this.size.width = this.serverWidth; }

  /** The words of its language, and data whose reader is loading: what must come before the element draws. */
  protected override readyToDraw(): Promise<unknown> | undefined {
    const words = this.locale.wordsAtHand() ? undefined : this.locale.wordsReady();
    return words || this.source.reading ? Promise.all([words, this.source.reading]) : undefined;
  }

  /**
   * Adds events to those shown, without reading the rest again; the view and the selection stay. Events
   * that cannot be drawn are named as problems like any others, and the rest are added.
   */
  addEvents(events: readonly unknown[]): void { this.source.change('addEvents', events); }

  /** Replaces each event that has the id of one given (the whole event, not some of its fields). */
  updateEvents(events: readonly unknown[]): void { this.source.change('updateEvents', events); }

  /** Removes the events with these ids; a removed selected event clears the selection. */
  removeEvents(ids: readonly string[]): void { this.source.change('removeEvents', ids); }

  /** Reads the data again from whichever source wins (`events`, then `src`, then a child script). */
  reload(): void {
    this.source.read();
  }

  private readonly files = new ChartExport(this, () => this.viewer.layout?.chart, () => chooseText(this.source.data?.title, this.language, ['en'])?.text,
    (read) => this.groups.drawingAll(() => this.performUpdate(), read));

  protected override render() {
    // Nothing to say before the words of the element's language have loaded (a moment, once per page).
    const lang = this.locale.spoken;
    return html`<div class="sizer"></div>
      ${lang ? this.renderContent(lang) : nothing}
      <div class="visually-hidden" aria-live="polite">${this.interaction.announcement}</div>`;
  }

  private renderContent(lang: string) {
    const m = this.locale.messages;
    const { data, failure, loading } = this.source;
    // Data drawn while more is read (a large input, a stream): the loading line is then the summary's.
    const drawing = !!(data && this.source.derived && this.filters.derived && !unreadable(data));
    const problems = [...(failure ? [m.load[failure.code](failure.url, failure.detail)] : []), ...((hasProblemWords() && data?.problems) || [])];
    return html`${renderProblems(problems, lang, m, failure && this.src ? () => this.reload() : undefined)}
      ${failure && data ? html`<p part="stale" class="stale">${m.stale}</p>` : nothing}
      ${loading && !drawing ? html`<p part="status" role="status">${m.loading}</p>${renderProgress(this.source.progress.shown, lang, m)}` : nothing}
      ${drawing ? this.renderData(this.filters.derived!, lang, m) : nothing}`;
  }

  private renderData(derived: DerivedData, lang: string, m: Messages) {
    const data = derived.document;
    const events = data.events;
    const fallbacks = this.locale.fallbacks;
    const title = chooseText(data.title, lang, fallbacks);
    const selected = eventById(derived, this.selected);
    const layout = this.viewer.layout;
    const focus = this.interaction;
    const hovered = layout?.chart.marks.find((mark) => mark.event.id === focus.hoverId);
    const details = selected && detailsContext(derived, selected, { locale: this.locale, focus, lang, m, root: this.renderRoot });
    // The hidden list of events, made again only when what it lists changes, not every zoom frame (200
    // items rendered again, though unchanged, cost a grouped zoom ~5 ms a frame), and not while a large input
    // is still being read: each batch would make it again (and the first events later), while the status says
    // the events are loading.
    const listed = this.viewer.settled ?? this.viewer.shown;
    const eventList = this.source.loading ? nothing : guard([derived, listed, lang, fallbacks.join('|'), m, this.groups.rows()], () => renderEventsFor(derived, listed, lang, fallbacks, m,
      { groupOf: (event) => this.groups.groupName(event, lang), rows: () => this.groups.rows()?.index }));
    return html`<figure aria-label=${title?.text ?? m.timeline} aria-describedby="summary" @keydown=${focus.onKeyDown}>
      ${renderCaption(derived, lang, fallbacks, m, this.source.loading
        ? html`<span part="status" role="status">${m.loading}</span> ${renderProgress(this.source.progress.shown, lang, m, true)}`
        : undefined)}
      ${events.length && layout
        ? html`${renderControls(m, zoomButtons(this.viewer, focus, this.files), this.finder.render(m))}
            <div class="viewport ${layout.orientation}" @click=${focus.onClick} @pointerover=${focus.onHover}
              @pointerleave=${focus.onLeave} @focusin=${focus.onHover} @focusout=${focus.onLeave}>
              ${renderChart(this.groups.drawn(layout.chart, [focus.tabStop(), focus.focusedId, this.selected, focus.hoverId]), chartLook(derived, layout, { locale: this.locale, focus, links: this.links.module, search: this.finder.look, groups: this.groups, selected: this.selected, lang, m, clusterSlots: this.clusterSlots }))}
              ${this.groups.labels(layout, lang, m)}
              ${hovered ? renderTooltip(hovered, layout.chart.width, this.locale.titleOf(hovered.event), this.locale.dateOf(hovered.event)) : nothing}
            </div>
            ${this.overview ? this.overviewFile.get()?.renderOverview({ root: this.renderRoot, data: derived, view: this.viewer, lang, m, rtl: this.locale.rtl }) : nothing}
            <p id="keyboard-hint" class="visually-hidden">${m.keyboardHint}${layout.chart.bands ? m.groupKeys : ''}${this.search ? m.searchKey : ''}</p>`
        : nothing}
      ${this.story.module ? this.story.render(derived, lang, m, details) : selected && details ? this.detailsFile.get()?.renderDetails(selected, { ...details, onClose: () => focus.closeDetails() }) : nothing}
      ${(derived.all ?? derived).document.events.length ? this.legend.render(derived.all ?? derived, lang, m, this.filters, this.groups.module) : nothing}
      ${eventList}
      ${renderSource(data.source, lang, m)}
    </figure>`;
  }
}
