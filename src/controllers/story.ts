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

  // Read by story.ts, where what only story mode does is kept (a chunk of its own).
  constructor(
    readonly host: StoryHost,
    readonly data: () => DerivedData | undefined,
    readonly view: ViewController,
    readonly focus: FocusController,
    readonly locale: LocaleController,
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
    return this.module ? this.module.renderStory(this, derived, lang, m, details) : nothing;
  }

  /** Centres the chart on a card's event (story.ts). */
  centre(event: TimelineEvent): void {
    this.module?.centreOn(this, event);
  }

  go(by: -1 | 1): void {
    this.module?.goBy(this, by);
  }
}
