/**
 * Story mode (`mode="story"`): one card at a time, the data set's title and summary first, then each event
 * in the document's `story` order (time order when it has none). A chunk of its own, loaded by
 * controllers/story.ts the first time a timeline is in story mode.
 */
import { html, nothing } from 'lit';
import type { Messages } from './i18n/messages.js';
import { addStyles } from './render/add-styles.js';
import { renderDetails } from './render/details.js';
import { storyCardStyles } from './styles/story-card.styles.js';
import { chooseText } from './model/text.js';
import type { DerivedData } from './model/derive.js';
import type { TimelineDocument, TimelineEvent } from './model/types.js';
import { calendarFormatter } from './time/calendar.js';
import { formatCount } from './time/words.js';
import type { StoryController } from './controllers/story.js';

/** The least span of time a story card's event is shown in: half a year. */
const STORY_SPAN_MS = 183 * 86_400_000;

/** "12 events, from 2009 to 2027", as under the title. */
function summaryOf({ index }: DerivedData, lang: string, m: Messages): string {
  // From the index, which is this data's (the events list may have grown since, in place).
  const count = index.froms.length;
  const calendar = calendarFormatter(lang);
  const to = index.latestTo - 1;
  return m.summary(formatCount(count, lang), calendar.format(index.froms[0], 'year'), calendar.format(to, 'year'));
}

/** The events a story walks through, in its order. */
export function storyEvents(document: TimelineDocument): TimelineEvent[] {
  const byId = new Map(document.events.map((event) => [event.id, event]));
  return document.story?.map((id) => byId.get(id)!).filter(Boolean) ?? document.events;
}

export interface StoryCard {
  /** The element's shadow root, which the card's styles are added to. */
  root: Node;
  /** 0 is the title card; then the events, from 1. */
  at: number;
  total: number;
  event?: TimelineEvent;
  derived: DerivedData;
  lang: string;
  fallbacks: readonly string[];
  m: Messages;
  rtl: boolean;
  /** The selected event's details, when the card is an event's. */
  details?: Parameters<typeof renderDetails>[1];
  go: (by: -1 | 1) => void;
}

let swipeFrom: number | undefined;

export function renderStoryCard(card: StoryCard) {
  addStyles(card.root, storyCardStyles);
  const { m, at, total, event, lang, fallbacks } = card;
  const { document } = card.derived;
  const title = chooseText(document.title, lang, fallbacks);
  const description = chooseText(document.description, lang, fallbacks);
  const onKey = (e: KeyboardEvent) => {
    const by = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!by || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    e.stopPropagation();
    card.go((card.rtl ? -by : by) as -1 | 1);
  };
  // A swipe: a horizontal move of more than 40 px between touching and letting go.
  const onDown = (e: PointerEvent) => (swipeFrom = e.pointerType === 'mouse' ? undefined : e.clientX);
  const onUp = (e: PointerEvent) => {
    const dx = swipeFrom === undefined ? 0 : e.clientX - swipeFrom;
    swipeFrom = undefined;
    if (Math.abs(dx) > 40) card.go((dx < 0 !== card.rtl ? 1 : -1) as -1 | 1);
  };
  return html`<section part="story" class="story" role="region" aria-roledescription=${m.story} aria-label=${m.story}
      tabindex="0" @keydown=${onKey} @pointerdown=${onDown} @pointerup=${onUp}>
    <p class="story-position">${m.storyPosition(String(at + 1), String(total + 1))}</p>
    ${event && card.details
      ? renderDetails(event, card.details)
      : html`<div class="story-title">
          <p class="story-heading" role="heading" aria-level="3" lang=${title?.lang ?? nothing}>${title?.text ?? m.timeline}</p>
          ${description ? html`<p lang=${description.lang ?? nothing}>${description.text}</p>` : nothing}
          <p>${summaryOf(card.derived, lang, m)}</p>
        </div>`}
    <div class="story-nav">
      <button type="button" part="button previous" ?disabled=${at === 0} @click=${() => card.go(-1)}>${m.previous}</button>
      <button type="button" part="button next" ?disabled=${at === total} @click=${() => card.go(1)}>${m.next}</button>
    </div>
  </section>`;
}

/** The card of the story's event shown now; the details of the selected event go on it. */
export function renderStory(story: StoryController, derived: DerivedData, lang: string, m: Messages, details: StoryCard['details']) {
  const events = storyEvents(derived.document);
  // The selected event's card, when it is in the story (a deep link, a click on the chart).
  const at = events.findIndex((event) => event.id === story.host.selected);
  if (at >= 0) story.at = at + 1;
  else if (story.host.selected === undefined) story.at = 0;
  const event = events[story.at - 1];
  const { fallbacks, rtl } = story.locale;
  return renderStoryCard({ root: story.host.renderRoot, at: story.at, total: events.length, event, derived, lang, fallbacks, m, rtl, details, go: (by) => story.go(by) });
}

/** Centres the chart on a card's event, at the span shown now, or closer: wide enough for the event and half a year around it. */
export function centreOn(story: StoryController, event: TimelineEvent): void {
  const shown = story.view.shown;
  if (!shown) return;
  const half = Math.min(shown.end - shown.start, Math.max(4 * (event.to - event.from), STORY_SPAN_MS)) / 2;
  const middle = (event.from + event.to) / 2;
  story.view.moveTo({ start: middle - half, end: middle + half });
}

/** The next card (1) or the one before (-1): its event selected, the chart centred on it, its title said. */
export function goBy(story: StoryController, by: -1 | 1): void {
  const data = story.data();
  if (!data) return;
  const events = storyEvents(data.document);
  const at = Math.max(0, Math.min(events.length, story.at + by));
  if (at === story.at) return;
  story.at = at;
  const event = events[at - 1];
  story.host.selected = event?.id;
  if (event) centreOn(story, event);
  story.focus.announce(event ? story.locale.titleOf(event).text : story.locale.messages.story);
  story.host.requestUpdate();
}
