/**
 * Every event in time order as a list, visually hidden: what a screen reader reads in place of the
 * drawing, with each date in words, and in a grouped timeline each event's group, said as its mark says it
 * ("Launch, 3 May 2016. Group: Navy."). Made from the data, not from what is drawn: a grouped chart leaves
 * the marks of bands far from the screen out of the page, and the list still holds their events.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { TimeView } from '../layout/view.js';
import type { DerivedData } from '../model/derive.js';
import { pickInView, type RowsAt } from '../model/list-pick.js';
import { chooseText, endSentence } from '../model/text.js';
import type { TimelineEvent } from '../model/types.js';
import { eventDateInWords, formatCount } from '../time/words.js';

/** The list holds at most this many events (those in view) when there are more. */
const LIST_LIMIT = 200;

/**
 * Every event, or past LIST_LIMIT events those in `view` (in a grouped chart, every band's share), since
 * a hundred thousand hidden list items would cost the first paint more than they help. The element passes the view once a zoom settles:
 * hundreds of hidden items made again each frame would cost the zoom its speed.
 */
export function renderEventsFor(
  { document: { events }, index }: DerivedData,
  view: TimeView | undefined,
  lang: string,
  fallbacks: readonly string[],
  m: Messages,
  groups?: { groupOf: GroupOf; rows(): RowsAt | undefined },
) {
  const groupOf = groups?.groupOf;
  if (events.length <= LIST_LIMIT || !view) return renderEventList(events, lang, fallbacks, m, groupOf);
  // A grouped chart's rows (asked for only here), when they are this data's: every band has its share.
  const found = groups?.rows();
  const rows = found?.rowAt.length === events.length ? found : undefined;
  const inView = pickInView(index, view, LIST_LIMIT, rows).map((i) => events[i]);
  return html`<p class="visually-hidden">${m.listPart(formatCount(inView.length, lang), formatCount(events.length, lang))}</p>
    ${renderEventList(inView, lang, fallbacks, m, groupOf)}`;
}

/** An event's group's name in the reader's language, or undefined (no group, or data without groups). */
export type GroupOf = (event: TimelineEvent) => string | undefined;

export function renderEventList(events: readonly TimelineEvent[], lang: string, fallbacks: readonly string[], m: Messages, groupOf?: GroupOf) {
  if (events.length === 0) return nothing;
  return html`<ol class="visually-hidden" aria-label=${m.eventList}>
    ${events.map((event) => {
      const title = chooseText(event.title, lang, fallbacks)!;
      const description = chooseText(event.description, lang, fallbacks);
      const group = groupOf?.(event);
      return html`<li data-id=${event.id}>
        <span lang=${title.lang ?? nothing}>${title.text}</span>, ${endSentence(eventDateInWords(event, lang))}
        ${group === undefined ? nothing : m.inGroup(group)}
        ${description ? html`<span lang=${description.lang ?? nothing}>${description.text}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}
