/** The timeline's caption: its title, its description, and how many events over what span ("12 events, from 2009 to 2027"). */
import { html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { DerivedData } from '../model/derive.js';
import type { ChosenText } from '../model/text.js';
import { chooseText } from '../model/text.js';
import { summaryInWords } from '../time/words.js';

const lang = (chosen: ChosenText) => chosen.lang ?? nothing;

export function renderCaption(derived: DerivedData, language: string, fallbacks: readonly string[], m: Messages) {
  const { document: data, index } = derived;
  const { events } = data;
  const title = chooseText(data.title, language, fallbacks);
  const about = chooseText(data.description, language, fallbacks);
  const [from, to] = events.length ? [events[0].from, index.maxTos[events.length - 1] - 1] : [0, 0];
  const summary = summaryInWords(events.length, from, to, derived.finest, language);
  return html`<figcaption>
    ${title ? html`<p part="title" lang=${lang(title)}>${title.text}</p>` : nothing}
    ${about ? html`<p part="description" lang=${lang(about)}>${about.text}</p>` : nothing}
    ${events.length ? html`<p part="summary" id="summary">${summary}</p>` : html`<p part="empty" id="summary">${m.empty}</p>`}
  </figcaption>`;
}
