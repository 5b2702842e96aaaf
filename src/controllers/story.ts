/**
 * Story mode's state, kept thin: which card is shown, moving between cards (selecting the card's event,
 * centring the chart on it and announcing its title), and loading story.ts, a chunk of its own, the first
 * time a timeline is in story mode.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { StoryCard } from '../story.js';
import type { Orientation } from '../layout/geometry.js';
import type { DerivedData } from '../model/derive.js';
import type { TimelineEvent } from '../model/types.js';
import type { FocusController } from './focus.js';
import type { LocaleController } from './locale.js';
import type { ViewController } from './view.js';

/** The most lanes of labels the chart above a story card has on a narrow screen, so that the card stays near. */
const STORY_LANES = 4;

/** The least span of time a story card's event is shown in: half a year. */
const STORY_SPAN_MS = 183 * 86_400_000;

type StoryModule = typeof import('../story.js');
let loaded: StoryModule | undefined;
let loading: Promise<StoryModule> | undefined;

export interface StoryHost extends ReactiveControllerHost {
  readonly renderRoot: Node;
  mode?: 'chart' | 'story';
  selected?: string;
}

export class StoryController implements ReactiveController {
  /** The card shown: 0 is the title card, then the story's events from 1. */
  at = 0;

  constructor(
    private readonly host: StoryHost,
    private readonly data: () => DerivedData | undefined,
    private readonly view: ViewController,
    private readonly focus: FocusController,
    private readonly locale: LocaleController,
  ) {
    host.addController(this);
  }

  /** The story module when the element is in story mode and it has loaded. */
  get module(): StoryModule | undefined {
    return this.host.mode === 'story' ? loaded : undefined;
  }

  hostUpdate(): void {
    if (this.host.mode !== 'story' || loaded) return;
    loading ??= import('../story.js');
    void loading.then((module) => {
      loaded = module;
      this.host.requestUpdate();
    });
  }

  /**
   * The chart's shape: in story mode it is the navigator above the card, horizontal unless the page set an
   * orientation (a vertical chart would push the card a screen down on a phone), and on a narrow screen at
   * most STORY_LANES lanes of labels high.
   */
  chartShape(orientation: Orientation | undefined, maxLanes: number, narrow: boolean): { orientation?: Orientation; maxLanes: number } {
    if (this.host.mode !== 'story') return { orientation, maxLanes };
    return { orientation: orientation ?? 'horizontal', maxLanes: narrow ? Math.min(maxLanes, STORY_LANES) : maxLanes };
  }

  /** The card, in story mode once the module has loaded; the details of the selected event go on it. */
  render(derived: DerivedData, lang: string, m: Messages, details: StoryCard['details']) {
    const module = this.module;
    if (!module) return nothing;
    const events = module.storyEvents(derived.document);
    this.follow(events);
    const event = events[this.at - 1];
    const { fallbacks, rtl } = this.locale;
    return module.renderStoryCard({ root: this.host.renderRoot, at: this.at, total: events.length, event, derived, lang, fallbacks, m, rtl, details, go: (by) => this.go(by) });
  }

  /** Shows the card of the selected event, when it is in the story (a deep link, a click on the chart). */
  private follow(events: readonly { id: string }[]): void {
    const at = events.findIndex((event) => event.id === this.host.selected);
    if (at >= 0) this.at = at + 1;
    else if (this.host.selected === undefined) this.at = 0;
  }

  /** Centres the chart on a card's event, at the span shown now, or closer: wide enough for the event and half a year around it. */
  centre(event: TimelineEvent): void {
    const shown = this.view.shown;
    if (!shown) return;
    const half = Math.min(shown.end - shown.start, Math.max(4 * (event.to - event.from), STORY_SPAN_MS)) / 2;
    const middle = (event.from + event.to) / 2;
    this.view.moveTo({ start: middle - half, end: middle + half });
  }

  go(by: -1 | 1): void {
    const data = this.data();
    const module = this.module;
    if (!data || !module) return;
    const events = module.storyEvents(data.document);
    const at = Math.max(0, Math.min(events.length, this.at + by));
    if (at === this.at) return;
    this.at = at;
    const event = events[at - 1];
    this.host.selected = event?.id;
    if (event) this.centre(event);
    this.focus.announce(event ? this.locale.titleOf(event).text : this.locale.messages.story);
    this.host.requestUpdate();
  }
}
