import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { messagesFor, type LoadErrorCode, type Messages } from './i18n/messages.js';
import { layoutChart, type ChartLayout } from './layout/chart-layout.js';
import { categoryStyles, type CategoryStyle } from './layout/colors.js';
import { dataExtent } from './layout/scale.js';
import { loadText } from './load.js';
import { parseEventsDocument, parseEventsJson } from './model/parse.js';
import { chooseText, type ChosenText } from './model/text.js';
import type { Problem, TimelineDocument, TimelineEvent } from './model/types.js';
import { renderChart } from './render/chart.js';
import { renderEventList } from './render/event-list.js';
import { renderLegend } from './render/legend.js';
import { renderProblems } from './render/problems.js';
import { calendarFormatter } from './time/calendar.js';
import { describeProblem, formatCount } from './time/words.js';
import { timelineStyles } from './timeline.styles.js';
import { resolveLang, watchLang } from './lang.js';
import { textMeasurer } from './measure.js';

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

/** Data given to the `events` property: a list of events or a whole events document. */
export type EventsInput = unknown[] | { events: unknown[]; [field: string]: unknown };

interface LoadFailure {
  code: LoadErrorCode;
  url: string;
  status?: string;
}

/**
 * A timeline of dated events, drawn from a JSON events file, a child `<script type="application/json">`,
 * or the `events` property. Which wins: the `events` property, then `src`, then the child script.
 *
 * @fires timeline-load - The data was read; `detail.events` are the events drawn, `detail.problems` what was wrong but left the rest drawable.
 * @fires timeline-error - Loading failed or the data has problems; `detail.message` says what, in the element's language.
 * @csspart title - The data set's title. @csspart summary - How many events over what span.
 * @csspart chart - The SVG chart. @csspart axis - The time axis. @csspart event - One event's mark and label.
 * @csspart label - An event's label. @csspart legend - A legend list. @csspart source - The cited source.
 * @csspart problems - The alert listing what is wrong. @csspart status - Loading. @csspart empty - No events.
 * @cssprop --event-timeline-font-family - Font of all text.
 * @cssprop --event-timeline-text-color - Labels and titles.
 * @cssprop --event-timeline-muted-color - Secondary text: axis labels, summary, source.
 * @cssprop --event-timeline-background - Background of the element.
 * @cssprop --event-timeline-axis-color - The axis line and tick marks.
 * @cssprop --event-timeline-grid-color - Vertical grid lines at the ticks.
 * @cssprop --event-timeline-mark-color - Marks of events with no category.
 * @cssprop --event-timeline-error-color - Text and border of the problems alert.
 * @cssprop --event-timeline-error-background - Background of the problems alert.
 */
export class EventTimeline extends LitElement {
  static override styles = timelineStyles;

  /** URL of an events file (JSON). Changing it aborts the request under way and replaces the data. */
  @property({ reflect: true }) src?: string;

  /** Events set from script: a list of events or a document `{title?, source?, events}`. Wins over `src`. */
  @property({ attribute: false }) events?: EventsInput | null;

  /** Language of the text and dates; when unset, the nearest `lang` ancestor's, then the document's. */
  @property() override lang = '';

  /** Lanes of labels at most; events beyond are drawn as marks without labels. */
  @property({ type: Number, attribute: 'max-lanes' }) maxLanes = 16;

  /** The data as read, with its problems. Undefined until data arrives. */
  @state() private data?: TimelineDocument;
  @state() private loadFailure?: LoadFailure;
  @state() private loading = false;
  @state() private width = 0;

  private layout?: ChartLayout;
  private titles = new Map<string, ChosenText>();
  private colors = new Map<string, CategoryStyle>();
  private request?: AbortController;
  private readonly measure = textMeasurer(this);
  private resizeObserver?: ResizeObserver;
  private stopWatchingLang?: () => void;
  /** Re-reads a child `<script type="application/json">` when a page changes it. */
  private readonly childObserver = new MutationObserver(() => {
    if ((this.events === undefined || this.events === null) && !this.src) this.readData();
  });

  /** The language in use: the `lang` attribute, or the one inherited from the page. */
  get language(): string {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeWidth();
    this.stopWatchingLang = watchLang(this, () => this.requestUpdate());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (!this.data && !this.loading) this.readData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.stopWatchingLang?.();
    this.childObserver.disconnect();
    this.request?.abort();
    this.request = undefined;
    if (this.loading) this.loading = false;
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
    if (this.hasUpdated && (changed.has('events') || changed.has('src'))) this.readData();
    const lang = this.language;
    if (changed.has('data') || changed.has('lang') || changed.has('width') || changed.has('maxLanes') || lang !== this.layoutLang) {
      this.layoutLang = lang;
      this.relayout(lang);
    }
  }

  private layoutLang = '';

  /** Reads the data again from whichever source wins (`events`, then `src`, then a child script). */
  reload(): void {
    this.readData();
  }

  /** Reads the data from whichever source wins, and reports the outcome. */
  private readData(): void {
    this.request?.abort();
    this.request = undefined;
    if (this.events !== undefined && this.events !== null) {
      this.accept(parseEventsDocument(this.events));
    } else if (this.src) {
      void this.fetchSrc(this.src);
    } else {
      const script = this.querySelector(':scope > script[type="application/json"]');
      if (script) this.accept(parseEventsJson(script.textContent ?? ''));
    }
  }

