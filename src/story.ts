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
