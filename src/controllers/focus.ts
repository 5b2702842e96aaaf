/**
 * Where the keyboard is, and what a person points at: the roving tab stop among the drawn events, the
 * keys (see keyboard.ts), clicks and hover, the selection and its `event-select`, and the live region
 * that says what happened.
 */
import { isServer, type ReactiveController } from 'lit';
import { emit } from '../events.js';
import { keyAction } from '../keyboard.js';
import type { Cluster } from '../layout/detail.js';
import { pageTarget } from '../layout/navigation.js';
import { shownInstant } from '../layout/off-view.js';
import { intersects, sameView } from '../layout/view.js';
import { panToIncludeWarped } from '../layout/zoom-limits.js';
import { eventById, type DerivedData } from '../model/derive.js';
import type { TimelineEvent } from '../model/types.js';
import { keepTooltipOnPage } from '../render/tooltip.js';
import { revealDetails } from './details-reveal.js';
import type { Kept } from './focus-keeper.js';
import { focusOn } from './focus-on.js';
import type { LocaleController } from './locale.js';
import type { ViewController } from './view.js';
import { clusterIdFrom, eventIdFrom, type FocusHost, type GroupSteps } from './focus-host.js';

export class FocusController implements ReactiveController {
  /** The event that takes the tab stop (one of those drawn, see `tabStop()`). */
  tabStopId?: string;
  /** The event under the pointer or the focus, for the tooltip. */
  hoverId?: string;
  /** The event that has the keyboard focus, or is about to: kept out of clusters so that the focus stays on it. */
  get focusedId(): string | undefined {
    return this.pendingFocusId ?? this.focusId;
  }
  private focusId?: string;
  /** The cluster that has the keyboard focus: it keeps the tab stop while drawn. */
  private focusCluster?: string;
  /** What the live region says now. */
  announcement = '';
  /** An event to give the focus to once it is drawn. */
  private pendingFocusId?: string;
  private seen?: DerivedData;
  /** The event whose details the reader just opened, until they are drawn and scrolled into view (details-reveal.ts). */
  private revealing?: string;

  constructor(
    private readonly host: FocusHost,
    private readonly data: () => DerivedData | undefined,
    private readonly view: ViewController,
    private readonly locale: LocaleController,
    /** The keys of a grouped chart; undefined without groups, where ← → go through time. Used only while the chart has bands. */
    private readonly groupSteps?: () => GroupSteps | undefined,
  ) {
    host.addController(this);
  }

  /**
   * Keeps the focus in the chart across redraws (focus-keeper.ts): a chunk of its own, loaded with the first
   * data (nothing can have the focus before), off the element's first paint. Added after this controller.
   */
  private keeper?: Promise<unknown>;

  hostUpdate(): void {
    const data = this.data();
    if (data && data !== this.seen) {
      // Loaded with the first data, before anyone tabs in: then there is a chart to keep the focus in.
      if (!isServer) this.keeper ??= import('./focus-keeper.js').then(({ FocusKeeper }) => new FocusKeeper(this.host, this.data, this.view, this.kept));
      this.seen = data;
      if (!eventById(data, this.tabStopId)) this.tabStopId = data.document.events[0]?.id;
    }
  }

  hostUpdated(): void {
    keepTooltipOnPage(this.host.renderRoot);
    this.focusPending();
    // After the focus is placed. Closed or changed by something else meanwhile, or on a story card: nothing to show.
    if (this.revealing !== undefined && (this.host.selected !== this.revealing || this.host.mode === 'story' || revealDetails(this.host.renderRoot))) this.revealing = undefined;
  }