  private async fetchSrc(src: string): Promise<void> {
    const request = new AbortController();
    this.request = request;
    this.loading = true;
    this.loadFailure = undefined;
    const result = await loadText(src, request.signal);
    if (this.request !== request) return;
    this.loading = false;
    if (result.ok) {
      this.accept(parseEventsJson(result.text));
    } else if (result.code !== 'aborted') {
      this.loadFailure = { code: result.code, url: result.url, status: result.status };
      const message = messagesFor(this.language).load[result.code](result.url, result.status);
      this.emit('timeline-error', { message, messages: [message], problems: [] });
    }
  }

  private accept(data: TimelineDocument): void {
    this.loading = false;
    this.loadFailure = undefined;
    this.data = data;
    const lang = this.language;
    if (data.problems.length) {
      const messages = data.problems.map((problem) => describeProblem(problem, lang));
      this.emit('timeline-error', { message: messages[0], messages, problems: data.problems });
    }
    const unreadable = data.problems.some((problem) => problem.index === undefined && problem.severity === 'error');
    if (!unreadable) this.emit('timeline-load', { events: data.events, problems: data.problems });
  }

  private emit<T>(type: string, detail: T): void {
    // After the render, so that a listener sees the element as it now is.
    void this.updateComplete.then(() => {
      this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
    });
  }

  private relayout(lang: string): void {
    const data = this.data;
    if (!data || this.width <= 0) {
      this.layout = undefined;
      return;
    }
    const fallbacks = [data.source?.language ?? '', 'en'];
    this.titles = new Map(data.events.map((event) => [event.id, chooseText(event.title, lang, fallbacks)!]));
    this.colors = categoryStyles(data.categories, data.events);
    this.layout = layoutChart({
      events: data.events,
      domain: dataExtent(data.events),
      width: this.width,
      calendar: calendarFormatter(lang),
      labelOf: (event) => {
        const title = this.titles.get(event.id)!.text;
        return event.start.uncertain || event.end?.uncertain ? `${title} ?` : title;
      },
      measure: this.measure,
      maxLanes: this.maxLanes,
    });
  }

  protected override render() {
    const lang = this.language;
    const m = messagesFor(lang);
    const count = (n: number) => formatCount(n, lang);
    const data = this.data;
    const problems = [
      ...(this.loadFailure ? [m.load[this.loadFailure.code](this.loadFailure.url, this.loadFailure.status)] : []),
      ...(data?.problems.map((problem) => describeProblem(problem, lang)) ?? []),
    ];
    return html`
      <div class="sizer"></div>
      ${renderProblems(problems, m, count)}
      ${this.loading ? html`<p part="status" role="status">${m.loading}</p>` : nothing}
      ${data ? this.renderData(data, lang, m) : nothing}
    `;
  }

  private renderData(data: TimelineDocument, lang: string, m: Messages) {
    const fallbacks = [data.source?.language ?? '', 'en'];
    const title = chooseText(data.title, lang, fallbacks);
    const events = data.events;
    const unreadable = data.problems.some((problem) => problem.index === undefined && problem.severity === 'error');
    if (unreadable) return nothing;
    const calendar = calendarFormatter(lang);
    const [from, to] = events.length ? [events[0].from, Math.max(...events.map((event) => event.to)) - 1] : [0, 0];
    const summary = m.summary(formatCount(events.length, lang), calendar.format(from, 'year'), calendar.format(to, 'year'));
    return html`<figure aria-label=${title?.text ?? m.timeline}>
      <figcaption>
        ${title ? html`<p part="title" lang=${title.lang ?? nothing}>${title.text}</p>` : nothing}
        ${events.length ? html`<p part="summary">${summary}</p>` : html`<p part="empty">${m.empty}</p>`}
      </figcaption>
      ${events.length && this.layout
        ? renderChart(this.layout, {
            colorOf: (event) => (event.category ? this.colors.get(event.category)?.color : undefined) ?? 'var(--_mark)',
            langOf: (event) => this.titles.get(event.id)?.lang,
          })
        : nothing}
      ${events.length ? renderLegend(this.legendEntries(lang, m), m) : nothing}
      ${renderEventList(events, lang, fallbacks, m)}
      ${this.renderSource(data, lang, m)}
    </figure>`;
  }

  private legendEntries(lang: string, m: Messages) {
    const data = this.data!;
    const used = new Set(data.events.map((event) => event.category));
    const entries = [...this.colors.values()]
      .filter((style) => used.has(style.id))
      .map((style) => {
        const declared = data.categories.find((category) => category.id === style.id);
        const label = declared ? chooseText(declared.label, lang, ['en']) : { text: style.id };
        return { label: label?.text ?? style.id, lang: label?.lang, color: style.color };
      });
    if (used.has(undefined)) entries.push({ label: m.otherCategory, lang: undefined, color: 'var(--_mark)' });
    return entries;
  }

  private renderSource(data: TimelineDocument, lang: string, m: Messages) {
    const source = data.source;
    if (!source) return nothing;
    const title = chooseText(source.title, lang, [source.language ?? '', 'en']);
    const cite = title ? html`<cite lang=${title.lang ?? nothing}>${title.text}</cite>` : nothing;
    const parts = [source.publisher, source.date && /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? calendarFormatter(lang).format(Date.parse(source.date), 'day-month-year') : source.date].filter(Boolean);
    return html`<p part="source">
      ${m.source}: ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${cite}</a>` : cite}${parts.length ? `, ${parts.join(', ')}` : ''}
    </p>`;
  }
}
