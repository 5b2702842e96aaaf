/**
 * Every event in time order as a list, visually hidden: what a screen reader reads in place of the
 * drawing, with each date in words.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import { chooseText } from '../model/text.js';
import type { TimelineEvent } from '../model/types.js';
import { eventDateInWords } from '../time/words.js';

export function renderEventList(events: readonly TimelineEvent[], lang: string, fallbacks: readonly string[], m: Messages) {
  if (events.length === 0) return nothing;
  return html`<ol class="visually-hidden" aria-label=${m.eventList}>
    ${events.map((event) => {
      const title = chooseText(event.title, lang, fallbacks)!;
      const description = chooseText(event.description, lang, fallbacks);
      return html`<li data-id=${event.id}>
        <span lang=${title.lang ?? nothing}>${title.text}</span>, ${sentence(eventDateInWords(event, lang))}
        ${description ? html`<span lang=${description.lang ?? nothing}>${description.text}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

/** Ends a sentence with one full stop: an Armenian year already ends with the abbreviation "թ.". */
function sentence(text: string): string {
  return /[.։]$/.test(text) ? text : `${text}.`;
}