  private focusPending(): void {
    if (!this.pendingFocusId) return;
    const node = this.host.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(this.pendingFocusId)}"][role="option"]`);
    if (node) {
      this.pendingFocusId = undefined;
      focusOn(node);
    }
  }

  /** A redraw took the focus's node away, and the focus went to what stands in for it (focus-keeper.ts): the tab stop goes too. */
  private kept = ({ event, cluster }: Kept): void => {
    // A move on its way (moveTo) keeps its own tab stop, and takes the focus once its event is drawn.
    if (event && !this.pendingFocusId) this.tabStopId = event;
    this.focusCluster = cluster;
    this.host.requestUpdate();
  };

  /**
   * The roving tab stop, moved onto the first thing drawn (an event, or a cluster when that comes first)
   * when the event it was on is not drawn by itself.
   */
  tabStop(): string | undefined {
    const chart = this.view.layout?.chart;
    // A mark off view (off-view.ts) keeps the tab stop only while it has the focus: Tab never lands on nothing to see.
    const drawn = (chart?.marks ?? []).filter((mark) => !mark.offView || mark.event.id === this.focusedId);
    if (drawn.some((mark) => mark.event.id === this.tabStopId)) return this.tabStopId;
    if (this.focusCluster && chart?.clusters.some((item) => item.cluster.id === this.focusCluster)) return this.focusCluster;
    const cluster = chart?.clusters[0]?.cluster;
    return cluster && !(drawn[0] && drawn[0].event.from <= cluster.from) ? cluster.id : drawn[0]?.event.id;
  }

  /**
   * Where the focused event's mark is, when it is in view: zooming by key keeps it in place. A point's own
   * instant, not the middle of its day: a day that began before the view reaches into it while its point is
   * above the chart, and a zoom about its noon pushed the point further out at each step.
   */
  focusedInstant(): number | undefined {
    const focused = eventById(this.data(), this.tabStopId);
    const shown = this.view.shown;
    return focused && shown ? shownInstant(focused, shown) : undefined;
  }

  announce(text: string): void {
    // The same words twice would not be read again: make the second one differ invisibly.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** Moves the keyboard focus to an event, panning just enough to show it; `takeFocus` false leaves the focus where it is (a search field). */
  moveTo(event: TimelineEvent, takeFocus = true): void {
    this.tabStopId = event.id;
    if (takeFocus) this.pendingFocusId = event.id;
    this.reveal(event);
    this.host.requestUpdate();
  }

  /** Pans just enough to show an event, leaving the focus where it is (a deep link, Back). */
  reveal(event: TimelineEvent): void {
    const shown = this.view.shown;
    if (!shown) return;
    const inside = panToIncludeWarped(shown, event.from, event.to, this.view.warp, this.view.fullView);
    if (!intersects(shown, event.from, event.to) || !sameView(inside, shown)) this.view.moveTo(inside);
  }

  /** Selects an event (undefined: none), says so, and tells the page. */
  select(id: string | undefined): void {
    const event = eventById(this.data(), id);
    this.host.selected = event?.id;
    // The details say what the tooltip said, and would be under it: put away until the pointer moves on.
    this.hoverId = undefined;
    const m = this.locale.messages;
    this.announce(event ? m.selectedAnnouncement(this.locale.titleOf(event).text, this.locale.dateOf(event)) : m.closedAnnouncement);
    emit(this.host, 'event-select', { id: event?.id, event });
  }

  /** Selects an event by the reader's own hand (a click, a tap, Enter, Space), and brings its details into view. */
  private open(id: string): void {
    this.select(id);
    this.revealing = this.host.selected;
  }

  /** Selects an event and moves the focus to it: a linked event chosen in the details. */
  follow(event: TimelineEvent): void {
    this.select(event.id);
    this.moveTo(event);
  }

  /** Closes the details, and gives the focus back to their event. */
  closeDetails(): void {
    const event = eventById(this.data(), this.host.selected);
    this.select(undefined);
    if (event) this.moveTo(event);
  }

  onClick = (e: MouseEvent): void => {
    const cluster = this.clusterFrom(e.target);
    if (cluster) {
      this.view.openCluster(cluster);
      return;
    }
    const id = eventIdFrom(e.target);
    if (!id) return;
    this.tabStopId = id;
    this.open(id);
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const events = this.data()?.document.events ?? [];
    const orientation = this.view.layout?.orientation ?? 'horizontal';
    const action = keyAction(e.key, orientation, this.locale.rtl);
    if (!action || events.length === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const cluster = this.clusterFrom(e.target);
    if (cluster && action.type === 'select') {
      this.openCluster(cluster);
      e.preventDefault();
      return;
    }
    // From a cluster, Right (or Down) goes into it, to its first event; Left (or Up) to the event before it.
    const onEvent = eventIdFrom(e.target) ?? (cluster ? events[cluster.first].id : undefined);
    const positions = this.data()!.positions;
    const current = cluster && action.type === 'move' && action.by > 0 ? cluster.first - 1 : (positions.get(onEvent ?? this.tabStopId ?? '') ?? 0);
    const go = (index: number) => this.moveTo(events[Math.min(events.length - 1, Math.max(0, index))]);
    const steps = this.view.layout?.chart.bands ? this.groupSteps?.() : undefined;
    switch (action.type) {
      case 'move': {
        if (!onEvent) return;
        if (!steps) {
          go(current + action.by);
          break;
        }
        // From a cluster, into it (its first event) or to the event before it in its group.
        const from = events[cluster ? cluster.first : current];
        const target = cluster && action.by > 0 ? from : steps.inRow(from, action.by);
        if (target) this.moveTo(target);
        break;
      }
      case 'row': {
        if (!onEvent || !steps) return;
        const target = steps.toRow(events[cluster ? cluster.first : current], action.by);
        if (target) this.moveTo(target);
        break;
      }
      case 'first':
        if (!onEvent) return;
        go(0);
        break;
      case 'last':
        if (!onEvent) return;
        go(events.length - 1);
        break;
      case 'page':
        if (!onEvent || !this.view.shown) return;
        go(pageTarget(events, current, this.view.shown, action.by));
        break;
      case 'select':
        if (!onEvent) return;
        this.open(onEvent);
        break;
      case 'close':
        if (!this.host.selected) return;
        this.closeDetails();
        break;
      case 'zoom':
        if ((e.target as Element).closest?.('input, textarea, a')) return;
        this.view.zoomBy(action.factor, this.focusedInstant());
        break;
      case 'fit':
        this.view.fit();
        break;
      case 'follow': {
        if (!onEvent) return;
        const linked = this.data()!.related.get(onEvent)?.filter((item) => item.direction === (action.by > 0 ? 'next' : 'previous'));
        // The nearest in time: the first event it leads to, the last it follows from.
        const target = linked?.[action.by > 0 ? 0 : linked.length - 1]?.event;
        if (target) this.moveTo(target);
        else this.announce(this.locale.messages.noLink);
        break;
      }
    }
    e.preventDefault();
  };

  onHover = (e: Event): void => {
    const id = eventIdFrom(e.target);
    if (e.type === 'focusin') [this.focusId, this.focusCluster] = [id, clusterIdFrom(e.target)];
    if (id !== this.hoverId) {
      this.hoverId = id;
      this.host.requestUpdate();
    }
  };

  onLeave = (e?: Event): void => {
    if (e?.type === 'focusout') [this.focusId, this.focusCluster] = [undefined, undefined];
    if (this.hoverId === undefined) return;
    this.hoverId = undefined;
    this.host.requestUpdate();
  };

  /**
   * Zooms into a cluster from the keyboard, and takes the focus on to its first event (with the tab stop):
   * the cluster's node goes with the zoom (or draws another cluster), and the focus would fall to the page's
   * body, where the arrows do nothing. As the focused event it is drawn by itself from the next frame on,
   * even where the view still gathers its neighbours into clusters, and while a frame of the zoom leaves it
   * out of view it keeps a node of its own (off-view.ts), so the focus stays on it all the way in.
   */
  private openCluster(cluster: Cluster): void {
    this.view.openCluster(cluster);
    const first = this.data()?.document.events[cluster.first];
    if (!first) return;
    this.tabStopId = first.id;
    this.pendingFocusId = first.id;
    this.host.requestUpdate();
  }

  /** The cluster under a pointer or the focus, if any. */
  private clusterFrom(target: EventTarget | null): Cluster | undefined {
    const id = clusterIdFrom(target);
    return id ? this.view.layout?.chart.clusters.find((item) => item.cluster.id === id)?.cluster : undefined;
  }
}
